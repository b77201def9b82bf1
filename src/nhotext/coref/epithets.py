"""Epithets: a person named before and taken up by a definite noun that says something about them, as news
writing does to avoid repeating a name (``33-åringen``, ``nordmannen``, ``RBK-keeperen``, ``Frp-lederen``).

Three kinds are resolved, each like a pronoun (by the learned ranking of :mod:`nhotext.coref.ranking`): an age
(``38-åringen``, ``tenåringen``; the person whose age in brackets it gives first), a nationality (``dansken``,
``islendingen``) and a person noun on a capitalised prefix that ties it to a team, party, place or organisation
(``Start-treneren``, ``Steinkjer-hopperen``), not a title right before a name (``NHL-direktøren Kenneth Yaffe``).
Chosen on NARC train, where 31 such epithets stood for a person named before (26 resolved to that person, 5 to
someone else; the nearest name was right for 22) and 17 for someone never named (6 given a name). Plain role and
relation nouns (``treneren``, ``faren``, ``kvinnen``) are left alone: resolved the same way on NARC train, relation
nouns were right for 17 people named before and gave a name to 45 never named (``faren`` of a portrait is mostly an
unnamed father), role nouns 10 against 85; a title the article gave someone is resolved by the quote attribution
(``regiondirektøren``, :meth:`nhotext.quotes.speakers.ArticleContext.recent_titled`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..lexicon import definite_title, known_places, relation_gender
from . import ranking
from .mentions import Person, mentions_between
from .names import without_genitive

if TYPE_CHECKING:
    from .people import People

AGE = re.compile(r"^(?:(\d{1,3})-|[a-zæøå]+)åring(?:en|a)$")  # "38-åringen", "tenåringen", "fjortenåringa"
# Nationalities in the definite singular ("-lendingen": islendingen; utlendingen is no nationality but an epithet
# all the same); not "-mannen" at large (kjøpmannen, motstandsmannen are roles)
NATIONALITY = re.compile(
    r"(?:nordmannen|franskmannen|engelskmannen|\w+lendingen|dansken|svensken|finnen|briten|tyskeren|russeren|"
    r"amerikaneren|kanadieren|brasilianeren|argentineren|italieneren|spanjolen|portugiseren|østerrikeren|"
    r"sveitseren|nederlenderen|belgieren|polakken|kineseren|japaneren|australieren|skotten|estlenderen|latvieren|"
    r"litaueren|ukraineren|serberen|kroaten|tsjekkeren|ungareren|grekeren|tyrkeren|iraneren|iraken|afghaneren|"
    r"pakistaneren|inderen|afrikaneren|kenyaneren|etiopieren|nigerianeren|meksikaneren|chileneren|colombianeren)")
AGENT = re.compile(r"(?:eren|øren|isten|inna|innen|sjefen)$")  # a role on the prefix (not "restauranten")
_MALE = re.compile(r"mannen$")
_FEMALE = re.compile(r".{3,}inn(?:en|a)$")  # "venninnen", not "finnen"


def places_of(doc) -> frozenset[str]:
    """The places the article names (its ``GPE``/``LOC`` entities and the places of the lexicon), lower-cased: the
    stems of epithets of origin (``kristiansanderen``, ``bergenseren``)."""
    return frozenset(e.text.casefold() for e in doc.ents if e.label_.startswith(("GPE", "LOC"))) | known_places()


def _origin(lower: str, places: frozenset[str]) -> bool:
    """``kristiansanderen`` (Kristiansand), ``bergenseren`` (Bergen), ``stavangeren`` (Stavanger)."""
    stems = {lower[:-4], lower[:-4].removesuffix("s")} if lower.endswith("eren") else set()
    return bool((stems | ({lower[:-2]} if lower.endswith("en") else set())) & places) and len(lower) > 6


def epithet_kind(token: Token, places: frozenset[str] = frozenset()) -> str | None:
    """``age``, ``nationality`` (also of a place the article names: ``kristiansanderen``) or ``prefixed`` for a
    definite singular noun that takes up a person named before (see the module), also in the genitive
    (``nordmannens``), else None."""
    if not token.lower_.endswith(("en", "a", "ens", "as")) or token.pos_ not in ("NOUN", "PROPN"):
        return None  # every epithet ends in a definite singular ending (or its genitive): the cheap test first
    text = without_genitive(token)
    lower = text.lower()
    if not lower.endswith(("en", "a")) or token.ent_type_ == "PER" or "Plur" in token.morph.get("Number", []):
        return None
    if AGE.match(lower) or phrase_age(token) is not None:
        return "age"
    if "-" not in lower and (NATIONALITY.fullmatch(lower) or token.is_lower and _origin(lower, places)):
        return "nationality"
    prefix, _, head = text.rpartition("-")
    if prefix and (prefix[:1].isupper() and not prefix.isdigit() or _channel_number(token, prefix)) \
            and head.islower() and len(head) > 4 and (AGENT.search(head) or definite_title(head)):
        return "prefixed"
    return None


def _channel_number(token: Token, prefix: str) -> bool:
    """A prefix that is the number of a name in capitals before it (``TV 2-eksperten``)."""
    return prefix.isdigit() and token.i > 0 and (before := token.doc[token.i - 1]).is_upper and len(before) > 1 \
        and before.idx + len(before) + 1 == token.idx


def epithet_gender(token: Token) -> str | None:
    lower = token.lower_
    return "m" if _MALE.search(lower) else "f" if _FEMALE.search(lower) else relation_gender(lower)


def phrase_age(token: Token) -> int | None:
    """The age of ``Den 40 år gamle tennisstjerna``: a definite noun after ``den``/``det``, a number, ``år`` and
    ``gamle``, an epithet as ``40-åringen`` is."""
    i, doc = token.i, token.doc
    if i < 4 or doc[i - 1].lower_ != "gamle" or doc[i - 2].lower_ != "år" or not doc[i - 3].text.isdigit() \
            or doc[i - 4].lower_ not in ("den", "det"):
        return None
    return int(doc[i - 3].text)


def _age_of(token: Token) -> int | None:
    """The age an epithet gives: ``40-åringen`` or ``Den 40 år gamle tennisstjerna``."""
    digits = AGE.match(token.lower_)
    return int(digits.group(1)) if digits is not None and digits.group(1) else phrase_age(token)


def _introduced_by_age(people: People, token: Token) -> bool:
    """Whether someone of the age was described before without a name (``en 40 år gammel mann``, ``en 40-åring``)."""
    age = _age_of(token)
    start = token.doc[token.i - 4].idx if phrase_age(token) is not None else token.idx  # before its own phrase
    return age is not None and re.search(rf"\b(?:en|ei|et) {age}-åring\b|\b{age} år gam(?:mel|le)\b",
                                         people.text[:start], re.IGNORECASE) is not None


def _aged(people: People, token: Token) -> Person | None:
    age = _age_of(token)
    if age is None:
        return None
    found = {id(p): p for p in people.persons if p.age == age}
    return next(iter(found.values())) if len(found) == 1 else None


def resolve_epithets(people: People) -> set[int]:
    """Add a mention (kind ``title``) for every epithet outside quoted speech whose person the ranking (or an
    age in brackets) finds; the token indices of every epithet, resolved or not."""
    model = ranking.weights()
    taken = {m.start for m in people.mentions}
    places = places_of(people.doc)
    epithets: set[int] = set()
    nationality: dict[Person, str] = {}  # the nationality epithet that took up each person first
    for token in people.doc:
        kind = epithet_kind(token, places) if token.idx not in taken else None
        if kind is None:
            continue
        epithets.add(token.i)
        if people.in_quote(token.idx):
            continue
        if token.i + 1 < len(people.doc) and people.doc[token.i + 1].idx in taken:
            continue  # "NHL-direktøren Kenneth Yaffe": the title of the name after it
        person, word = _aged(people, token), without_genitive(token).lower()
        if person is None and model is not None and not ranking.described_before(people, token.idx) \
                and not _introduced_by_age(people, token):
            # not the subject of its own clause ("Arteta beskriver nordmannen"), nor someone another nationality
            # took up ("spanjolen" after "nordmannen")
            barred = _clause_subjects(people, token) | {p for p, n in nationality.items()
                                                        if kind == "nationality" and n != word}
            person = _best(ranking.Candidates(people, token, epithet_gender(token)), model, barred)
        if person is not None:
            people.add_title_mention(token, person)
            if kind == "nationality":
                nationality.setdefault(person, word)
    return epithets


def _best(candidates: ranking.Candidates, model: dict[str, float], barred: set[Person]) -> Person | None:
    """The best-scored candidate person outside ``barred``."""
    scored = sorted(zip(candidates.features(), candidates.chosen), key=lambda pair: -ranking.score(pair[0], model))
    return next((mention.person for _, mention in scored if mention.person not in barred), None)


def _clause_subjects(people: People, token: Token) -> set[Person]:
    """The people named as the subject of the clause an epithet that is no subject stands in: whom it cannot
    stand for (an epithet is no reflexive)."""
    if token.dep_ in ("SUBJ", "nsubj"):
        return set()
    clause, sent = ranking.clause_head(token), token.sent
    found = set()
    for mention in mentions_between(people.mentions, sent.start_char, sent.end_char):
        span = people.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if mention.subject and span is not None and ranking.clause_head(span.root).i == clause.i:
            found.add(mention.person)
    return found
