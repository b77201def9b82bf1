"""A word that is a title on its own, as written before a name: ``regiondirektør``, a typo of one
(``regiondirktør``), or a title on an organisation's prefix (``LO-leder``, ``NTNU-forsker``), with the
organisation the prefix names where the person works for it."""

from __future__ import annotations

from ..lexicon import normalize_title
from ..organizations.gazetteer import load_gazetteer

EMPLOYER_KINDS = ("research_education", "company", "agency", "media")  # an expert's prefix that employs them
OUTSIDE_ROLES = ("ekspert", "forsker", "kjenner", "kritiker", "analytiker", "ambassadør", "korrespondent")


def title_of(word: str, capital_ok: bool = False) -> tuple[str, str | None] | None:
    """``regiondirektør`` -> (title, None); ``LO-leder`` -> ("LO-leder", "LO"). A capitalised
    word is a title only at a sentence start (``Ordfører Einar Busterud``)."""
    if "-" in word.strip("-"):
        prefix, _, rest = word.rpartition("-")
        title = normalize_title(rest)
        if title and prefix[:1].isupper():
            # the title as written before a name (quotes-dev GUIDELINES); an expert on the prefix does not work for
            # it ("Hamas-ekspert", "EU-forsker") unless it employs them ("NTNU-forsker", "DNB-analytiker")
            outside = title.endswith(OUTSIDE_ROLES) and not (  # the gazetteer read for an outside role only
                (entry := load_gazetteer().lookup(prefix)) is not None and entry.kind in EMPLOYER_KINDS)
            return f"{prefix}-{title}", None if outside else prefix
    title = normalize_title(word) if capital_ok or not word[:1].isupper() else None
    return (title, None) if title else None
