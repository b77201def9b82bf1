"""``nhotext_org_ruler`` and ``nhotext_organizations``.

``nhotext_org_ruler`` runs after the entity recognizer and marks the names of
the gazetteer (with their genitive and missing-hyphen variants) as ``ORG``,
replacing what the model said about those words: NorNE has almost none of
today's ministries, agencies and clusters, so the model misses or mislabels
them. ``nhotext_organizations`` groups the ``ORG`` mentions into organisations
(``doc._.organizations``; see :func:`nhotext.organizations.find_organizations`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..extensions import record_extension
from ..lexicon import NAMED_BODY, gender_of
from ..organizations import Organization, find_organizations, load_gazetteer

record_extension("organizations", Organization.from_dict)

_COORD_HYPHEN = re.compile(r"-(?=\s+og\s)")
_COORDINATORS = {"og", ",", "eller", "samt"}
KEEP_LABELS = {"GPE_ORG": {"international", "municipality", "government"},
               "GPE_LOC": {"international", "municipality", "government"}, "PROD": {"media", "company"}}
PARTY_ABBREVIATIONS = ("Ap", "AP", "H", "Frp", "FrP", "Sp", "SV", "R", "V", "KrF", "MDG", "INP")


def surface_variants(surface: str) -> set[str]:
    """A name as written, in the genitive, and without the hyphen of a coordinated name."""
    variants = {surface, _COORD_HYPHEN.sub("", surface)}
    for variant in list(variants):
        variants.add(variant + ("'" if variant[-1] in "sxz" else "s"))
    return variants


@Language.factory("nhotext_org_ruler", requires=["doc.ents"], assigns=["doc.ents"])
def make_org_ruler(nlp: Language, name: str) -> OrgRuler:
    return OrgRuler(nlp)


class OrgRuler:
    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        surfaces = sorted({v for s in load_gazetteer().detection_surfaces() for v in surface_variants(s)})
        self.matcher.add("ORG", list(nlp.tokenizer.pipe(surfaces)))  # type: ignore[union-attr]
        # a party in brackets after a politician: "Einar Busterud (H)"
        self.party_matcher = Matcher(nlp.vocab)
        self.party_matcher.add("PARTY", [[{"ORTH": "("}, {"ORTH": {"IN": list(PARTY_ABBREVIATIONS)}},
                                          {"ORTH": ")"}]])
        self.gazetteer = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, "ORG") for _, s, e in self.matcher(doc)]
        spans += [Span(doc, s + 1, e - 1, "ORG") for _, s, e in self.party_matcher(doc)]
        # a one-word name inside a longer name the gazetteer does not know ("VG Nett"): not a match
        spans = [m for m in spans if not (len(m) == 1 and m.end < len(doc) and doc[m.end].is_title
                                          and not doc[m.end].is_sent_start and m.label_ == "ORG"
                                          and doc[m.end].ent_type_ in ("", "PROD", "ORG"))]
        matches = filter_spans(spans)
        if matches:
            self._set(doc, matches)
        self._coordinated(doc)
        _named_bodies(doc)
        _place_bodies(doc)
        _camel_cased(doc)
        return doc

    def _coordinated(self, doc: Doc) -> None:
        """``Høyre og Arbeiderpartiet``, ``Mowi og SalMar``: a known one-word name the
        recognizer left out, coordinated with an organisation of the same kind."""
        ents = list(doc.ents)
        by_token = {i: ent for ent in ents if ent.label_ == "ORG" for i in range(ent.start, ent.end)}
        added = []
        for token in doc:
            if token.ent_type_ or not token.is_title or len(token) < 2:
                continue
            entry = self.gazetteer.lookup(token.text, genitive=False)
            if entry is None:
                continue
            neighbours = []
            if token.i + 2 < len(doc) and doc[token.i + 1].lower_ in _COORDINATORS:
                neighbours.append(by_token.get(token.i + 2))
            if token.i >= 2 and doc[token.i - 1].lower_ in _COORDINATORS:
                neighbours.append(by_token.get(token.i - 2))
            for ent in filter(None, neighbours):
                other = self.gazetteer.lookup(ent.text)
                if other is not None and other.kind == entry.kind:
                    added.append(Span(doc, token.i, token.i + 1, "ORG"))
                    break
        if added:
            doc.ents = sorted(ents + added, key=lambda s: s.start)

    def _set(self, doc: Doc, matches: list[Span]) -> None:
        """Gazetteer matches replace the entities they overlap, with two exceptions (see below)."""
        # where the recognizer read a state, a union of states or a municipality as a place (GPE_*), or a
        # newspaper as a product (PROD), on exactly the same words, its reading stands: NorNE's conventions
        keep = {(e.start, e.end) for e in doc.ents if e.label_ in KEEP_LABELS
                and (entry := self.gazetteer.lookup(e.text)) is not None and entry.kind in KEEP_LABELS[e.label_]}
        matches = [m for m in matches if (m.start, m.end) not in keep]
        # nor is a name broken out of a longer name the recognizer found ("VG TVs", "Euro Disney");
        # entities do not overlap, so each token has at most one (token maps keep this linear)
        ents = list(doc.ents)
        longer = {i: e for e in ents if e.label_ not in ("ORG", "PER") for i in range(e.start, e.end)}
        matches = [m for m in matches if not ((e := longer.get(m.start)) is not None and m.end <= e.end
                                              and len(e) > len(m))]
        # nor a surname in a person's name the recognizer found ("Gunnar Wilhelmsen", not the shipping company)
        named = {i for e in ents if e.label_ == "PER" and len(e) > 1 and gender_of(e[0].text)
                 for i in range(e.start + 1, e.end)}
        matches = [m for m in matches if not all(i in named for i in range(m.start, m.end))]
        match_at = {i: m for m in matches for i in range(m.start, m.end)}
        kept = []
        for ent in ents:
            inside = list({id(m): m for i in range(ent.start, ent.end) if (m := match_at.get(i)) is not None}.values())
            # the model's own longer ORG around one gazetteer name stays ("Oslo Cancer Cluster AS"),
            # unless what it adds are lower-case words ("Eidsiva vil anleggsarbeidet")
            if inside and not (ent.label_ == "ORG" and len(inside) == 1 and ent.start <= inside[0].start
                               and inside[0].end <= ent.end and _proper_extra(ent, inside[0])):
                continue
            kept.append(ent)
        covered = {i for ent in kept for i in range(ent.start, ent.end)}
        new = [m for m in matches if not any(i in covered for i in range(m.start, m.end))]
        doc.ents = sorted(kept + new, key=lambda s: s.start)


def _named_bodies(doc: Doc) -> None:
    """A capitalised compound on the head of a body (:data:`~nhotext.lexicon.NAMED_BODY`) the recognizer did not
    find (``Pensjonistforbundet krever at``, unknown to the model and the gazetteer) is an organisation."""
    added = [Span(doc, t.i, t.i + 1, "ORG") for t in doc if not t.ent_type_ and NAMED_BODY.fullmatch(t.text)]
    if added:
        doc.ents = sorted(list(doc.ents) + added, key=lambda s: s.start)


# A public body named by its place and a lower-case head: "Hedmarken herredsrett", "Bergen fengsel"
_BODY_HEAD = re.compile(r"(?:tingrett|herredsrett|byrett|lagmannsrett|forhørsrett|politidistrikt|lensmannskontor"
                        r"|politistasjon|sykehus|sjukehus|universitetssykehus|fengsel|brannvesen)s?$")


def _place_bodies(doc: Doc) -> None:
    """A place the recognizer found with the head noun of a public body left out after it (``Hedmarken``
    ``herredsrett``): the whole name is an organisation (the body's pattern gives its kind)."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        after = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ in ("GPE_LOC", "LOC") and after is not None and not after.ent_type_ and after.is_lower \
                and _BODY_HEAD.fullmatch(after.lower_):
            ents[k] = Span(doc, ent.start, ent.end + 1, "ORG")
            changed = True
    if changed:
        doc.ents = ents


# A word with a capital inside after four or more small letters ("TrønderEnergi", "SpareBank"): a brand, not a
# person's name ("McDonald", "DiCaprio", "LeBlanc" have short prefixes)
_CAMEL = re.compile(r"[A-ZÆØÅ][a-zæøå]{3,}[A-ZÆØÅ][a-zæøå]+")


def _camel_cased(doc: Doc) -> None:
    """A one-word person the recognizer found written as a brand (``Utbyggeren TrønderEnergi mener``) is an
    organisation."""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ == "PER" and len(ent) == 1 and _CAMEL.fullmatch(ent.text.removesuffix("s")):
            ents[k] = Span(doc, ent.start, ent.end, "ORG")
            changed = True
    if changed:
        doc.ents = ents


def _proper_extra(ent: Span, match: Span) -> bool:
    extra = [t for t in ent if t.i < match.start or t.i >= match.end]
    return all(t.is_title or t.is_upper or t.is_digit or t.is_punct for t in extra)


@Language.factory("nhotext_organizations", requires=["doc.ents"], assigns=["doc._.organizations"])
def make_organizations(nlp: Language, name: str) -> Organizations:
    return Organizations()


class Organizations:
    def __call__(self, doc: Doc) -> Doc:
        doc._.organizations = find_organizations(doc)
        return doc
