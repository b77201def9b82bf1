"""Quote marks in a paragraph: the balanced pairs of «», “” and straight marks (an unbalanced mark breaks nothing),
and the attribution that may follow a closing mark (``«...», sa X``)."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon
from ..lexicon import cue_pattern

_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"))


@cache
def attribution_after_mark() -> re.Pattern:
    """``, sa X`` right after a closing mark: the cue and who it names; also thought rendered verbatim (``«...»
    tenkte barnet``, GUIDELINES)."""
    cues = "|".join((cue_pattern().pattern, *lexicon.THOUGHT_CUES))
    return re.compile(r"\s*,?\s*[–—-]?\s*(?P<cue>" + cues + r")\s+(?P<who>[^.!?«»]*)")


def quote_pairs(text: str) -> list[tuple[int, int]]:
    """Balanced quote-mark pairs; an unbalanced mark is left alone (and breaks nothing)."""
    pairs = []
    unclosed = None  # an opening guillemet never closed
    for opening, closing in _PAIRS:
        stack: list[int] = []
        closes: list[int] = []
        for i, ch in enumerate(text):
            if ch == opening and (opening != closing):
                stack.append(i)
            elif ch == closing and stack:
                start = stack.pop()
                closes.append(i)
                if not stack:
                    pairs.append((start, i))
        if stack and opening == "«":
            attributed = [c for c in closes if c > stack[0] and attribution_after_mark().match(text, c + 1)]
            if not text[:stack[0]].strip() and attributed:
                # «... «Mein Kampf» ... «du», sa Knausgård: the outer mark is left open before the attribution
                pairs.append((stack[0], attributed[0]))
            else:
                unclosed = stack[0]
    # straight quotes: pair them in order; an odd one out is ignored, or closes an open guillemet
    straight = [i for i, ch in enumerate(text) if ch == '"']
    if len(straight) % 2 and unclosed is not None and straight[-1] > unclosed:
        pairs.append((unclosed, straight.pop()))  # «Det er beklagelig ... i Kirken," uttaler biskopen: mixed marks
    pairs += list(zip(straight[::2], straight[1::2]))
    pairs.sort()
    out, last_end = [], -1
    for start, end in pairs:
        if start > last_end:
            out.append((start, end))
            last_end = end
    return out
