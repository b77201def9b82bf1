"""Doc extensions every nhotext component reads: the article's paragraphs, found once.

``nhotext_paragraphs`` stores the paragraphs' character offsets in
``doc._.paragraph_offsets`` (plain numbers, so a Doc can be serialised and
sent to another process); ``doc._.paragraphs`` gives them as token spans and
:func:`paragraphs_of` as :class:`~nhotext.reading.Paragraph` objects, without
splitting the text again.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .reading import Paragraph, split_paragraphs


def paragraphs_of(doc: Doc) -> list[Paragraph]:
    """The paragraphs of ``doc`` (split once, by the reader's rules, and remembered)."""
    offsets = doc._.paragraph_offsets
    if offsets is None:
        paragraphs = split_paragraphs(doc.text)
        doc._.paragraph_offsets = [(p.start, p.end) for p in paragraphs]
        return paragraphs
    text = doc.text  # Doc.text joins every token: once, not once a paragraph
    return [Paragraph(i, start, end, text[start:end]) for i, (start, end) in enumerate(offsets)]


def paragraph_spans(doc: Doc) -> list[Span]:
    """Token spans of the paragraphs of ``doc``."""
    spans = []
    for paragraph in paragraphs_of(doc):
        span = doc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return spans


Doc.set_extension("paragraph_offsets", default=None, force=True)
Doc.set_extension("paragraphs", getter=paragraph_spans, force=True)
