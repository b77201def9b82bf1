"""A quote in guillemets over several paragraphs: Norwegian print opens every paragraph of it with « and closes
only the last (``«Romanen er et mesterstykke ...`` / ``«Det er en bok ...», heter det i juryens begrunnelse.``).
Each paragraph is one entry (a quote is one substring of the article), with the speaker and cue of the quote
that closes it."""

from __future__ import annotations

from ..reading import Paragraph
from .types import Quote, lstrip_span, make_quote, rstrip_span


def continued_quotes(article, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with every paragraph that opens a guillemet it never closes, followed by paragraphs that go on in
    guillemets to a quote of their own, made one direct quote of that quote's speaker; what was found inside such a
    paragraph (its words read as narrative) goes."""
    paragraphs: list[Paragraph] = article.paragraphs
    out = list(quotes)
    for k, paragraph in enumerate(paragraphs):
        if not _opens_unclosed(paragraph.text):
            continue
        j = k + 1  # past the paragraphs that go on with the quote, to the one that closes it
        while j < len(paragraphs) and _opens_unclosed(paragraphs[j].text):
            j += 1
        if j == len(paragraphs) or not paragraphs[j].text.lstrip().startswith("«"):
            continue
        closing = next((q for q in quotes if q.kind == "direct" and paragraphs[j].start <= q.start
                        < paragraphs[j].end), None)
        if closing is None:
            continue
        text = paragraph.text
        start = lstrip_span(text, text.index("«") + 1, len(text))
        end = rstrip_span(text, start, len(text))
        if end > start:
            out = [q for q in out if not paragraph.start <= q.start < paragraph.end]
            out.append(make_quote(article, paragraph, start, end, "direct", closing.speaker, closing.cue))
    return sorted(out, key=lambda q: q.start)


def _opens_unclosed(text: str) -> bool:
    return text.lstrip().startswith("«") and text.count("«") > text.count("»")
