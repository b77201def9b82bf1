"""What a dash paragraph is: speech, a headline quote (``- Har jobbet hardt``), a bullet of a list
(``- Nye lokaler``) or an item of a list set one a paragraph (``- Direktør Kari Moe, Oslo``)."""

from __future__ import annotations

import re

from ..lexicon import cue_pattern
from ..reading import Paragraph
from .speakers import ArticleContext
from .types import DASH_START, MIN_QUOTE_WORDS


def dash_speech(article: ArticleContext, paragraph: Paragraph, start: int) -> bool:
    """Whether the dash paragraph holds speech from ``start`` (after its dash): not a bullet, unless it is a
    headline quote, and not an item of a list."""
    if _bullet(paragraph.text, start) and not _headline_quote(article, paragraph, start):
        return False
    return not _listed(article, paragraph)


def _verbless_dash(article: ArticleContext, paragraph: Paragraph) -> bool:
    """A dash paragraph in which the tagger finds no verb (False without a tagger)."""
    dash = DASH_START.match(paragraph.text) if article.doc.has_annotation("POS") else None
    span = article.doc.char_span(paragraph.start + dash.end(), paragraph.end, alignment_mode="expand") \
        if dash else None
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _listed(article: ArticleContext, paragraph: Paragraph) -> bool:
    """An item of a list set with dashes, one a paragraph (``- Direktør Kari Moe, Oslo`` / ``- Lektor Per
    Hansen, Hegra``): a dash paragraph without a verb next to another one (a verbless answer after a
    question stays speech)."""
    if not _verbless_dash(article, paragraph):
        return False
    neighbours = [article.paragraphs[i] for i in (paragraph.index - 1, paragraph.index + 1)
                  if 0 <= i < len(article.paragraphs)]
    return any(_verbless_dash(article, p) for p in neighbours)


def _headline_quote(article: ArticleContext, paragraph: Paragraph, start: int) -> bool:
    """A headline, ingress or crosshead dash quote (``- Har jobbet hardt``, ``- Gleder oss``): a short
    dash line alone, with a verb, not after a line that introduces a list with a colon."""
    if "\n" in paragraph.text.strip() or paragraph.index > 0 and \
            article.paragraphs[paragraph.index - 1].text.rstrip().endswith(":"):
        return False
    span = article.doc.char_span(paragraph.start + start, paragraph.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _bullet(text: str, start: int) -> bool:
    """A dash used as a list bullet: several dash lines, or a short line with no full stop
    and no attribution (``- Nye lokaler``)."""
    if re.search(r"\n[\s\u00a0]*[–—―‒-]\s", text):
        return True
    rest = text[start:].strip()
    return (len(rest.split()) < MIN_QUOTE_WORDS and not re.search(r"[.!?…]$", rest)
            and not cue_pattern().search(rest))
