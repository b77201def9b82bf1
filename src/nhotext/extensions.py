"""Doc extensions of nhotext, all serialisable (``Doc.to_bytes``, ``nlp.pipe(n_process=2)``).

``nhotext_paragraphs`` stores the paragraphs' character offsets in
``doc._.paragraph_offsets`` (plain numbers); ``doc._.paragraphs`` gives them
as token spans and :func:`paragraphs_of` as :class:`~nhotext.reading.Paragraph`
objects, without splitting the text again.

``doc._.duplicates``, ``doc._.organizations`` and ``doc._.quotes`` are stored
as their records (the contract's dicts) in ``doc.user_data`` and read back as
objects (:func:`record_extension`), so a Doc that crosses a process boundary
keeps them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span

from .reading import Paragraph, split_paragraphs


def paragraphs_of(doc: Doc, text: str | None = None) -> list[Paragraph]:
    """The paragraphs of ``doc`` (split once, by the reader's rules, and remembered); ``text`` is
    ``doc.text`` when the caller has it already (``Doc.text`` joins every token on each call)."""
    text = doc.text if text is None else text
    offsets = doc._.paragraph_offsets
    if offsets is None:
        paragraphs = split_paragraphs(text)
        doc._.paragraph_offsets = [(p.start, p.end) for p in paragraphs]
        return paragraphs
    return [Paragraph(i, start, end, text[start:end]) for i, (start, end) in enumerate(offsets)]


def paragraph_spans(doc: Doc) -> list[Span]:
    """Token spans of the paragraphs of ``doc`` (from the offsets alone: ``Doc.text`` is not rebuilt)."""
    if doc._.paragraph_offsets is None:
        paragraphs_of(doc)
    spans = []
    for start, end in doc._.paragraph_offsets:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return spans


Doc.set_extension("paragraph_offsets", default=None, force=True)
Doc.set_extension("paragraphs", getter=paragraph_spans, force=True)


def record_extension(name: str, from_dict: Callable[[dict[str, Any]], Any]) -> None:
    """``doc._.<name>``: a list of objects with ``to_dict`` kept as records, or None when unset."""
    key = ("nhotext", name, None, None)

    def getter(doc: Doc) -> list | None:
        data: dict[Any, Any] = doc.user_data
        records = data.get(key)
        return None if records is None else [from_dict(r) for r in records]

    def setter(doc: Doc, value: list | None) -> None:
        data: dict[Any, Any] = doc.user_data
        data[key] = None if value is None else [v.to_dict() for v in value]

    Doc.set_extension(name, getter=getter, setter=setter, force=True)
