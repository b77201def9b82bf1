"""A person's name as written: which words can continue a name, the name without its title, quote marks
and genitive, and whether a name stands in the genitive (``Case=Gen``, or ``-s`` before a common noun)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..lexicon import known_places, normalize_title
from ..text import strip_accents

NAME_PARTICLES = {"von", "van", "de", "af", "der", "den", "la", "le", "di", "da", "bin", "al", "dos", "das", "del",
                  "do"}
_PARTICLE_JOINED = re.compile(r"(?:al|el|ad|as|ash|at|az|ibn|bin)-[A-ZÆØÅ]")  # "al-Burhan", "el-Sisi"


def name_cased(token: Token) -> bool:
    """A word written as a name: capitalised, or a particle joined to a capitalised name (``al-Burhan``)."""
    return token.is_title or _PARTICLE_JOINED.match(token.text) is not None


def name_word(token: Token) -> bool:
    """A capitalised word that can continue a person's name (not a title, not a function word)."""
    text = token.text
    return (text[:1].isupper() and text.replace("-", "").isalpha() and len(text) > 1
            and normalize_title(text.lower()) is None)


_COMPOUND_TAIL = re.compile(r"(?<=\w)-[a-zæøå]+$")


def clean_name(name: str) -> str:
    """``Politiadvokat Lise Haugen`` -> ``Lise Haugen`` (the recognizer sometimes takes a
    capitalised title into the name); quote marks, an apostrophe genitive and the noun a name is compounded with
    (``Erling Ytterland-scoring`` -> ``Erling Ytterland``) removed."""
    # "Mulligan's"; a name ending in -s takes the apostrophe alone ("de Seynes'", "Hermès'"), which goes, the -s stays
    name = re.sub(r"['’]s$|(?<=s)['’]$", "", name.strip(" ,.«»\"()"))
    name = _COMPOUND_TAIL.sub("", name)  # "Erling Ytterland-scoring": the name modifies the noun after its hyphen
    words = [w for w in name.split() if w[:1].isupper() or w in NAME_PARTICLES or _PARTICLE_JOINED.match(w)]
    while len(words) > 1 and normalize_title(words[0].lower()) is not None:
        words = words[1:]
    return " ".join(words)


def without_genitive(token: Token) -> str:
    """``nordmannens`` -> ``nordmannen``, ``pavens`` -> ``paven``: the word as written without the ``-s`` the
    morphology calls a genitive (the cheap test first: the ending)."""
    return token.text[:-1] if token.text.endswith("s") and "Gen" in token.morph.get("Case", []) else token.text


def genitive(token: Token) -> bool:
    """A name in the genitive: ``Case=Gen``, or ``-s`` before a common noun (``Cathrines klasseforstander``)."""
    if "Gen" in token.morph.get("Case", []) or token.pos_ == "DET" and "Yes" in token.morph.get("Poss", []) \
            and token.text[:1].isupper() and token.text.endswith("s"):
        return True  # also a name the tagger made a possessive determiner ("VGs fotballekspert")
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if not (token.text.endswith("s") and nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ")):
        return False
    if token.text[:-1].casefold() in known_places():
        return True  # a place is no one "fornøyd": it owns the noun the tagger read as an adjective ("Nederlands
        # hanskehelt")
    # an adjective only inside the owned noun phrase ("Cathrines gamle lærer"), not a predicative one
    # after a name that ends in -s ("sier Johann Olav Koss fornøyd.")
    return nxt.pos_ == "NOUN" or (nxt.i + 1 < len(token.doc) and nxt.nbor(1).pos_ in ("NOUN", "ADJ"))


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """A name's word without accents, for matching its forms (:func:`nhotext.text.strip_accents`)."""
    return strip_accents(word)


def aged_name(token: Token) -> bool:
    """A capitalised word followed by an age in brackets (``Gulsum (28)``, ``Perisat (24)``): news names a person so,
    whatever the recognizer made of the word."""
    if token.i + 4 > len(token.doc) or token.nbor(1).text != "(" or not name_word(token) \
            or token.ent_type_ in ("GPE_LOC", "LOC", "GPE"):
        return False  # the cheap test first: this runs over every word of an article
    after = token.doc[token.i + 1:token.i + 4]
    return len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].text.isdigit() \
        and 10 <= int(after[1].text) <= 110
