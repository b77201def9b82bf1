"""Where quoted speech is in an article's text: inside quote marks and the words of a dash paragraph
around its attributions (names there are whom a speaker talks to or about, not antecedents)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import AFTER_NAME, UNCOMMAED_CUES, UNCOMMAED_NAME, cue_pattern

QUOTE_MARKS = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"\n]*\"")
DASH_PARAGRAPH = re.compile(r"^[\s\u00a0]*[–—―‒-][\s\u00a0]")


# a name, then the end of the paragraph, perhaps after an apposition or a channel
_UNCOMMAED = (r"\s(?:" + "|".join(UNCOMMAED_CUES) + r")(?=" + UNCOMMAED_NAME + r"(?:" + AFTER_NAME
              + r"[^.!?]*)?[.!?]?\s*$)")


@lru_cache(maxsize=1)
def _attribution() -> re.Pattern[str]:
    # the comma before "sier"/"sa" + a name is sometimes left out ("å bygge på sier Øyvind Strømmen.")
    return re.compile(r"(?:[,!?]\s+(?:" + cue_pattern().pattern + r")|" + _UNCOMMAED + r")\s[^.!?]*[.!?]?")


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges of quoted speech: inside «»/“”/"" and the words of a dash paragraph around its
    attributions (``- Der oppe sto han, peker pappa Tore. Han falt 14 meter, sier han.``: the two
    stretches of speech, not the attributions)."""
    regions = [(m.start() + 1, m.end() - 1) for m in QUOTE_MARKS.finditer(text)]
    attribution = _attribution()
    position = 0
    for paragraph in text.split("\n\n"):
        match = DASH_PARAGRAPH.match(paragraph)
        if match:
            start = match.end()
            for said in attribution.finditer(paragraph, start):
                regions.append((position + start, position + said.start()))
                start = said.end()
            if start < len(paragraph) and start == match.end():
                comma = paragraph.rfind(", ")  # no known cue: up to the last comma
                regions.append((position + start, position + (comma if comma > start else len(paragraph))))
        position += len(paragraph) + 2
    return sorted(regions)
