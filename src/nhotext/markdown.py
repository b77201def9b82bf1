"""Markdown syntax blanked out of ``.md`` articles, offsets kept.

Every syntax character is replaced by a space, so the text keeps its length
and every offset nhotext reports points into the file as it was decoded: a
heading's ``#``, emphasis marks, a link's brackets and address (its text is
kept), an image's address (its alt text is kept), code marks, block-quote
``>``, ``*`` and ``+`` bullets, horizontal rules and reference definitions.
A line-opening ``-`` or ``–`` is kept: in Norwegian news it opens a quote.
"""

from __future__ import annotations

import re

_BLANKED = [
    re.compile(r"^[ \t]{0,3}(#{1,6})(?=[ \t]|$)", re.MULTILINE),  # ATX heading marks
    re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE),  # block quotes
    re.compile(r"^[ \t]{0,3}[*+](?=[ \t])", re.MULTILINE),  # * and + bullets
    re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE),  # horizontal rules
    re.compile(r"^[ \t]{0,3}(`{3,}|~{3,}).*$", re.MULTILINE),  # code fences
    re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.MULTILINE),  # reference definitions
    re.compile(r"^[ \t]*#+[ \t]*$", re.MULTILINE),  # closing heading marks on their own
]
_LINK = re.compile(r"(!?\[)([^\]\n]*)(\]\([^)\n]*\)|\]\[[^\]\n]*\])")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~)(?=\S)([^\n]*?\S)\1(?!\w)")
_CODE = re.compile(r"(`+)([^`\n]+)\1")
_TRAILING_HASHES = re.compile(r"[ \t]+(#+)[ \t]*$", re.MULTILINE)


def _blank(match: re.Match, *groups: int) -> str:
    text = match.group(0)
    base = match.start(0)
    chars = list(text)
    for g in groups or (0,):
        start, end = match.span(g)
        chars[start - base:end - base] = " " * (end - start)
    return "".join(chars)


def strip_markdown(text: str) -> str:
    """``text`` with Markdown syntax replaced by spaces (the same length, line breaks kept)."""
    for pattern in _BLANKED:
        group = 1 if pattern.groups else 0

        def blank(match: re.Match, group: int = group) -> str:
            return _blank(match, group)

        text = pattern.sub(blank, text)
    text = _TRAILING_HASHES.sub(lambda m: _blank(m, 1), text)
    text = _LINK.sub(lambda m: _blank(m, 1, 3), text)
    text = _CODE.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)
    for _ in range(2):  # nested emphasis (***both***)
        text = _EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), text)
    return text
