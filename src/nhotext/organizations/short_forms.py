"""Short forms of an organisation's name the article uses without defining them: an acronym of its
words' initials (``DA`` for ``Domstoladministrasjonen``) or the name without its head (``Ullevål`` for
``Ullevål universitetssykehus``); and a known organisation's regional branch (``Fagforbundet Innlandet``,
``Trøndelag Bondelag``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..lexicon import known_places
from .gazetteer import Gazetteer, OrgEntry

_ACRONYM = re.compile(r"[A-ZÆØÅ]{2,6}")
# Heads of compound organisation names whose initial an acronym keeps ("Domstol|administrasjonen" -> DA,
# "Sykepleier|forbund" -> NSF's S and F, "Utryknings|politiet" -> UP).
ACRONYM_HEADS = ("administrasjonen", "administrasjon", "forbundet", "forbund", "direktoratet", "direktorat",
                 "tilsynet", "tilsyn", "departementet", "rådet", "råd", "foreningen", "forening", "instituttet",
                 "institutt", "senteret", "senter", "kontoret", "verket", "etaten", "byrået", "byrå", "utvalget",
                 "nemnda", "selskapet", "selskap", "banken", "bank", "partiet", "parti", "klubben", "klubb",
                 "registeret", "sykehuset", "sykehus", "universitetet", "høgskolen", "organisasjonen",
                 "organisasjon", "politiet", "politi", "tjenesten", "tjeneste", "fondet", "fond", "kommisjonen",
                 "kommisjon")
_FUNCTION_WORDS = {"og", "i", "for", "av", "på", "til", "de", "la", "of", "the", "and"}
# Heads an article leaves out of a name it has written in full ("Ullevål" after "Ullevål universitetssykehus");
# not "kommune": a town's name alone is as often its club.
DROPPED_HEADS = ("universitetssykehus", "sykehus", "sjukehus", "tingrett", "lagmannsrett", "politidistrikt",
                 "høgskole", "museum")


def acronym_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s words, a compound word counting
    the initial of its head too (``DA`` for ``Domstoladministrasjonen``, ``NSF`` for ``Norsk
    Sykepleierforbund``) and an abbreviation all its letters (``MFK`` for ``Molde FK``); function words may be
    left out."""
    words = [w for w in re.findall(r"[\wÆØÅæøå]+", name) if w]
    if len(words) > 6 or not words or name.upper() == acronym:
        return False
    options: list[set[str]] = []
    for word in words:
        first = word[0].upper()
        lower = word.lower()
        heads = {first + h[0].upper() for h in ACRONYM_HEADS if lower.endswith(h) and len(lower) - len(h) >= 3}
        choices = {first} | heads
        if word.isupper() and 2 <= len(word) <= 4:
            choices.add(word)  # an abbreviation in the name keeps its letters: "MFK" for "Molde FK"
        if lower in _FUNCTION_WORDS:
            choices.add("")
        options.append(choices)
    spelled = {""}
    for choices in options:
        spelled = {s + c for s in spelled for c in choices if len(s + c) <= len(acronym)}
    return acronym.upper() in spelled


def short_form_of(short: str, name: str) -> bool:
    """Whether ``short`` is an acronym of ``name`` (:func:`acronym_of`), the definite form of its last word
    (``Nobelkomitéen`` for ``Den norske Nobelkomité``) or ``name`` without a head noun of :data:`DROPPED_HEADS`
    (``Ullevål`` for ``Ullevål universitetssykehus``)."""
    if _ACRONYM.fullmatch(short):
        return acronym_of(short, name)
    words = name.split()
    if len(words) > 1 and words[-1][:1].isupper() and any(
            short.lower() == (words[-1] + ending).lower() for ending in ("en", "et", "n", "a")):
        return True  # the definite form of the name without its modifiers: "Nobelkomitéen", "Den norske Nobelkomité"
    rest = name[len(short):].strip().lower() if name.startswith(short + " ") else ""
    return rest in DROPPED_HEADS


def bracketed_abbreviation(doc: Doc, span: Span) -> str | None:
    """``Domstoladministrasjonen ( DA )`` -> ``DA``."""
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        word = doc[i + 1].text
        if 2 <= len(word) <= 8 and word.isupper():
            return word
    return None


def spells_out(doc: Doc, span: Span, short: str) -> bool:
    """Whether the bracket after ``span`` spells out the short name: the initials of its capitalised
    words are the short name's letters (``Boa (Bildekunstnerne i Oslo og Akershus)``)."""
    if span.end >= len(doc) or doc[span.end].text != "(" or not 2 <= len(short) <= 8 or " " in short:
        return False
    close = next((t.i for t in doc[span.end + 1:span.end + 12] if t.text == ")"), None)
    if close is None:
        return False
    initials = "".join(t.text[0] for t in doc[span.end + 1:close] if t.text[:1].isupper())
    return initials.casefold() == short.casefold()


NATIONAL = ("Norges", "Norsk", "Den norske", "Det norske")  # what a branch's place stands for (any case)


def branch_of(name: str, gazetteer: Gazetteer) -> OrgEntry | None:
    """The known organisation of which ``name`` is a regional branch: the organisation and a place
    (``Fagforbundet Innlandet``, ``LO i Agder``), or a place and the national body's name without its national
    word (``Trøndelag Bondelag`` of ``Norges Bondelag``, ``Bergen Røde Kors`` of ``Norges Røde Kors``)."""
    words = name.split()
    for cut in range(len(words) - 1, 0, -1):
        head, rest = " ".join(words[:cut]), [w for w in words[cut:] if w not in ("i", "og")]
        if words[cut - 1] not in ("i", "og") and rest and all(w.casefold() in known_places() for w in rest):
            return gazetteer.lookup(head, genitive=False)
    for cut in range(1, len(words)):
        if all(w.casefold() in known_places() for w in words[:cut]):
            body = " ".join(words[cut:])
            known = (gazetteer.lookup(f"{national} {body}".strip(), genitive=False) for national in ("", *NATIONAL))
            return next((entry for entry in known if entry is not None), None)
    return None


# Kinds of national bodies with regional branches named "<body> i <place>"; not a company ("Equinor i Stavanger" is
# its office there), a public body ("Politiet i Vest": the district has a name of its own) nor a party ("KrF i
# Trondheim" names the party where a candidate stands)
BRANCH_KINDS = ("union", "ngo", "business_association")


def with_regional_branches(doc: Doc, ents: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """``ents`` with a known body's name followed by ``i`` and a place joined into its regional branch's name
    (``Naturvernforbundet i Innlandet``, ``LO i Agder``), which the recogniser ends at the body's name."""
    out: list[Span] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue  # the place a branch's name took in
        entry = gazetteer.lookup(ent.text, genitive=False) if ent.label_ == "ORG" else None
        place = _place_at(doc, ent.end + 1, ents) if entry is not None and entry.kind in BRANCH_KINDS \
            and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "i" else None
        out.append(Span(doc, ent.start, place, label="ORG") if place is not None else ent)
    return out


def _place_at(doc: Doc, start: int, ents: list[Span]) -> int | None:
    """Where a place's name that begins at token ``start`` ends: a place entity, or a capitalised word the place
    list knows that the recogniser left alone."""
    entity = next((e for e in ents if e.start == start and e.label_ in ("GPE_LOC", "GPE_ORG", "LOC")), None)
    if entity is not None:
        return entity.end if entity.text.casefold() in known_places() else None
    word = doc[start]
    return start + 1 if word.is_title and not word.ent_type_ and word.text.casefold() in known_places() else None
