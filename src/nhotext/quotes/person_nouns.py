"""Nouns for people: the plain ones (``kvinnen``), those of an origin, trade or role (``dansken``,
``gitaristen``), those that say a gender, and an adjective a determiner makes a noun (``den tiltalte``)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..coref import genitive
from ..lexicon import (
    AGENT_ENDINGS,
    EPITHET_HEADS,
    RELATIONS,
    SINGULAR_ENDINGS,
    UNNAMED,
    gender_of,
    normalize_title,
    noun_bases,
    org_noun_kinds,
    relation_noun,
    reporting_verb_set,
)
from .documents import document_noun

# Nouns that say only that someone is a person: a definite one takes up the person described last
# ("en småbarnsmor" ... "Kvinnen hevder").
PERSON_NOUNS = {"kvinne", "mann", "dame", "herre", "jente", "gutt", "person", "kar", "fyr"}
# Definite singular nouns for a person by origin, trade or role (``dansken``, ``nordmannen``,
# ``amerikaneren``, ``vikingveteranen``, ``gitaristen``), and the epithets of sports and show business
# (``superstjernen``, ``forsvarskjempen``, ``målhelten``, ``klubblegenden``)
ANAPHORIC_PERSON = re.compile(r"(?:" + AGENT_ENDINGS + r"|mannen|lendingen|veteranen|dansken|svensken|finnen|"
                              r"åringen|stjerna|" + "|".join(h + ("n" if h.endswith("e") else "en")
                                                            for h in EPITHET_HEADS) + r")$")


def person_noun(word: str) -> bool:
    """A definite singular noun for a person (:data:`ANAPHORIC_PERSON`, ``kvinnen``, ``38-åringen``)."""
    lower = word.lower()
    return bool(ANAPHORIC_PERSON.search(lower)) or any(lower in (n + "en", n + "a", n + "n") for n in PERSON_NOUNS)
# Person nouns that say a gender, for a pronoun's antecedent ("en bekymret kvinne" ... "Hun").
NOUN_GENDER = {"kvinne": "f", "dame": "f", "jente": "f", "mor": "f", "mamma": "f", "søster": "f", "datter": "f",
               "venninne": "f", "kone": "f", "mann": "m", "gutt": "m", "far": "m", "pappa": "m", "bror": "m",
               "sønn": "m", "herre": "m", "kar": "m", "fyr": "m"}


def nominal_adjective(tokens) -> bool:
    """An adjective made a noun by its determiner (``den tiltalte``, ``de pårørende``, ``De skadde``): a
    definite or participial adjective as the last word, the subject or the head of what ``den``/``de`` opens; or a
    participle made a noun on its own as the subject, as court reports write it (``Tiltalte forklarte at``)."""
    last = tokens[-1] if tokens else None
    if last is not None and len(tokens) == 1 and last.pos_ == "ADJ" and last.dep_ in ("SUBJ", "nsubj"):
        # its weak form on a lemma of a past participle (tiltalt, siktet, avdød), not "Mange", "Flere", "Unge"
        return last.lower_.endswith("e") and last.lemma_.lower().endswith(("t", "d")) and len(last) > 5 \
            and last.lower_ not in _QUANTIFIERS  # "Enkelte mener at" (enkelt)
    return last is not None and len(tokens) > 1 and tokens[0].lower_ in ("den", "de") and last.pos_ == "ADJ" \
        and ("Def" in last.morph.get("Definite", []) or last.dep_ in ("SUBJ", "nsubj")
             or any(v.endswith("part") for v in last.morph.get("Ndt", [])))


def person_lemma(lemma: str) -> bool:
    """A noun that names a person: a relation, a plain person noun or a title."""
    return lemma in NOUN_GENDER or lemma in RELATIONS or lemma in PERSON_NOUNS or normalize_title(lemma) is not None


def sayer(token) -> bool:
    """An indefinite singular noun as the subject of a verb of saying, no body's and no document's (``En stamkunde
    forteller at``): someone, whatever the noun."""
    return token.dep_ in ("SUBJ", "nsubj") and "Sing" in token.morph.get("Number", []) \
        and (token.head.lemma_ in reporting_verb_set() or token.head.lower_ in reporting_verb_set()) \
        and org_noun_kinds(token.lower_) is None and not document_noun(token)


# Nouns for people that no title, relation or organisation noun covers ("Bandet bekrefter at", "Juryen understreker
# at" were evidence, no quote)
PEOPLE = {
    # by their part in a story, as customers, hosts or audiences
    "elev", "student", "pasient", "ansatt", "medarbeider", "hovedperson", "offer", "kunde", "vert", "vertinne", "baby",
    "tilskuer", "supporter", "arrangør", "deltaker",
    # groups of people
    "publikum", "fans", "jury", "band", "gruppe", "duo", "trio", "kor", "familie", "par", "ektepar", "mannskap", "stab",
    "panel", "lag",
    # trades no title list holds, kept out of it: a definite title goes to the last speaker named without one, and
    # "mente kelneren" after "Den blide kelneren" is the waiter; "bonde", a title, whose definite form the lemmatiser
    # gives the lemma "bond" (the form, "bonden", is read too)
    "kokk", "servitør", "kelner", "sjåfør", "frisør", "rørlegger", "elektriker", "mekaniker", "bonde",
}


def _of_people(word: str) -> bool:
    """``juryen``, ``gruppa``, ``elevene``: a word of :data:`PEOPLE` in any form (the lemmatiser leaves some)."""
    return bool(noun_bases(word, (*SINGULAR_ENDINGS, "ne", "ene", "e")) & PEOPLE)


def someone(token) -> bool:
    """Whether a subject noun can be a source: a person (``kilden``, ``pappa``, ``direktøren``), a group of
    them (``juryen``, ``bandet``), an organisation (``politiet``, ``utvalget``) or a text (``rapporten``); not
    evidence (``tallene``, ``oppførselen hans``). Names and pronouns are someone."""
    if token.pos_ != "NOUN":
        return True
    lemma = (token.lemma_ or token.lower_).lower()
    return (person_lemma(lemma) or person_noun(token.lower_) or token.lower_ in UNNAMED or document_noun(token)
            or _of_people(lemma) or _of_people(token.lower_) or relation_noun(token.lower_, lemma)
            or org_noun_kinds(token.lower_) is not None or org_noun_kinds(lemma) is not None)


def kin_or_person(token) -> bool:
    """A definite noun for one person: kin or a relation (``søsteren``, ``kona``), a plain person noun or a title
    (``kvinnen``, ``direktøren``); no group, organisation or text."""
    lemma = (token.lemma_ or token.lower_).lower()
    return "Def" in token.morph.get("Definite", []) and "Sing" in token.morph.get("Number", []) \
        and (person_lemma(lemma) or person_noun(token.lower_) or relation_noun(token.lower_, lemma))


_QUANTIFIERS = {"en", "ei", "et", "flere", "noen", "mange", "to", "tre", "fire", "fem", "ingen", "enkelte"}


def partitive(token) -> bool:
    """``en av eierne``: a quantifier with ``av`` and a group after it, someone described (not the writer's generic
    ``en``)."""
    return token.lower_ in _QUANTIFIERS and any(c.lower_ == "av" for c in token.children)


def unknown_name(token) -> bool:
    """A word the tagger calls a proper noun that no recogniser's entity holds and that is neither a first name nor
    a common noun's definite form capitalised at a sentence start (``Mercedes opplyser at``: a maker's name, not the
    description "mercedes"; ``Styrelederen`` stays a noun)."""
    return token.pos_ == "PROPN" and token.is_title and not token.ent_type_ and gender_of(token.text) is None \
        and not re.search(r"(?:en|et|a|ene|erne)$", token.lower_)


def _name_end(tokens, i: int):
    """The last token of the entity that starts at ``tokens[i]``."""
    while i + 1 < len(tokens) and tokens[i + 1].ent_iob_ == "I":
        i += 1
    return tokens[i]


def indefinite_source(span: Span) -> bool:
    """Whether an attribution clause opens with an indefinite noun phrase (``en kilde i ...``, ``flere
    naboer``): its head is the source, whatever organisation or place modifies it."""
    tokens = [t for t in span if not t.is_space and not t.is_punct]
    if not (tokens and tokens[0].lower_ in _QUANTIFIERS and len(tokens) > 1 and not tokens[1].ent_type_):
        return False
    # "en av Breiviks forsvarere Vibeke Hein Bæra", "en bittelitt beskjemmet Tommy Sharif", "en skuffet
    # AaFK-trener, Geir Hansen, etter kampen": a name right after the noun or adjective (or set off by a
    # comma) names the source; not after a preposition ("en kilde nær Jens Stoltenberg")
    k = next((i for i, t in enumerate(tokens) if i > 0 and t.ent_type_ == "PER" and t.ent_iob_ == "B"
              and not genitive(_name_end(tokens, i))), None)  # a possessor is not it ("Hansens forsvarere")
    set_off = k is not None and span.doc[tokens[k].i - 1].text == ","  # "en talsmann for politiet, Mickey Rosenfeld,"
    return not (k is not None and tokens[k - 1].pos_ in ("NOUN", "ADJ", "VERB") and (set_off or tokens[k].dep_ not in
                ("PUTFYLL", "pobj")) and tokens[k - 1].lower_ not in ("nær", "like"))


def name_before_relative(cue: Token) -> tuple[int, int] | None:
    """The person or organisation named right before a relative ``som`` the parser hung on a noun further back (``et
    spark til Kate Perry som mener at``, ``i saken til Statens strålevern, som mener``): the clause is the name's;
    the name's character span, or None."""
    som = next((c for c in cue.children if c.lower_ == "som" and c.i < cue.i), None)
    last = cue.doc[som.i - 1] if som is not None and som.i > 0 else None
    if last is not None and last.text == "," and last.i > 0:
        last = cue.doc[last.i - 1]  # "til Statens strålevern, som mener at": an organisation set off by a comma
    if last is None or last.ent_type_ not in ("PER", "ORG", "GPE_ORG") or last.i <= cue.head.i:
        return None
    first = next((t for t in reversed(cue.doc[:last.i + 1]) if t.ent_iob_ == "B"), last)
    return first.idx, last.idx + len(last)
