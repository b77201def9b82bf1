"""Which words of an article name people: the recognizer's ``PER`` entities, completed where it left out part of a
name or missed one (a capitalised word before or after a name, a known first name, a name with an age in brackets,
the surname of a full name written alone)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..lexicon import AGENT_ENDINGS, gender_of, known_places, relation_noun
from ..organizations import load_gazetteer
from .names import NAME_PARTICLES, aged_name, genitive, name_cased, name_word

MORPH_GENDER = {"Masc": "m", "Fem": "f"}


def person_spans(doc: Doc, ents: Sequence[Span] | None = None) -> list[Span]:
    """PER entities, completed: capitalised words the recognizer left out before a name inside a
    sentence (``Jon Helt`` + ``Haarder``) or after it (``Geir Ove`` + ``Ystmark``), and names it missed
    that start with a known first name."""
    ents = list(doc.ents) if ents is None else list(ents)
    spans: list[Span] = []
    for ent in ents:
        if ent.label_ == "ORG" and (owned := _owned_name(ent)) is not None:
            spans.append(owned)
            continue
        if ent.label_ != "PER":
            continue
        start, end = ent.start, ent.end
        while end - start > 1 and doc[start].pos_ == "NOUN" and doc[start + 1].pos_ == "PROPN":
            start += 1  # "Bartender Ole Hansen": a common noun the recognizer took into the name
        owner = doc[start]  # a country's (or a genitive's before a first name)
        if end - start > 2 and owner.text.endswith("s") and not _first_name(owner) and doc[start + 1].is_title \
                and (owner.lower_[:-1] in known_places() or genitive(owner) and _first_name(doc[start + 1])):
            start += 1  # "sier Brasils Luiz Felipe Scolari": the country owns the name, it is no part of it
        if end - start > 2 and not _first_name(doc[start]) and _first_name(doc[start + 1]) \
                and doc[start + 1].is_title and _publisher_before(doc[start]):
            start += 1  # "i danske Politiken Mette Holm Sørensen": a name before the first name
        while end - start > 1 and _outlet(doc[end - 1]):
            end -= 1  # "forteller Per Hansen Aftenposten": the paper told, the recognizer took it into the name
        if ent.text.endswith("s") and ent.text[:-1].lower() in known_places():
            continue  # "sa Costa Ricas trener Jorge Pinto": a country's genitive the recognizer read as a person
        while start > 0 and _name_before(doc[start - 1]):
            start -= 1
        while end < len(doc) and name_word(doc[end]) and doc[end].ent_type_ in ("", "PER") and not _outlet(doc[end]) \
                and doc[end].ent_iob_ != "B" and not doc[end].is_sent_start and not genitive(doc[end - 1]):
            end += 1
        if spans and spans[-1].end >= start and not genitive(doc[start]) and not genitive(doc[spans[-1].end - 1]):
            # two PER entities side by side: one name (not "Olav Mulelid" + "Cathrines klasseforstander")
            spans[-1] = doc[spans[-1].start:max(end, spans[-1].end)]
        else:
            spans.append(doc[start:end])
    # a first name the recognizer read as a product or the like ("kommunikasjonsrådgiver Camilla[PROD] Ryste")
    # is still a name; a place, an organisation or a person span is not taken apart
    misread = {i for e in ents if e.label_ in ("PROD", "MISC", "DRV", "EVT") and len(e) <= 2
               for i in range(e.start, e.end)}
    covered = {i for s in spans for i in range(s.start, s.end)} | \
        {i for e in ents for i in range(e.start, e.end)} - misread
    named = {j for s in spans for j in range(s.start, s.end)}
    surnames = {s[-1].text for s in spans if len(s) > 1 and name_cased(s[-1]) and not genitive(s[-1])}
    tokens = list(doc)  # one Token object a word, not one at each access
    i = 0
    while i < len(tokens) - 1:
        token = tokens[i]
        if i not in named and aged_name(token) and load_gazetteer().lookup(token.text) is None:
            spans.append(doc[i:i + 1])  # "Gulsum (28)", whatever the recognizer made of it
        elif i not in named and _missed_surname(tokens, i, surnames):
            spans.append(doc[i:i + 1])
        if i not in covered and token.is_title and gender_of(token.text) and name_word(tokens[i + 1]) \
                and (i + 1) not in covered:
            end = i + 1
            while end < len(tokens) and name_word(tokens[end]) and end not in covered:
                end += 1
            spans.append(doc[i:end])
            i = end
        else:
            i += 1
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if len(span) == 1 and len(span[0].text) == 1 and span.start > 0 and doc[span.start - 1].pos_ == "NOUN" \
                and doc[span.start - 1].is_lower:
            continue  # "plan B", "type A": a letter after a noun labels it (an anonymised "B" alone is a person)
        if len(span) == 1 and _known_body(span[0], surnames):
            continue  # "tror Brann vinner": a club or party the recognizer read as a person
        if merged and merged[-1].end == span.start and not genitive(doc[span.start - 1]) \
                and not any(genitive(t) for t in span):
            merged[-1] = doc[merged[-1].start:span.end]  # "Jon Helt" + "Haarder" found in two passes
        else:
            merged.append(span)
    return merged


def _owned_name(ent: Span) -> Span | None:
    """A person's name the recognizer read as an organisation after (or with) the genitive of the club or country
    that owns it (``Vålerengas Freddy dos Santos``): from a known first name on, every word a name's; None if the
    gazetteer knows the organisation."""
    start = ent.start + 1 if genitive(ent[0]) else ent.start
    doc = ent.doc
    if start == ent.start and (start == 0 or not genitive(doc[start - 1])) or ent.end - start < 2:
        return None
    words = doc[start:ent.end]
    if not (_first_name(words[0]) and words[0].is_title) or load_gazetteer().lookup(words.text) is not None:
        return None
    return words if all(name_word(t) or t.text in NAME_PARTICLES for t in words) else None


def _known_body(token: Token, surnames: set[str]) -> bool:
    """A one-word name the organisation gazetteer knows (a club, a party: ``Brann``, ``Høyre``), which is no one's
    surname in the article (``Frank Brann``) and no first name."""
    return load_gazetteer().lookup(token.text) is not None and not gender_of(token.text) \
        and token.text not in surnames and token.text.removesuffix("s") not in surnames


def _outlet(token: Token) -> bool:
    """A newspaper or channel the gazetteer knows that is no first name (``Aftenposten``, ``NRK``)."""
    return load_gazetteer().is_media(token.text) and not gender_of(token.text)


def _missed_surname(tokens: list[Token], i: int, surnames: set[str]) -> bool:
    """``Nordby selv er takknemlig`` after ``Kari Nordby``: the surname of a full name, in no entity of the
    recognizer's or in one word it read as an organisation or a product that no list knows (``Trump sier`` after
    ``Donald Trump``: one name, one referent in an article); not ``en Birkin``, a thing named after someone."""
    token = tokens[i]
    alone = token.ent_iob_ == "B" and (i + 1 == len(tokens) or tokens[i + 1].ent_iob_ != "I")
    misread = alone and token.ent_type_ in ("ORG", "PROD", "MISC") and load_gazetteer().lookup(token.text) is None
    return (not token.ent_type_ or misread) and name_cased(token) \
        and (i == 0 or tokens[i - 1].lower_ not in ("en", "ei", "et", "«")) \
        and (token.text in surnames or genitive(token) and token.text[:-1] in surnames)


def _publisher_before(token: Token) -> bool:
    """A name that belongs to the phrase before a person's name (``i Aftenposten``, ``danske
    Politiken``, a known organisation), not to the name (``Gaius Julius Cæsar``)."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (before is not None and before.pos_ in ("ADP", "ADJ")) or load_gazetteer().lookup(token.text) is not None


