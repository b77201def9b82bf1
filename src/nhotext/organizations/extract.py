"""Organisations of a parsed Doc, grouped under one canonical name each.

Mentions are the Doc's ``ORG`` entities (after the gazetteer ruler has run,
see :mod:`nhotext.components.organizations`), and ``GPE_ORG``/``GPE_LOC``
entities that the gazetteer or a name pattern knows as an organisation
(``Hamar kommune``, ``EU``).
Each mention is cleaned (quote marks, genitive, a missing hyphen), two
coordinated names in one entity are split (``Nærings- og
fiskeridepartementet og Kommunal- og distriktsdepartementet``), emphasis in
capitals (``INNOVATIVE KLYNGER``) and bare place names are dropped, and the
mentions are grouped by gazetteer entry or by normalised name; an
abbreviation in brackets after a name (``Domstoladministrasjonen (DA)``)
joins the name's group.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from ..lexicon import known_places, normalize_title
from .entities import joined_entities, misread, person_names
from .gazetteer import Gazetteer, OrgEntry, genitive_base, load_gazetteer, name_key
from .kinds import (
    KindDecision,
    classify,
    confidence,
    kind_from_neighbours,
    kind_from_pattern,
    publishes,
    sentence_starts,
)
from .short_forms import bracketed_abbreviation, branch_of, short_form_of, spells_out, with_regional_branches

_COORDINATED = re.compile(r"^(?P<a>.+?(?:departementet|direktoratet|tilsynet))\s+og\s+(?P<b>\S.+)$")
_MISSING_HYPHEN = re.compile(r"^(?P<head>[A-ZÆØÅ][a-zæøå]+)(?P<sep>\s+og\s+)(?P<tail>[a-zæøå]+departementet)$")
_TRIM = " \t\n\u00a0«»\"“”‘’'()[],.;:–—-"


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Organization:
    """One organisation of an article, with every mention of it."""

    name: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    parent: str | None = None
    current: str | None = None
    evidence: str = "default"

    def written(self) -> str:
        """The fullest form the article writes (``Sp`` where it never spells out ``Senterpartiet``), a
        genitive ``-s`` dropped: what quotes-dev's GUIDELINES want for a speaker's organisation."""
        forms = {m.text for m in self.mentions}
        # an acronym's lower-case -s is always a genitive ("SSBs", "KrFs"); a name's only where the base is
        # written too or names this organisation in the gazetteer
        forms = {base if (base := genitive_base(f)) and (base in forms or base == self.name or _acronym(base)
                                                          or _known_as(base, self.name)) else f for f in forms}
        return max(forms, key=lambda f: (len(f.split()), len(f))) if forms else self.name

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "mentions": [m.to_dict() for m in self.mentions],
            "parent": self.parent,
            "current": self.current,
            "evidence": self.evidence,
            "confidence": self.confidence,
        }

    @property
    def confidence(self) -> float:
        """How far to trust ``kind`` (:data:`nhotext.organizations.kinds.CONFIDENCE`)."""
        return confidence(self.evidence)

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Organization:
        return cls(record["name"], record["kind"], [Mention(**m) for m in record["mentions"]],
                   record.get("parent"), record.get("current"), record.get("evidence", "default"))


def _group_name(members: list) -> str:
    entry = next((e for *_, e in members if e is not None), None)
    return entry.name if entry else members[0][2]


_HOSPITAL = re.compile(r"\S\s+(?:universitetssykehus|sykehus|sjukehus)$|sykehuset$", re.IGNORECASE)
PLACE_BODY_KINDS = ("international", "government", "municipality", "agency", "ministry")


def _body_of_place(text: str, label: str, gazetteer: Gazetteer) -> bool:
    """Whether a GPE entity is an organisation the gazetteer knows: for a place read as a place
    (``GPE_LOC``) only a public body or an international one (``EU``), not a club or company
    that takes its name from the town."""
    entry = gazetteer.lookup(text)
    return entry is not None and (label != "GPE_LOC" or entry.kind in PLACE_BODY_KINDS)


def _employer(ent: Span) -> bool:
    """A name the recognizer read as a place that employs someone by its role: ``Informasjonsleder Hege Storhaug i
    Human Rights Service``, ``daglig leder i Stenshagen Bil`` (a role noun, or a titled name, then ``i``/``ved``/
    ``hos``); also one read as a product (``Prosjektleder i Nye Veier, Knut Sandvik``)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("i", "ved", "hos") or ent.text.casefold() in known_places():
        return False
    before = doc[ent.start - 2]
    if before.ent_type_ == "PER":  # a titled name: the title before it
        first = before
        while first.i > 0 and first.ent_iob_ == "I":
            first = doc[first.i - 1]
        return first.i > 0 and normalize_title(doc[first.i - 1].lower_) is not None
    return bool(before.is_lower or before.is_sent_start) and normalize_title(before.lower_) is not None


