"""A learned choice of a pronoun's antecedent. The candidates of a ``han``/``hun``/``ham``/``henne``/
``hans``/``hennes`` are people, not mentions: everyone named (or taken up by a title) outside quoted speech in
its sentence and the three before, and everyone named further back, once each, nearest first; a first name of
the other gender is never one. Each is described by features of the parse and morphology (sentences back, counted
in the narrative; rank; grammatical role and the clause shared with the pronoun; genitive; how often the person
was named and a subject) and scored by a conditional logit; the best-scored person's nearest mention is the
antecedent.

The weights are learned from NARC's training documents and our quote set's pronoun speakers
(:mod:`nhotext.training.coref`) and shipped in ``resources/coref_pronouns.json``; NARC's development documents
measure them (:func:`nhotext.coref.narc.evaluate_narc`).
"""

from __future__ import annotations

import bisect
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Protocol
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Token

from ..lexicon import reporting_verb_set
from .mentions import Mention, Person


class People(Protocol):
    """What the ranking reads of :class:`nhotext.coref.People`."""

    doc: Doc
    mentions: list[Mention]
    sentence_starts: list[int]
    revision: int  # counts the mentions added after the names (titles)

    def visible(self, before: int, region: tuple[int, int] | None) -> Iterator[Mention]: ...

    def quote_region(self, offset: int) -> tuple[int, int] | None: ...

    def in_quote(self, offset: int) -> bool: ...


CANDIDATE_SENTENCES = 3  # sentences back (beyond the pronoun's own) whose mentions are candidates
MAX_SCANNED = 400  # mentions looked at before giving up on people named further back
MAX_PERSONS = 8  # people, nearest first, among whom the antecedent is chosen
POSSESSIVE = {"hans", "hennes"}
OBJECT = {"ham", "henne"}
WEIGHTS_FILE = "coref_pronouns.json"


def _bucket(value: int, top: int) -> str:
    return str(value) if value < top else f"{top}+"


def clause_head(token: Token) -> Token:
    """The finite verb (or the root) of the clause ``token`` stands in."""
    head = token.head
    while head.i != head.head.i:
        if head.pos_ in ("VERB", "AUX") and (head.morph.get("Tense", []) or head.morph.get("Mood", [])):
            return head
        head = head.head
    return head


_NARRATIVE: WeakKeyDictionary[People, list[int]] = WeakKeyDictionary()


def narrative_starts(people: People) -> list[int]:
    """Where the sentences outside quoted speech start (their first word not in a quote)."""
    if people not in _NARRATIVE:
        starts = []
        for sent in people.doc.sents:
            first = next((t for t in sent if not (t.is_punct or t.is_space)), sent[0])
            if not people.in_quote(first.idx):
                starts.append(sent.start_char)
        _NARRATIVE[people] = starts
    return _NARRATIVE[people]


@dataclass
class _Counts:
    """Where each person is named (and is a subject) outside quoted speech, for counts before a pronoun."""

    revision: int
    named: dict[Person, list[int]] = field(default_factory=dict)
    subject: dict[Person, list[int]] = field(default_factory=dict)
    leader_at: list[int] = field(default_factory=list)  # where the most named person so far changes
    leader: list[Person | None] = field(default_factory=list)


_COUNTS: WeakKeyDictionary[People, _Counts] = WeakKeyDictionary()


def _counts(people: People) -> _Counts:
    counts = _COUNTS.get(people)
    if counts is None or counts.revision != people.revision:  # a title mention added since
        counts = _Counts(people.revision)
        best, best_n = None, 0
        for m in people.mentions:
            if m.kind != "pronoun" and not m.quoted:
                counts.named.setdefault(m.person, []).append(m.start)
                if m.subject:
                    counts.subject.setdefault(m.person, []).append(m.start)
                n = len(counts.named[m.person])
                if n > best_n:  # the first to reach the highest count leads; a tie keeps the leader
                    if m.person is not best:
                        counts.leader_at.append(m.start + 1)
                        counts.leader.append(m.person)
                    best, best_n = m.person, n
        _COUNTS[people] = counts
    return counts


