"""A word that is a title on its own, as written before a name: ``regiondirektør``, a typo of one
(``regiondirktør``), or a title on an organisation's prefix (``LO-leder``, ``NTNU-forsker``), with the
organisation the prefix names where the person works for it; an adjective that makes a role of a title noun
(``administrerende direktør``, ``finanspolitisk talsmann``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import POST_TIMES, normalize_title
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


# Adjectives that make a role of a title noun (``finanspolitisk talsmann``, ``daglig leder``), beside
# participles (``administrerende``, ``fungerende``); not a description (``talentfulle``, ``nye``).
ROLE_ADJECTIVES = ("politisk", "daglig", "faglig", "medisinsk", "juridisk", "teknisk", "økonomisk",
                   "kunstnerisk", "vitenskapelig", "kommersiell", "konstituert", "ansvarlig", "sportslig")


def title_adjective(token: Token) -> str | None:
    """An adjective of the title after it (:data:`ROLE_ADJECTIVES`, -ende), indefinite: ``finanspolitisk``."""
    word = token.lower_
    if token.pos_ != "ADJ" or not (token.is_lower or token.is_sent_start and token.text[1:].islower()):
        return None  # also opening the sentence: "Teknisk sjef Mona Dahl sier"
    if word.endswith("ende") and token.i > 0 and token.nbor(-1).lower_ in ("en", "ei", "et", "mest", "svært", "veldig"):
        return None  # "en forfriskende forfatter", "mest oppsiktsvekkende": it describes; "fungerende" is a post
    if word in POST_TIMES:
        return None  # "daværende politimester": when the post was held, not the post (GUIDELINES: "politimester")
    if word.endswith("ende") or word.endswith(ROLE_ADJECTIVES):
        return word
    return word[:-1] if word.endswith("e") and word[:-1].endswith(ROLE_ADJECTIVES) else None


def with_adjective(before: Token | None, title: str) -> str:
    """``administrerende direktør``, ``daglig leder``, ``finanspolitisk talsmann``: the title with the adjective
    before it, a two-word title the lexicon knows or a role adjective (:func:`title_adjective`)."""
    two = normalize_title(f"{before.text} {title}") if before is not None else None
    role = title_adjective(before) if before is not None and not (two and " " in two) else None
    return two if two and " " in two else f"{role} {title}" if role else title
