"""A quote in guillemets over several paragraphs: Norwegian print opens every paragraph of it with « and closes
only the last (``«Romanen er et mesterstykke ...`` / ``«Det er en bok ...», heter det i juryens begrunnelse.``; some
writers open only the first).
Each paragraph is one entry (a quote is one substring of the article), with the speaker and cue of the quote
that closes it."""

from __future__ import annotations

import bisect

from ..reading import Paragraph
from .types import Quote, lstrip_span, make_quote, rstrip_span


def continued_quotes(article, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with every paragraph that opens a guillemet it never closes, followed by paragraphs that go on in
    guillemets to a quote of their own, made one direct quote of that quote's speaker; what was found inside such a
    paragraph (its words read as narrative) goes. One pass from the end: linear in paragraphs and quotes."""
    paragraphs: list[Paragraph] = article.paragraphs
    direct = sorted((q for q in quotes if q.kind == "direct"), key=lambda q: q.start)
    starts = [q.start for q in direct]
    added: list[Quote] = []
    replaced: list[tuple[int, int]] = []
    closing: Quote | None = None  # the quote of the next paragraph that opens with « and closes, if any
    for paragraph in reversed(paragraphs):
        text = paragraph.text
        if not _opens_unclosed(text):
            k = bisect.bisect_left(starts, paragraph.start)
            first = direct[k] if k < len(direct) and direct[k].start < paragraph.end else None
            # (or goes on without opening one again and closes it: "Dette er ikke ... vil ha», skriver ordfører X")
            closing = first if text.lstrip().startswith("«") or first is not None and text.count("»") > text.count(
                "«") and first.start == paragraph.start + len(text) - len(text.lstrip()) else None
            continue
        if closing is None:
            continue  # no paragraph after it closes the quote
        start = lstrip_span(text, text.index("«") + 1, len(text))
        end = rstrip_span(text, start, len(text))
        if end > start:
            replaced.append((paragraph.start, paragraph.end))
            added.append(make_quote(article, paragraph, start, end, "direct", closing.speaker, closing.cue))
    if not added:
        return sorted(quotes, key=lambda q: q.start)
    replaced.sort()
    kept = [q for q in quotes if not _inside(q.start, replaced)]
    return sorted(kept + added, key=lambda q: q.start)


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    k = bisect.bisect_right(ranges, (offset, float("inf"))) - 1
    return k >= 0 and ranges[k][0] <= offset < ranges[k][1]


def _opens_unclosed(text: str) -> bool:
    return text.lstrip().startswith("«") and text.count("«") > text.count("»")
