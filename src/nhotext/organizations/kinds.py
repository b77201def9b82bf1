"""What kind of organisation a name is: gazetteer, then name pattern, then context."""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span

from .gazetteer import Gazetteer, OrgEntry, load_gazetteer

# Tokens that may stand between a context cue and the name it governs:
# "selskapet Vrinn", "det svenske selskapet Vrinn", "klyngene X, Y og Z".
_LIST_WORDS = {",", "og", "eller", "samt", "med", "henholdsvis", "fra", "blant", "annet", "bl.a.", "som",
               "både", "i", "(", ")", "«", "»", '"', "nye", "to", "tre", "fire", "fem", "nemlig"}
_CUE_WINDOW = 3
_LIST_WINDOW = 25


# The kind an organisation gets when neither the gazetteer, a name pattern nor the context says
# anything: the commonest kind of organisations no list knows (brands, firms, shops), not "other",
# which needs positive evidence (a band, a religious or armed group). The confidence says how often
# a decision on that evidence was right on NorNE dev (typed by hand): gazetteer 228/228, patterns
# 14/14, context cues 3/3 (few), default 9 of 24; the neighbours' kind (kind_from_neighbours) 26 of 80 on
# the three sets of unseen names together. On organisations no list knows (NorNE train, typed by
# hand) kinds are right for 0.30 of them, 0.24 with "other" as the default: see docs/organizations.md.
DEFAULT_KIND = "company"
CONFIDENCE = {"gazetteer": 0.95, "pattern": 0.9, "context": 0.8, "neighbours": 0.35, "default": 0.4}
# How far (in sentences either way) an organisation's neighbours are looked for: see kind_from_neighbours.
NEIGHBOUR_SENTENCES = 2


def confidence(evidence: str) -> float:
    """How much to trust a kind decided on ``evidence`` (see :data:`CONFIDENCE`)."""
    return CONFIDENCE.get(evidence, CONFIDENCE["default"])


@dataclass(frozen=True)
class KindDecision:
    kind: str
    evidence: str  # "gazetteer" | "pattern" | "context" | "neighbours" | "default"
    entry: OrgEntry | None = None

    @property
    def confidence(self) -> float:
        return confidence(self.evidence)


@cache
def name_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p), k) for p, k in _read_tsv("org_patterns.tsv"))


@cache
def context_cues() -> dict[str, str]:
    return dict(_read_tsv("org_context.tsv"))


def _read_tsv(name: str) -> list[tuple[str, str]]:
    text = resources.files("nhotext.resources").joinpath(name).read_text(encoding="utf-8")
    rows = csv.reader([line for line in text.splitlines() if line and not line.startswith("#")],
                      delimiter="\t", quoting=csv.QUOTE_NONE)
    next(rows)  # header
    return [(row[0], row[1]) for row in rows if len(row) >= 2]


def kind_from_pattern(name: str) -> str | None:
    for pattern, kind in name_patterns():
        if pattern.search(name):
            return kind
    return None


def kind_from_context(span: Span) -> str | None:
    """A cue word just before the name (``selskapet X``), or a cluster cue
    governing a list the name is part of (``klyngesøknader fra ... A, B og C``); a party tag in
    brackets after a person (``Ronny Alte (NDL)``); a photo credit (``Foto: Ivan Alvarado, Reuters /
    Scanpix``)."""
    doc, cues = span.doc, context_cues()
    bracketed = span.start > 1 and span.end < len(doc) and doc[span.start - 1].text == "(" \
        and doc[span.end].text == ")"
    if bracketed and doc[span.start - 2].ent_type_ == "PER" and len(span) == 1 and span.text.isupper():
        return "party"
    window = doc[max(0, span.start - 8):span.start]
    before = doc[span.start - 1].text if span.start > 0 else ""
    if any(t.lower_ == "foto" for t in window) and (before == "/" or before == ":" and len(window) > 1
                                                     and window[-2].lower_ == "foto"):
        return "media"  # the agency of a photo credit: "Foto: NTB Scanpix", "Reuters / Scanpix"
    words = _passage_words(span)
    if _sports_sentence(span, words):
        return "sports"
    if len(words & MUSIC_WORDS) >= 2:
        return "other"  # a band in a passage about music (positive evidence for "other")
    if publishes(span):
        return "media"
    role = tied_role(span) or _predicate_cue(span) or _others_after(span)
    if role is not None:
        return role
    sent_start = span.sent.start if doc.has_annotation("SENT_START") else max(0, span.start - _LIST_WINDOW)
    for i in range(span.start - 1, max(sent_start, span.start - _CUE_WINDOW) - 1, -1):
        kind = cue_kind(doc[i].lower_)
        if kind:
            return kind
    # list governed by a cue further back: only list words and other names in between
    for i in range(span.start - 1, max(sent_start, span.start - _LIST_WINDOW) - 1, -1):
        token = doc[i]
        kind = cues.get(token.lower_) or _compound_cue(token.lower_)  # "fotballklubbene i Roma, nemlig Lazio"
        if kind:
            return kind
        # other names of the list, found by the recognizer or not ("Trebyen, Fjellmat og Snøtek")
        if not (token.ent_type_ or token.is_title or token.lower_ in _LIST_WORDS or token.is_punct
                or token.is_space):
            return None
    return None


