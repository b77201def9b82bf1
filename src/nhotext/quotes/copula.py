"""Roles given by a copula or a verb of working anywhere in the article (``Bertelsen er dommer i Bergen tingrett``,
``Malmberg jobber nå som psykoterapeut``, ``Hun heter Shelly Anderson og jobber for Pittsburgh Post-Gazette``) or
by an epithet on an organisation's prefix (``Denne faren ser nok SV-lederen selv``): the person's title and
organisation where the name has none beside it."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..coref import People, mentions_between
from ..coref.epithets import epithet_kind, resolve_epithets
from ..lexicon import (
    ABSTRACT_NOUN,
    AGENT_ENDINGS,
    NEGATIONS,
    PRONOUNS,
    RELATIONS,
    TIED_BY,
    definite_title,
    normalize_title,
    saying_nouns,
)
from .org_lookup import org_of_phrase
from .titles import SUBJECT, indefinite_form, tied_org, title_adjective

COPULAS = {"være", "vere", "bli", "verte"}
WORKING = {"jobbe", "arbeide", "virke", "debutere"}  # "jobber som lærer", "debuterte som regissør": a trade
PREDICATIVE = {"SPRED", "attr", "xcomp"}
FIRST_PERSON_SUBJECTS = {"jeg", "vi", "eg", "me"}
MODALS = {"ville", "skulle", "kunne", "måtte", "burde"}
# endings of nouns for people, of a role no lexicon holds tied to a body ("lagleder i X"), not "oppslag i Vinduet"
PERSON_NOUN = re.compile("(?:" + "|".join(e.removesuffix("en") for e in AGENT_ENDINGS.split("|"))
                         + "|log|or|mann|kvinne|ske|inne|sjef|leder|medlem|topp)$")
NAMING = {"hete", "heite"}  # "Hun heter Kari Lund", "Per Olsen heter han": a naming, the name its subject


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``; of a naming verb, and of a verb coordinated with one, the name (``Per Olsen heter
    han og er direktør for X``: Per Olsen is the director)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    if not subjects and verb.dep_ in ("KOORD", "conj") and verb.head.lemma_.lower() in NAMING:
        verb = verb.head
    if verb.lemma_.lower() in NAMING:
        return next((c for c in verb.children if c.dep_ in (*SUBJECT, *PREDICATIVE) and c.ent_type_ == "PER"), None)
    return subjects[0] if subjects else None


def employers(doc: Doc, org_of: Callable[[Span], str | None]) -> list[tuple[str, Token]]:
    """(organisation, subject) of every ``X jobber for/i/ved <organisation>`` (``Hun heter Shelly Anderson og jobber
    for Pittsburgh Post-Gazette``): the organisation the person works for."""
    found: list[tuple[str, Token]] = []
    for token in doc:
        if token.lemma_.lower() in WORKING - {"debutere"} and token.pos_ == "VERB":
            phrase = next((c for c in token.children if c.lower_ in ("for", "i", "ved", "hos")), None)
            org = org_of_phrase(phrase, org_of) if phrase is not None else None
            subject = _subject(token) if org is not None else None
            # a person, not "hvordan det jobbes i Genève" (a passive)
            someone = subject is not None and (subject.ent_type_ == "PER" or subject.lower_ in ("han", "hun"))
            if org is not None and subject is not None and someone and "Pass" not in token.morph.get("Voice", []):
                found.append((org, subject))
    return found


def named_description(verb: Token) -> str | None:
    """``... går vi sammen med en amerikansk journalist ... Hun heter Shelly Anderson``: the title of the lexicon
    that the one indefinite role noun of the sentence before gives the person a naming verb names by a pronoun."""
    pronoun = next((c for c in verb.children if c.dep_ in SUBJECT and c.lower_ in ("han", "hun")), None)
    sent = verb.sent
    if pronoun is None or sent.start == 0:
        return None
    before = verb.doc[sent.start - 1].sent
    titles = {title for t in before if t.pos_ == "NOUN" and "Ind" in t.morph.get("Definite", [])
              and "Sing" in t.morph.get("Number", []) and (title := normalize_title(t.lower_))}
    return titles.pop() if len(titles) == 1 else None  # one role described, or no telling which


def copula_roles(doc) -> list[tuple[Token, Token]]:
    """(role noun, subject) of every ``X er/var/blir <role>`` whose role is a title: a word the title
    lexicon knows, or a noun tied to an organisation (``lederen for studentbevegelsen``); relations
    and plain descriptions (``en glad gutt``) are not roles."""
    found = []
    for token in doc:
        if token.dep_ in ("PUTFYLL", "pobj") and token.head.lower_ == "som" \
                and token.head.dep_ in (*PREDICATIVE, "FOPRED") \
                and token.head.head.lemma_.lower() in WORKING and token.pos_ == "NOUN" \
                and (subject := next((c for c in token.head.head.children if c.dep_ in SUBJECT), None)) is not None \
                and (subject.pos_ == "PROPN" or subject.lower_ in ("han", "hun")) \
                and indefinite_form(token) not in RELATIONS:
            if not any(c.lower_ in ("en", "ei", "et") for c in token.lefts):  # "virker som en kar": seems like one
                found.append((token, subject))  # "Malmberg jobber nå som psykoterapeut", "Hun jobber som ...": a trade
            continue
        # a noun the parser hung on the copula as its infinitive ("er hun lege ved X": "lege", to heal) is its
        # predicative all the same
        misread = token.dep_ == "INFV" and token.pos_ == "NOUN"
        if token.dep_ not in PREDICATIVE and not misread or token.head.lemma_.lower() not in COPULAS:
            continue
        if token.pos_ != "NOUN" and not (token.is_lower and normalize_title(token.lower_) is not None
                                          and (token.pos_ != "ADJ" or normalize_title(token.lower_) == token.lower_)):
            # a known title the tagger took for a verb ("I dag er Mæland byrådsleder") still counts; not an adjective
            # that is also a title's definite form ("Hun var overlegen i motbakkene")
            continue
        if token.tag_.lower() == "adj" and normalize_title(token.lower_) is None:
            continue  # "Trædal er oppvokst på Sandøya": the fine tag says adjective where the coarse one says noun
        if token.sent.text.rstrip().endswith("?"):
            continue  # "Kenneth, er følelsen i NHL at ...?": a question states no one's role
        verb = token.head
        if verb.dep_ == "INFV" and (verb.head.lower_ == "å" or verb.head.lemma_.lower() in MODALS):
            continue  # "hun vil bli statsminister", "ønsker å bli ...": a post wished for or foreseen, not held
        if any(c.lower_ in NEGATIONS for c in (*verb.children, *token.lefts)):
            continue  # "var han formelt ikke lenger Viking-spiller": a role denied or left
        subject = next((c for c in token.lefts if c.dep_ in SUBJECT), None) or _subject(verb)
        if subject is None and verb.dep_ == "INFV":  # "har vært visepresident": the subject is the auxiliary's
            subject = next((c for c in verb.head.children if c.dep_ in SUBJECT), None)
        if subject is None or indefinite_form(token) in RELATIONS or subject.lower_ in FIRST_PERSON_SUBJECTS:
            continue  # "jeg var en ganske ung advokat": the speaker's past, in the speaker's words
        if subject.pos_ == "PRON" and subject.lower_ not in ("han", "hun", "hen"):
            continue  # "det mener jeg er et kvalitetskriterium ved ...": no person holds that role
        known = normalize_title(indefinite_form(token)) is not None
        if not known and any(c.pos_ == "ADJ" for c in token.lefts):
            continue  # "en glad gutt": a description
        if any(c.lower_ in ("en", "ei", "et") for c in token.lefts) and token.i + 2 < len(doc) \
                and doc[token.i + 1].lower_ == "i" and (doc[token.i + 2].lower_ == "å" or doc[token.i + 2].is_lower
                                                         and "Def" not in doc[token.i + 2].morph.get("Definite", [])):
            continue  # "en mester i å skjule ...", "en mester i talekunst": what someone is good at, not a post
        # tied to a named body ("leder for Studentbevegelsen"), not "offer for en utpresser", "mål for mobbing"
        tied = any(c.lower_ in TIED_BY and any(g.pos_ == "PROPN" for g in c.children) for c in token.rights) \
            and (token.lemma_.lower() or token.lower_) not in saying_nouns() \
            and not ABSTRACT_NOUN.search(indefinite_form(token))  # "moteverdenens svar på Sgt. Hartman", "Han var
        # personifiseringen av det ... Intet": an answer, an act or a quality, no post
        if known or tied and PERSON_NOUN.search(indefinite_form(token)):
            found.append((token, subject))
    return found


def copula_title(role: Token, org_of: Callable[[Span], str | None]) -> tuple[str, str | None]:
    """The title and the organisation (``i Bergen tingrett``) of a predicative role noun, with a role adjective
    before it (``administrerende direktør``)."""
    before = role.nbor(-1) if role.i > 0 else None
    adjective = title_adjective(before) if before is not None and before.head.i == role.i else None
    title = f"{adjective} {indefinite_form(role)}" if adjective else indefinite_form(role)
    other = next((c for c in role.rights if c.dep_ in ("KOORD", "conj") and c.pos_ == "NOUN" and c.i == role.i + 2
                  and role.nbor(1).lower_ == "og"), None)
    if other is not None and normalize_title(indefinite_form(other)) is not None:
        title = f"{title} og {indefinite_form(other)}"  # "psykoterapeut og sosialpedagog"
    org = tied_org(role, org_of)
    owner = next((c for c in role.lefts if c.pos_ == "PROPN" and c.dep_ in ("DET", "nmod:poss")), None)
    owned = role.doc[owner.left_edge.i:owner.right_edge.i + 1] if owner is not None else None
    if org is None and owned is not None and owned.text.endswith("s") and owned.end == role.i \
            and owned[0].ent_type_ != "PER":  # not a person ("er Cathrines klasseforstander": hers, no body's)
        org = org_of(owned) or owned.text[:-1]  # "Moe ble Venstres presidentkandidat": the owner
    after = role.nbor(1) if role.i + 1 < len(role.doc) else None
    if org is None and after is not None and after.lower_ in TIED_BY and after.head.i in (role.head.i,
                                                                             role.head.head.i):
        # the parse hung the phrase on the copula ("er visepresident i Afghanistans Jordmorforbund"):
        # right after the role noun it still ties the role
        org = org_of_phrase(after, org_of)
    return title, org


def copula_titles(doc: Doc, coref: People, person_spans: list[Span], org_of: Callable[[Span], str | None]) -> None:
    """``Bertelsen er dommer i Bergen tingrett``, ``Hun er lederen for studentbevegelsen``: a role given by a copula
    anywhere in the article is one of the person's roles, their title where they have none yet; so is the employer
    of a verb of working and the role of the description a naming verb names (``en amerikansk journalist. Hun heter
    Shelly Anderson og jobber for Pittsburgh Post-Gazette``)."""

    def person_of(subject: Token):
        if subject.pos_ == "PRON":
            mention = coref.antecedent(subject.idx, PRONOUNS.get(subject.lower_))
            return mention.person if mention is not None else None
        # the name, or the name the parser hangs on a word before it ("Norske Robert E. Larsen": FLAT on "Norske")
        words = {subject.i} | {c.i for c in subject.children if c.dep_ in ("FLAT", "flat") and c.i == subject.i + 1}
        span = next((p for p in person_spans if any(p.start <= i < p.end for i in words)), None)
        return coref.person_at(span) if span is not None else None

    def add(person, title: str | None, org: str | None) -> None:
        # a title given before stays; the organisation the copula ties the person to is added
        # ("jordmoren Firooza" ... "Firooza er visepresident i Afghanistans Jordmorforbund")
        person.title = person.title or title
        person.organization = person.organization or org
        if title and title not in person.roles:
            person.roles.append(title)

    for role, subject in copula_roles(doc):
        if (person := person_of(subject)) is not None:
            add(person, *copula_title(role, org_of))
    for verb in (t for t in doc if t.lemma_.lower() in NAMING and t.pos_ == "VERB"):
        name = _subject(verb)
        if name is not None and (title := named_description(verb)) and (person := person_of(name)) is not None:
            add(person, title, None)
    for org, subject in employers(doc, org_of):
        if (person := person_of(subject)) is not None:
            add(person, None, org)


def epithet_titles(doc: Doc, coref: People, prefix_org: Callable[[str], str | None]) -> set[int]:
    """Resolve the article's epithets (:func:`nhotext.coref.epithets.resolve_epithets`); one that takes up a named
    person by a title on a prefix that names an organisation (``Denne faren ser nok SV-lederen selv``) gives the title
    (``SV-leder``) and the organisation where the person has none. The token indices of every epithet."""
    epithets = resolve_epithets(coref)
    for i in sorted(epithets):
        token = doc[i]
        prefix, _, head = token.text.rpartition("-")
        title = definite_title(head) if prefix[:1].isupper() else None
        org = prefix_org(prefix) if title is not None else None  # a body ("SV"), not a field ("IT-sjefen")
        mention = next((m for m in mentions_between(coref.mentions, token.idx, token.idx + 1) if m.kind == "title"),
                       None)
        if org is None or mention is None or epithet_kind(token) != "prefixed":
            continue
        person = mention.person
        person.title = person.title or f"{prefix}-{title}"
        person.organization = person.organization or org
        if f"{prefix}-{title}" not in person.roles:
            person.roles.append(f"{prefix}-{title}")
    return epithets