def _first_name(token: Token) -> bool:
    """A first name: in our list, or a proper noun the morphologizer gives a gender (the treebank
    marks first names ``mask``/``fem``, surnames and other names not)."""
    return bool(gender_of(token.text)) or token.pos_ == "PROPN" and any(
        g in MORPH_GENDER for g in token.morph.get("Gender", []))


# a definite agent noun, too long for a first name ("Abortmotstanderen" before "Akin" opening a paragraph)
_DEFINITE_AGENT = re.compile(r"^\w{5,}(?:" + AGENT_ENDINGS + r")$")


def _name_before(token: Token) -> bool:
    """A word just before a PER entity that belongs to the name: a known first name, a proper noun
    (the tagger says), or a capitalised word that does not start a sentence; never part of another
    entity."""
    if token.ent_iob_ == "I" and token.ent_type_ != "PER" and gender_of(token.text) and token.is_title:
        return True  # a first name the recognizer gave to the entity before ("Jyllands-Posten Jon")
    if not token.is_title or token.ent_type_ != "" or not name_word(token) or genitive(token):
        return False
    if gender_of(token.text):
        return True
    if token.pos_ == "PROPN" and token.lemma_ == token.text and "Gen" not in token.morph.get("Case", []) \
            and not relation_noun(token.lower_) and not _DEFINITE_AGENT.search(token.lower_) \
            and _lone_surname(token.nbor(1)):
        # a first name no list holds before a surname alone, also at a sentence start ("Barack" + "Obama";
        # not "Venninnen" or "Dødssyke" before "Hannah Jones")
        return True
    # at a sentence start a capitalised word is any word; elsewhere it is a name
    return token.i > 0 and not token.is_sent_start and not (token.nbor(-1).is_punct or token.nbor(-1).is_space)


def _lone_surname(token: Token) -> bool:
    """A one-word PER entity that is no first name (``Obama``, not ``Hannah`` of ``Hannah Jones``)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "B" and (after is None or after.ent_iob_ != "I") and not _first_name(token)