# Words of a sports report (lemmas): a team named by its town or nickname ("Bryne", "Rangers") is a
# club in a passage about a match (its sentence and the sentences either side). A score line ("3-1",
# "2 - 0") in its sentence says the same.
SPORTS_WORDS = {"kamp", "seier", "tap", "uavgjort", "mål", "scoring", "score", "poeng", "tabell", "tabelltopp",
                "serie", "seriekamp", "cupkamp", "finale", "semifinale", "kvartfinale", "hjemmebane", "bortebane",
                "trener", "spiller", "keeper", "spiss", "midtbane", "ligaen", "eliteserien", "tippeligaen",
                "divisjon", "sesong", "overgang", "kontrakt", "motstander", "playoff", "sluttspill", "nedrykk",
                "opprykk", "straffe", "frispark", "corner", "hat-trick", "scorer", "mesterliga"}
_SCORE = re.compile(r"^\d{1,2}$")
# Sports words as common in politics and business ("seieren i vippestaten", "kampen om Ohio"): two of these
# alone do not make a match report.
WEAK_SPORTS_WORDS = {"kamp", "seier", "tap", "motstander", "sesong", "kontrakt", "overgang", "serie", "poeng",
                     "divisjon", "spiller", "finale"}


# Words of a passage about music (lemmas): a name no list knows among them is a band ("other").
MUSIC_WORDS = {"album", "plate", "låt", "sang", "konsert", "turné", "gitar", "gitarist", "vokalist", "vokal",
               "trommeslager", "bassist", "band", "debutalbum", "singel", "musikk", "musiker", "rockeband",
               "platekontrakt", "spillejobb", "refreng", "tekst", "melodi", "studioalbum", "liveplate"}