def find_organizations(doc: Doc, gazetteer: Gazetteer | None = None) -> list[Organization]:
    """The organisations of ``doc``, in order of first mention."""
    gazetteer = gazetteer or load_gazetteer()
    people = person_names(doc)
    mentions: list[tuple[Mention, Span]] = []
    for ent in with_regional_branches(doc, joined_entities(doc), gazetteer):
        # a newspaper the recogniser read as a product is an organisation where it publishes ("melder
        # Romsdals Budstikke"); elsewhere it stays a product ("kjøpte Dagbladet")
        if ent.label_ not in ("ORG", "GPE_ORG", "GPE_LOC") and not (ent.label_ == "PROD" and publishes(ent)) \
                and not (ent.label_ == "LOC" and _HOSPITAL.search(ent.text)) \
                and not (ent.label_ in ("LOC", "PROD") and _employer(ent)):
            continue  # a hospital is a place in NorNE, and an organisation by its name ("Ullevål universitetssykehus")
        for mention in _split(_clean(ent)):
            if mention is None:
                continue
            # a place acting as an organisation counts when it is known as one ("Hamar kommune", "EU");
            # a town the recognizer reads as a place stays one, whatever club is named after it ("Molde")
            if ent.label_ in ("GPE_ORG", "GPE_LOC") and not (_body_of_place(mention.text, ent.label_, gazetteer)
                                            or kind_from_pattern(mention.text)):
                continue
            if _not_an_organization(mention.text, gazetteer):
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand") or ent
            if misread(span, mention.text, people, gazetteer):
                continue
            mentions.append((mention, span))
    mentions += _public_bodies(doc, mentions)
    if not mentions:
        return []

    surfaces = {name_key(m.text) for m, _ in mentions}
    groups: dict[str, list[tuple[Mention, Span, str, OrgEntry | None]]] = defaultdict(list)
    order: list[str] = []
    abbreviations: dict[str, str] = {}
    # the article's own definitions win over the gazetteer's: "Associated Press (AP)" makes "melder AP"
    # the news agency, not the party the gazetteer knows as AP
    defined = {abbreviation: m.text for m, span in mentions
               if (abbreviation := bracketed_abbreviation(doc, span)) and abbreviation != m.text}
    key_at: dict[int, str] = {}
    for mention, span in mentions:
        entry = gazetteer.lookup(defined.get(mention.text, mention.text))
        # a genitive owns what follows ("MFKs talentfulle angrepsspiller"), not "Island Records i en pressemelding"
        genitive = span is not None and len(span) > 0 and "Gen" in span[-1].morph.get("Case", []) \
            and span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "DET")
        surface = _surface(mention.text, surfaces, genitive) if entry is None else mention.text
        key = entry.name if entry else abbreviations.get(surface, name_key(surface))
        if key not in groups:
            order.append(key)
        groups[key].append((mention, span, surface, entry))
        key_at[span.start if span is not None else -1] = key
        abbreviation = bracketed_abbreviation(doc, span)
        if abbreviation and gazetteer.lookup(abbreviation) is None:
            abbreviations[abbreviation] = key
    # a short name spelled out in brackets after it: "Boa (Bildekunstnerne i Oslo og Akershus)"
    for mention, span in mentions:
        if span is not None and span.end + 1 in key_at and spells_out(doc, span, mention.text):
            abbreviations.setdefault(mention.text, key_at[span.end + 1])
    # an abbreviation seen before its definition: fold its group into the name's
    for abbreviation, key in abbreviations.items():
        if abbreviation in groups and abbreviation != key:
            groups[key].extend(groups.pop(abbreviation))
            order.remove(abbreviation)
        lowered = name_key(abbreviation)
        if lowered in groups and lowered != key:
            groups[key].extend(groups.pop(lowered))
            order.remove(lowered)

    # an acronym written without its definition in brackets ("DA" for "Domstoladministrasjonen"), a short
    # form without the head ("Ullevål" for "Ullevål universitetssykehus")
    for key in list(order):
        surface = groups[key][0][2]
        if any(e is not None for *_, e in groups[key]):
            continue
        target = next((k for k in order if k != key and short_form_of(surface, _group_name(groups[k]))), None)
        if target is not None:
            groups[target].extend(groups.pop(key))
            order.remove(key)

    # "Bondelaget" after "Trøndelag Bondelag": the article's own branch, not the national body it never names
    branches = {b.name: k for k in order if (b := branch_of(groups[k][0][2], gazetteer)) is not None}
    for key in list(order):
        entry = groups[key][0][3]
        if entry is not None and entry.name in branches and all(m.text != entry.name for m, *_ in groups[key]):
            groups[branches[entry.name]].extend((m, span, surface, None) for m, span, surface, _ in groups.pop(key))
            order.remove(key)

    decided = []
    for key in order:
        members = sorted(groups[key], key=lambda m: m[0].start)
        entry = next((e for _, _, _, e in members if e is not None), None)
        name = entry.name if entry else _canonical([s for _, _, s, _ in members])
        decision = classify(name, gazetteer=gazetteer)
        branch = branch_of(name, gazetteer) if entry is None else None
        if branch is not None and decision.evidence == "default":
            decision = KindDecision(branch.kind, "pattern", branch)  # "Fagforbundet Innlandet": a regional branch
        if decision.evidence == "default" or decision.evidence == "gazetteer" and decision.entry is None:
            # the context where nothing else decided, or where only a known name leading this one did ("VG Nett")
            decision = next((d for d in (classify(name, span, gazetteer) for _, span, _, _ in members)
                             if d.evidence not in ("default", decision.evidence)), decision)
        decided.append((name, members, entry, branch, decision))
    # what nothing else types takes the kind of the firmly typed organisations around it
    known = [(span, decision.kind) for _, members, _, _, decision in decided
             if decision.evidence in ("gazetteer", "pattern") for _, span, _, _ in members]
    organizations = []
    starts = sentence_starts(doc) if known else None
    for name, members, entry, branch, decision in decided:
        if decision.evidence == "default":
            kind = kind_from_neighbours((span for _, span, _, _ in members), known, starts=starts)
            if kind is not None:
                decision = KindDecision(kind, "neighbours")
        organizations.append(Organization(
            name=" ".join(name.split()),  # one space between words, whatever the text had
            kind=decision.kind,
            mentions=[m for m, _, _, _ in members],
            parent=branch.name if branch is not None else _parent(name, entry, gazetteer),
            current=entry.current if entry else None,
            evidence=decision.evidence,
        ))
    return organizations