def named_in_clause(people: People, pronoun: Token) -> set[Person]:
    """The people a subject ``han``/``hun`` cannot stand for: those named after it in its own clause (``Han så på
    maskinist Johansen og sa:``; binding: a pronoun is not the name it governs)."""
    if pronoun.lower_ not in ("han", "hun") or pronoun.dep_ not in ("SUBJ", "nsubj"):
        return set()
    sent, clause = pronoun.sent, clause_head(pronoun)
    k = bisect.bisect_right(people.mentions, pronoun.idx, key=lambda m: m.start)
    found = set()
    for mention in people.mentions[k:]:
        if mention.start >= sent.end_char:
            break
        token = pronoun.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if mention.kind == "name" and token is not None and clause_head(token.root).i == clause.i:
            found.add(mention.person)
    return found


class Candidates:
    """The people a pronoun can stand for, nearest first (:attr:`chosen`, each by its nearest mention), with
    the facts their features need."""

    def __init__(self, people: People, pronoun: Token, gender: str | None, excluded: frozenset[Person] = frozenset()):
        self.people = people
        self.pronoun = pronoun
        self.gender = gender
        region = people.quote_region(pronoun.idx)
        # outside quoted speech, distance counts the narrative's sentences: the speaker of a long dash
        # quote is named in the sentence before it, however many sentences the quote holds
        starts = people.sentence_starts if region is not None else narrative_starts(people)
        here = bisect.bisect_right(starts, pronoun.idx)
        self.mentions: list[Mention] = []
        self.sentence_distance: list[int] = []
        persons: set[Person] = set()
        disjoint = named_in_clause(people, pronoun) | excluded  # (and whom the caller knows it is not)
        for scanned, mention in enumerate(people.visible(pronoun.idx, region)):
            if gender is not None and mention.person.gender not in (None, gender) or mention.person in disjoint:
                continue  # a first name of the other gender; someone named in the pronoun's own clause
            distance = here - bisect.bisect_right(starts, mention.start)
            if distance > CANDIDATE_SENTENCES and scanned > MAX_SCANNED:
                break
            if distance > CANDIDATE_SENTENCES and mention.person in persons:
                continue  # beyond the window, a person once (the main person of a profile, named long ago)
            if len(persons | {mention.person}) > MAX_PERSONS:
                break
            persons.add(mention.person)
            self.mentions.append(mention)
            self.sentence_distance.append(distance)
        counts = _counts(people)
        persons_here = {m.person for m in self.mentions}
        self.named_before = {p: bisect.bisect_left(counts.named.get(p, []), pronoun.idx) for p in persons_here}
        self.subject_before = {p: bisect.bisect_left(counts.subject.get(p, []), pronoun.idx) for p in persons_here}
        k = bisect.bisect_right(counts.leader_at, pronoun.idx) - 1
        self.most_named = counts.leader[k] if k >= 0 else None
        # each person once, by the nearest mention: the choice is between people
        self.window: dict[Person, list[int]] = {}
        for k, mention in enumerate(self.mentions):
            self.window.setdefault(mention.person, []).append(k)
        self.chosen = [self.mentions[indices[0]] for indices in self.window.values()]

    def features(self) -> list[dict[str, float]]:
        """One row per person among the candidates (nearest first, as :attr:`chosen`), described by their
        nearest mention and by all their mentions in the window."""
        doc = self.pronoun.doc
        pronoun = self.pronoun
        form = pronoun.lower_
        p_kind = "poss" if form in POSSESSIVE else "obj" if form in OBJECT else "subj"
        p_clause = clause_head(pronoun)
        p_quoted = self.people.in_quote(pronoun.idx)
        p_first = pronoun.is_sent_start or pronoun.i == pronoun.sent.start
        said = reporting_verb_set()
        p_says = pronoun.head.lemma_ in said or pronoun.head.lower_ in said  # "sier han"
        rows: list[dict[str, float]] = []
        for rank, indices in enumerate(self.window.values()):
            mention, distance = self.mentions[indices[0]], self.sentence_distance[indices[0]]
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            token = span.root if span is not None else doc[0]
            gender = mention.person.gender
            agree = "unknown" if self.gender is None or gender is None else "yes"  # the other gender is no candidate
            same_clause = distance == 0 and clause_head(token).i == p_clause.i
            f: dict[str, float] = {
                f"sent={_bucket(distance, 3)}": 1.0,
                f"rank={_bucket(rank, 3)}": 1.0,
                f"agree={agree}": 1.0,
                f"kind={mention.kind}": 1.0,
                f"dep={token.dep_ if token.dep_ in _DEPS else 'other'}": 1.0,
                "log_tokens": math.log1p(max(0, pronoun.i - token.i)) / 4,
                "log_named": math.log1p(self.named_before.get(mention.person, 0)) / 2,
                "log_window": math.log1p(len(indices)) / 2,
                "most_named": float(mention.person is self.most_named),
                "full_name": float(len(mention.person.name.split()) > 1),
                "log_subject": math.log1p(self.subject_before.get(mention.person, 0)) / 2,
            }
            if mention.subject:
                f["c_subj"] = 1.0
                f[f"c_subj*sent={_bucket(distance, 2)}"] = 1.0
                f[f"c_subj*p={p_kind}"] = 1.0
            if any(self.mentions[k].subject and self.sentence_distance[k] <= 1 for k in indices):
                f["subj_near"] = 1.0
            if same_clause:
                f[f"same_clause*p={p_kind}"] = 1.0
                if mention.subject:
                    f[f"same_clause*c_subj*p={p_kind}"] = 1.0
            if "Gen" in token.morph.get("Case", []) or token.dep_ == "DET" and token.pos_ == "PROPN":
                f["c_gen"] = 1.0
            if token.head.lemma_ in said or token.head.lower_ in said:
                f["c_says"] = 1.0
            if mention.quoted:
                f["same_quote"] = 1.0
            if p_quoted:
                f[f"p_quoted*agree={agree}"] = 1.0
            if p_first:
                f[f"p_first*sent={_bucket(distance, 2)}"] = 1.0
                if mention.subject:
                    f["p_first*c_subj"] = 1.0
            if p_says:
                f[f"p_says*sent={_bucket(distance, 2)}"] = 1.0
                if mention.subject:
                    f["p_says*c_subj"] = 1.0
                if token.head.lemma_ in said or token.head.lower_ in said:
                    f["p_says*c_says"] = 1.0
            if span is not None and token.i - span.sent.start <= 2:
                f["c_first"] = 1.0
            rows.append(f)
        return rows