def _passage_words(span: Span) -> set[str]:
    """The word forms (:func:`_forms`) of the sentence of ``span`` and the sentences either side, the
    span left out; empty without sentences."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return set()
    sent = span.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    after = doc[sent.end].sent if sent.end < len(doc) else sent
    return {form for t in doc[before.start:after.end] if not (span.start <= t.i < span.end) for form in _forms(t)}


def _forms(token) -> set[str]:
    """The lemma and the word without a definite or plural ending (``låtene`` -> ``låt``, which the
    lemmatizer may get wrong)."""
    lower = token.lower_
    return {(token.lemma_ or lower).lower(), lower} | {lower[:-len(e)] for e in ("ene", "en", "et", "er", "a")
                                                       if lower.endswith(e) and len(lower) > len(e) + 2}


def _sports_sentence(span: Span, words: set[str]) -> bool:
    """Whether the passage around ``span`` (its :func:`_passage_words`) reports a match: two sports words
    in its sentence or the sentences either side, or a score line in its sentence."""
    if not span.doc.has_annotation("SENT_START"):
        return False
    found = words & SPORTS_WORDS
    if len(found) >= 2 and (found - WEAK_SPORTS_WORDS or len(found) >= 3):
        return True
    tokens = list(span.sent)
    return any(_SCORE.match(a.text) and b.text in ("-", "–") and _SCORE.match(c.text)
               for a, b, c in zip(tokens, tokens[1:], tokens[2:]))


# Verbs whose subject, as an organisation, is a newspaper or broadcaster: "skriver Politiken", "CBS melder".
PUBLISHING_VERBS = {"skrive", "melde", "publisere", "sende", "kringkaste", "avsløre"}


def publishes(span: Span) -> bool:
    """Whether the organisation is the subject of a verb of publishing, or its agent in the passive
    (``omtalt av Tønsbergs Blad``), as the parse says."""
    head = span.root
    if head.dep_ in ("SUBJ", "nsubj"):
        return (head.head.lemma_ or "").lower() in PUBLISHING_VERBS
    preposition = head.head
    return head.dep_ in ("PUTFYLL", "pobj", "obl") and preposition.lower_ == "av" \
        and (preposition.head.lemma_ or "").lower() in PUBLISHING_VERBS | {"omtale"}


# Verbs of saying whose "til X" is the medium spoken to: "sier han til NRK" (or "i et intervju med X").
SAYING_TO = {"si", "fortelle", "uttale", "bekrefte", "opplyse", "kommentere", "avkrefte", "svare", "forklare",
             "understreke", "innrømme", "mene"}
_TIES = {"ved", "i", "hos", "for", "på", "fra"}


@cache
def roles() -> dict[str, str]:
    return dict(_read_tsv("org_roles.tsv"))


def _role_kind(token) -> str | None:
    """The kind a role noun says (its lemma, or a compound ending in one: ``hovedtrener``)."""
    if token.pos_ not in ("NOUN", "PROPN") and not token.is_lower:
        return None
    known = roles()
    for form in _forms(token):
        kind = known.get(form) or next((k for role, k in known.items() if form.endswith(role)
                                        and len(form) - len(role) >= 3 and form.isalpha()), None)
        if kind:
            return kind
    return None


def _others_after(span: Span) -> str | None:
    """A list that ends in its kind: ``NBC, CNN og flere andre nyhetsorganisasjoner``, ``X og andre partier``."""
    doc, end = span.doc, min(len(span.doc), span.end + _LIST_WINDOW)
    for i in range(span.end, end - 1):
        token = doc[i]
        if token.lower_ == "andre":
            word = doc[i + 1].lower_
            return context_cues().get(word) or _compound_cue(word)
        if not (token.ent_type_ or token.is_title or token.lower_ in _LIST_WORDS or token.is_punct
                or token.lower_ in ("flere", "mange")):
            return None
    return None


def _predicate_cue(span: Span) -> str | None:
    """The kind a cue noun says as the name's predicate: ``Chelsea er den første klubben som ...``."""
    head = span.root
    if head.dep_ not in ("SUBJ", "nsubj") or (head.head.lemma_ or "").lower() not in ("være", "bli"):
        return None
    for child in head.head.children:
        if child.dep_ in ("SPRED", "attr", "xcomp") and child.i > head.i:
            return cue_kind(child.lower_)
    return None


def cue_kind(word: str) -> str | None:
    """The kind a cue word says as written, in its indefinite form (``fagforening X`` for ``fagforeningen``)
    or as a compound on a cue (``entreprenørselskapet``)."""
    cues = context_cues()
    found = cues.get(word) or cues.get(word + "en") or cues.get(word + "et") or _compound_cue(word)
    if found is None and word.isalpha() and not word.endswith(("en", "et", "a", "e", "s")):  # "katastrofeetat"
        found = _compound_cue(word + "en") or _compound_cue(word + "et")
    return found


