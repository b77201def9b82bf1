"""Which entities of the recognizer's name organisations before they are cleaned and grouped (:mod:`.extract`):
two ORG entities split at a particle of a foreign name joined, a local paper's lower-case word taken into its name,
and a one-word ORG that the article shows to be something else (a person's name, a common noun)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lexicon import NAMED_BODY
from .gazetteer import Gazetteer

# Particles of foreign names the recognizer may split an organisation at ("Central Única" + "de" +
# "Trabajadores", "Bank" + "of" + "America").
NAME_PARTICLES = {"de", "del", "des", "du", "di", "da", "of", "the", "and", "la", "le", "van", "von", "y"}
# The lower-case word of a local paper's name after its place ("Haugesund avis", "Hardanger folkeblad")
PAPER_WORDS = {"avis", "avisa", "blad", "folkeblad", "dagblad", "tidende", "budstikke", "arbeiderblad"}


def joined_entities(doc: Doc) -> list[Span]:
    """The document's entities, two ORG entities with only a name particle between them joined, and a place or
    organisation with the lower-case word of a paper's name the parse hangs on it (``Haugesund avis``)."""
    ents = list(doc.ents)
    joined: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and ent.label_ == nxt.label_ == "ORG" and nxt.start == ent.end + 1 \
                and doc[ent.end].lower_ in NAME_PARTICLES and doc[ent.end].is_lower:
            joined.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
        elif ent.label_ in ("ORG", "GPE_ORG", "GPE_LOC") and ent.end < len(doc) and doc[ent.end].lower_ in PAPER_WORDS \
                and doc[ent.end].dep_ in ("FLAT", "flat") and doc[ent.end].head.i in range(ent.start, ent.end):
            joined.append(Span(doc, ent.start, ent.end + 1, label="ORG"))  # "Haugesund avis": the paper, says the
            i += 1  # parse (a place with the word of its paper after it)
        else:
            joined.append(ent)
            i += 1
    return joined


def person_names(doc: Doc) -> set[str]:
    """Every word of the people's names in the article (the recognizer's PER entities)."""
    return {w.removesuffix("s") for e in doc.ents if e.label_ == "PER" for w in e.text.split() if w[:1].isupper()}


def misread(span: Span, text: str, people: set[str], gazetteer: Gazetteer) -> bool:
    """An ORG entity that is something else by the article's own evidence: a one-word name that is
    a person's name elsewhere in it (``Valla``, ``Bertelsens``), or a common noun the tagger reads at a
    sentence start (``Kirkedebatten``, ``Trommesettet``); never a name the gazetteer knows."""
    if len(text.split()) != 1 or gazetteer.lookup(text) is not None or text.isupper():
        return False
    if text.removesuffix("s") in people or text in people:
        return True
    token = span[0] if len(span) else None
    return token is not None and len(span) == 1 and token.pos_ == "NOUN" and bool(token.is_sent_start) \
        and not NAMED_BODY.fullmatch(text)  # "Pensjonistforbundet krever": a body's name all the same