# "Hamar kommune", "Innlandet politidistrikt": a place name and a public body's head word. Found here,
# not by the ruler, so that doc.ents keep the recognizer's (NorNE's) reading of the place.
BODY_HEADS = {"kommune", "fylkeskommune", "politidistrikt", "tingrett", "lagmannsrett", "brannvesen",
              "bispedømme", "herad"}  # "Kvam herad": a municipality's official Nynorsk name


def _public_bodies(doc: Doc, mentions: list[tuple[Mention, Span]]) -> list[tuple[Mention, Span]]:
    taken = {i for _, span in mentions for i in range(span.start, span.end)}
    found = []
    for token in doc:
        if token.lower_ not in BODY_HEADS or token.i == 0 or token.i in taken:
            continue
        start = token.i
        while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].ent_type_ in
                             ("GPE_LOC", "GPE_ORG", "LOC", "ORG")) and doc[start - 1].text[:1].isupper():
            start -= 1
        if start < token.i and not any(i in taken for i in range(start, token.i)):
            span = doc[start:token.i + 1]
            found.append((Mention(span.text, span.start_char, span.end_char), span))
    return found


def _clean(ent: Span) -> Mention | None:
    text = ent.text
    left = len(text) - len(text.lstrip(_TRIM))
    right = len(text.rstrip(_TRIM))
    if right <= left:
        return None
    # keep a closing bracket that belongs to the name: "GreenHeart Industry (7 Sterke)"
    if text[left:].count("(") > text[left:right].count("(") and text.rstrip().endswith(")"):
        right = len(text.rstrip())
    elif right < len(text) and text[right] == "." and "." in text[left:right]:
        right += 1  # an abbreviation keeps its last dot: "Kr.F.", "Fr.p."
    start = ent.start_char + left
    return Mention(text[left:right], start, ent.start_char + right)