def tied_role(span: Span) -> str | None:
    """The kind a person's role tied to the name says (``forsker ved X``, ``Chelseas trener``), or a medium
    spoken to (``sier han til X``, ``i et intervju med X``)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "til" and (before.head.lemma_ or "").lower() in SAYING_TO:
        return "media"
    if before is not None and before.lower_ == "med" and span.start > 1 and doc[span.start - 2].lower_.startswith(
            "intervju"):
        return "media"
    if before is not None and before.lower_ in _TIES and span.start > 1:
        role = doc[span.start - 2]
        if role.ent_type_ == "PER":  # "Forsker Kari Moe ved X": the role before the person's name
            i = role.i
            while i > 0 and doc[i].ent_type_ == "PER" and doc[i].ent_iob_ != "B":
                i -= 1
            role = doc[i - 1] if i > 0 else role
        kind = _role_kind(role)
        if kind:
            return kind
    if span.end < len(doc) and span[-1].lower_.endswith("s") and span[-1].lower_ != span.root.lemma_.lower():
        return _role_kind(doc[span.end])  # a genitive owner: "Chelseas trener"
    return None


@cache
def _cues_by_length() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(context_cues().items(), key=lambda item: -len(item[0])))


def _compound_cue(word: str) -> str | None:
    """A compound on a cue word says the same kind (``entreprenørselskapet``, ``kulturorganisasjonen``):
    Norwegian compounds end in their head."""
    if "-" in word.strip("-"):  # "NHL-lagene", "TV-kanalen": the head after the hyphen
        head = word.rpartition("-")[2]
        return context_cues().get(head)  # exact: "FN-sambandet" is no "-bandet"
    if not word.isalpha() or len(word) < 8:
        return None
    return next((kind for cue, kind in _cues_by_length() if word.endswith(cue) and len(word) - len(cue) >= 3), None)


def classify(name: str, span: Span | None = None, gazetteer: Gazetteer | None = None) -> KindDecision:
    """The kind of the organisation ``name`` (optionally seen at ``span``), with its evidence."""
    gazetteer = gazetteer or load_gazetteer()
    entry = gazetteer.lookup(name)
    if entry is None and " " not in name and name[-1:].islower():
        entry = gazetteer.lookup(name + "et") or gazetteer.lookup(name + "en")  # "Storting" for "Stortinget"
    if entry is not None:
        return KindDecision(entry.kind, "gazetteer", entry)
    kind = kind_from_pattern(name)
    if kind is None and len(name) > 4 and name.endswith("s") and not name.endswith("ss"):
        kind = kind_from_pattern(name[:-1])  # a genitive: "Sannhetsutvalgets"
    if kind is not None:
        return KindDecision(kind, "pattern")
    words = name.split()
    last = words[-1].lower() if words else ""
    # "Norsk Polarinstitutt Selskap": a head noun of its own (a cue word without its definite ending)
    headed = any(last in (cue, cue[:-2], cue[:-1]) for cue in context_cues()) and len(last) > 3
    named = span is not None and span.start > 0 and cue_kind(span.doc[span.start - 1].lower_)
    if named:  # "Oppdrettsselskapet Nordlys Sjømat": the article says what it is, whatever name leads it
        return KindDecision(named, "context")
    for k in range(len(words) - 1, 0, -1) if not headed else ():  # a known leading name: "VG Nett"
        leading = gazetteer.lookup(" ".join(words[:k]))
        if leading is not None and leading.kind not in ("place", "other"):
            return KindDecision(leading.kind, "gazetteer")
    if span is not None:
        kind = kind_from_context(span)
        if kind is not None:
            return KindDecision(kind, "context")
    return KindDecision(DEFAULT_KIND, "default")


def sentence_starts(doc) -> list[int]:
    """The token index each sentence of ``doc`` starts at (one sentence without a parse)."""
    return [sent.start for sent in doc.sents] if doc.has_annotation("SENT_START") else [0]


def kind_from_neighbours(spans: Iterable[Span], known: Sequence[tuple[Span, str]],
                         window: int = NEIGHBOUR_SENTENCES, starts: Sequence[int] | None = None) -> str | None:
    """The commonest kind among organisations whose kind rests on the gazetteer or a name pattern
    (``known``: their mentions and kinds) within ``window`` sentences of one of ``spans``, the
    mentions of an organisation nothing else types. A news story is about one field: a club no
    list knows stands among clubs and leagues (``Penguins mot Senators``), a foreign party among
    parties, an agency among ministries and agencies. On organisations no list knows (NorNE train,
    the tuning set) 17 of 43 such decisions were right, against 8 of 35 for the default ``company``;
    on the untouched report set 9 of 33 (the default 18 of 69), on NorNE dev mentions 0 of 4: a
    weak signal, hence its low confidence. ``starts``: :func:`sentence_starts` of the document, for a
    caller that asks about several organisations of one document."""
    spans = list(spans)
    if not spans or not known:
        return None
    starts = starts if starts is not None else sentence_starts(spans[0].doc)

    def sentence(token_index: int) -> int:
        return bisect_right(starts, token_index) - 1

    own = {sentence(span.start) for span in spans}
    names = {span.text for span in spans}
    votes = Counter(kind for span, kind in known if kind != "place" and span.text not in names
                    and any(abs(sentence(span.start) - i) <= window for i in own))
    return votes.most_common(1)[0][0] if votes else None