_DEPS = {"SUBJ", "DOBJ", "IOBJ", "PUTFYLL", "APP", "KOORD", "DET", "ATR", "SPRED", "FLAT", "FSUBJ", "PSUBJ"}


DESCRIBED_SENTENCES = 3  # sentences back in which someone described keeps a pronoun from a name given later


def described_before(people: People, at: int) -> bool:
    """An unnamed source introduced in the sentence of ``at`` or the three before, outside quoted speech: an
    indefinite singular noun, the subject of a verb of saying (``sier en irritert stamkunde``); a pronoun after it
    is not the person the article names next."""
    here = bisect.bisect_right(people.sentence_starts, at) - 1
    start = people.sentence_starts[max(0, here - DESCRIBED_SENTENCES)]
    said = reporting_verb_set()
    return any(t.dep_ in ("SUBJ", "nsubj") and t.pos_ == "NOUN" and "Ind" in t.morph.get("Definite", [])
               and "Sing" in t.morph.get("Number", []) and (t.head.lemma_ in said or t.head.lower_ in said)
               and any(c.lower_ in ("en", "ei", "et") for c in t.lefts) and not people.in_quote(t.idx)
               for t in people.doc.char_span(start, at, alignment_mode="contract") or ())


@cache
def weights() -> dict[str, float] | None:
    """The learned weights, or None when the resource is missing (the rules then decide)."""
    path = resources.files("nhotext.resources").joinpath(WEIGHTS_FILE)
    if not path.is_file():
        return None
    return dict(json.loads(path.read_text(encoding="utf-8"))["weights"])


def score(row: dict[str, float], model: dict[str, float]) -> float:
    return sum(model.get(name, 0.0) * value for name, value in row.items())


def choose(candidates: Candidates, model: dict[str, float]) -> Mention | None:
    """The candidate the model scores highest; None when there is none, or, for ``han``/``hun``, when the best is
    more than three sentences back, named once and of no known gender (``Dylan`` in a list 40 sentences before
    ``Hun skrek og bannet.``, in the narrative): the pronoun then most likely stands for someone never named (on
    NARC train such choices were wrong 28 times and right once; in quoted speech, and for the possessive and object
    forms, the rule loses more than it gains)."""
    rows = candidates.features()
    if not rows:
        return None
    best = max(range(len(rows)), key=lambda k: score(rows[k], model))
    chosen = candidates.chosen[best]
    person = chosen.person
    if candidates.pronoun.lower_ in ("han", "hun") and person.gender is None and candidates.named_before[person] <= 1 \
            and candidates.sentence_distance[candidates.window[person][0]] > CANDIDATE_SENTENCES \
            and not candidates.people.in_quote(candidates.pronoun.idx):
        return None
    return chosen