def _split(mention: Mention | None) -> list[Mention | None]:
    if mention is None:
        return [None]
    m = _COORDINATED.match(mention.text)
    if not m or kind_from_pattern(m.group("b")) is None:
        return [mention]
    a, b = m.group("a"), m.group("b")
    b_start = mention.start + m.start("b")
    return [Mention(a, mention.start, mention.start + len(a)), Mention(b, b_start, b_start + len(b))]


_ROAD = re.compile(r"(?:E|Rv|Fv|Riksvei|Fylkesvei|Europavei|riksvei|fylkesvei|europavei)\s?\d{1,3}$")


def _not_an_organization(text: str, gazetteer: Gazetteer) -> bool:
    if gazetteer.lookup(text) is not None:
        return False
    letters = [c for c in text if c.isalpha()]
    words = [w for w in re.findall(r"\w+", text) if w.isalpha()]
    # capitals for emphasis ("INNOVATIVE KLYNGER"), not an acronym ("NHO", "SINTEF")
    if letters and all(c.isupper() for c in letters) and any(len(w) > 6 for w in words):
        return True
    if len(words) == 1 and text[:1].isupper() and _is_title(text):
        return True  # "Hovedtillitsvalgt Trude Hansen": a title the recognizer took for a name
    if _ROAD.match(text):
        return True  # a road's number ("E6", "Rv 7", "fylkesvei 44"), a place
    places = known_places()  # a place in the genitive too ("Sudans hærsjef")
    return text.casefold() in places or (base := genitive_base(text)) is not None and base.casefold() in places


def _is_title(word: str) -> bool:

    return normalize_title(word.lower()) == word.lower()


def _surface(text: str, surfaces: set[str], genitive: bool = False) -> str:
    """The name without a genitive ending (when the bare form is also in the
    article or the morphology says genitive: ``MFKs talentfulle angrepsspiller``)
    and with the hyphen of a coordinated name put back."""
    base = genitive_base(text)
    if base and (genitive or name_key(base) in surfaces):
        text = base
    m = _MISSING_HYPHEN.match(text)
    if m:
        text = f"{m.group('head')}-{m.group('sep')}{m.group('tail')}"
    return text


def _canonical(surfaces: list[str]) -> str:
    counts = Counter(surfaces)
    return max(counts, key=lambda s: (len(s.split()), counts[s], len(s)))


def _parent(name: str, entry: OrgEntry | None, gazetteer: Gazetteer) -> str | None:
    if entry is not None and entry.parent:
        return entry.parent
    # "NHO Østfold" -> NHO, "LO Stat" -> LO: a known acronym followed by more words
    first = name.split()[0] if " " in name else None
    if (first and (parent := gazetteer.lookup(first, genitive=False)) and parent.name != name
            and sum(c.isupper() for c in first) >= 2):
        return parent.name
    return None


def _acronym(word: str) -> bool:
    """``SSB``, ``KrF``, ``FrP``: capitals with at most one lower-case letter between them."""
    return " " not in word and len(word) >= 2 and word[0].isupper() and word[-1].isupper() \
        and sum(c.islower() for c in word) <= 1


def _known_as(written: str, name: str) -> bool:
    entry = load_gazetteer().lookup(written)
    return entry is not None and entry.name == name
