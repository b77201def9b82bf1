"""Duplicated paragraphs inside one article: exact, near, contained and sentence repeats.

Pairs come from a candidate index, never from a loop over all pairs: exact
repeats share a key (their normalised words), other candidates share word
3-gram shingles or a whole sentence. Each candidate is then verified with a
real similarity (rapidfuzz's normalised Indel similarity on the normalised
text) and classified:

``exact``
    equal after normalisation (case, whitespace, dashes, quote marks, punctuation);
``near``
    similarity of the two paragraphs at least ``threshold``;
``contained``
    the shorter paragraph is (nearly, at least ``threshold``) all inside the longer;
``sentence``
    they share a sentence of at least ``min_sentence_words`` words (itself equal or
    near, at least ``threshold``) but neither contains the other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from ..reading import Paragraph, split_paragraphs
from ..text import Normalized, key, normalize, shingles, split_sentences
from .thresholds import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD, EXTENSION_MIN_WORDS, MIN_SENTENCE_WORDS

# A shingle found in more paragraphs than this is too common to suggest a pair.
MAX_POSTING = 200
# An exact group of more paragraphs than this lists only the pairs with its first member.
MAX_GROUP_PAIRS = 8
KINDS = ("exact", "near", "contained", "sentence")


@dataclass(frozen=True)
class Duplicate:
    """A related pair of paragraphs; spans are character offsets into the article."""

    kind: str
    first: int
    second: int
    similarity: float
    first_span: tuple[int, int]
    second_span: tuple[int, int]

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Duplicate:
        return cls(record["kind"], record["first"], record["second"], record["similarity"],
                   tuple(record["first_span"]), tuple(record["second_span"]))

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "first": self.first,
            "second": self.second,
            "similarity": round(self.similarity, 4),
            "first_span": list(self.first_span),
            "second_span": list(self.second_span),
        }


@dataclass
class _Unit:
    """A paragraph ready for comparison."""

    paragraph: Paragraph
    norm: Normalized
    sentences: list[tuple[Normalized, int]] = field(default_factory=list)  # (normalised, n words)

    @property
    def n_words(self) -> int:
        return len(self.norm.words)


def find_duplicates(
    paragraphs: Sequence[Paragraph] | str,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    min_words: int = DEFAULT_MIN_WORDS,
    min_sentence_words: int = MIN_SENTENCE_WORDS,
) -> list[Duplicate]:
    """Every related pair of paragraphs of one article, sorted by ``(first, second)``.

    Args:
        paragraphs: the article's paragraphs (or its text, split by the reader's rules).
        threshold: minimum similarity in [0, 1] for ``near``, ``contained`` and
            near-equal shared sentences.
        min_words: paragraphs with fewer words are ignored, except that exact
            repeats are still reported when ``min_words`` is 1 or 2 and the
            paragraph has at least that many words.
        min_sentence_words: the shortest shared sentence that counts.

    Raises:
        ValueError: a threshold outside (0, 1] or ``min_words`` below 1.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    if min_words < 1:
        raise ValueError(f"min_words must be at least 1, got {min_words}")
    if isinstance(paragraphs, str):
        paragraphs = split_paragraphs(paragraphs)
    units = [_Unit(p, normalize(p.text, base=p.start)) for p in paragraphs]
    found: dict[tuple[int, int], Duplicate] = {}

    # 1. exact repeats: same key. Repeats are grouped before pairs are formed: a group of up to
    # MAX_GROUP_PAIRS gets every pair, a larger one only the pairs with its first member, so 50,000
    # copies of one paragraph cost 50,000 pairs, not 1.25 billion (the groups are in ``group_duplicates``).
    by_key: dict[str, list[_Unit]] = defaultdict(list)
    for unit in units:
        if unit.n_words >= min_words:
            by_key[unit.norm.text].append(unit)
    members: dict[int, list[_Unit]] = {}  # first member's index -> the group
    for group in by_key.values():
        members[group[0].paragraph.index] = group
        pairs = combinations(group, 2) if len(group) <= MAX_GROUP_PAIRS else ((group[0], u) for u in group[1:])
        for a, b in pairs:
            found[(a.paragraph.index, b.paragraph.index)] = Duplicate(
                "exact", a.paragraph.index, b.paragraph.index, 1.0, _whole(a), _whole(b)
            )

    # 2. candidates from shared shingles and shared sentences, between one member of each exact group
    comparable = [u for u in units if u.n_words >= max(min_words, DEFAULT_MIN_WORDS)
                  and u.paragraph.index in members]
    for unit in comparable:
        unit.sentences = _sentences(unit, min_sentence_words)
    for a, b in _candidates(comparable):
        duplicate = _compare(a, b, threshold)
        if duplicate is None:
            continue
        group_a, group_b = members[a.paragraph.index], members[b.paragraph.index]
        if len(group_a) * len(group_b) > MAX_GROUP_PAIRS ** 2:  # large groups: their first members stand for them
            found[(duplicate.first, duplicate.second)] = duplicate
            continue
        for ma in group_a:
            for mb in group_b:
                if ma is not a or mb is not b:
                    for unit in (ma, mb):
                        unit.sentences = unit.sentences or _sentences(unit, min_sentence_words)
                    first, second = (ma, mb) if ma.paragraph.index < mb.paragraph.index else (mb, ma)
                    duplicate = _compare(first, second, threshold)
                if duplicate is not None:
                    found[(duplicate.first, duplicate.second)] = duplicate
    return sorted(found.values(), key=lambda d: (d.first, d.second))


@dataclass(frozen=True)
class DuplicateGroup:
    """Paragraphs that are all copies of one another: exact repeats, or exact and near repeats joined
    (``kind`` is ``exact`` when every link is exact, else ``near``); ``spans`` are the paragraphs'."""

    kind: str
    members: tuple[int, ...]
    spans: tuple[tuple[int, int], ...]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "group": list(self.members), "spans": [list(s) for s in self.spans]}


def group_duplicates(duplicates: Sequence[Duplicate], paragraphs: Sequence[Paragraph]) -> list[DuplicateGroup]:
    """The groups of paragraphs joined by exact and near repeats (contained and shared-sentence
    repeats are relations between two paragraphs, not copies, and stay pairs)."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    near_groups = set()
    for d in duplicates:
        if d.kind in ("exact", "near"):
            a, b = find(d.first), find(d.second)
            if a != b:
                parent[max(a, b)] = min(a, b)
    for d in duplicates:
        if d.kind == "near":
            near_groups.add(find(d.first))
    groups: dict[int, list[int]] = defaultdict(list)
    for x in parent:
        groups[find(x)].append(x)
    by_index = {p.index: p for p in paragraphs}
    return [DuplicateGroup("near" if root in near_groups else "exact", tuple(sorted(found)),
                           tuple((by_index[i].start, by_index[i].end) for i in sorted(found)))
            for root, found in sorted(groups.items())]


def _whole(unit: _Unit) -> tuple[int, int]:
    return unit.paragraph.start, unit.paragraph.end


def _sentences(unit: _Unit, min_words: int) -> list[tuple[Normalized, int]]:
    text, base = unit.paragraph.text, unit.paragraph.start
    out = []
    for start, end in split_sentences(text):
        norm = normalize(text[start:end], base=base + start)
        n = len(norm.words)
        if n >= min_words:
            out.append((norm, n))
    return out


def _candidates(units: list[_Unit]) -> list[tuple[_Unit, _Unit]]:
    postings: dict[int, list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        keys = shingles(unit.norm.words)
        keys.update(hash(("s", s.text)) for s, _ in unit.sentences)
        for k in keys:
            postings[k].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in postings.values():
        if 1 < len(ids) <= MAX_POSTING:
            for a, b in combinations(ids, 2):
                shared[(a, b)] += 1
    # One shared 3-gram is chance in long paragraphs; a real repeat (a sentence of
    # six words or more) shares several, unless the paragraph itself is short.
    short = {i for i, unit in enumerate(units) if unit.n_words < MIN_SENTENCE_WORDS + 2}
    return [(units[a], units[b]) for (a, b), n in sorted(shared.items()) if n >= 2 or a in short or b in short]


def _compare(a: _Unit, b: _Unit, threshold: float) -> Duplicate | None:
    first, second = a.paragraph.index, b.paragraph.index
    similarity = Indel.normalized_similarity(a.norm.text, b.norm.text)
    short, long_ = (a, b) if len(a.norm.text) <= len(b.norm.text) else (b, a)
    # An extended copy (the whole of one paragraph plus more) is "contained" even
    # when the two are similar overall: the editor needs to see the added part.
    extended = len(long_.norm.words) - len(short.norm.words) >= max(EXTENSION_MIN_WORDS, 0.15 * short.n_words)
    if short.n_words >= MIN_SENTENCE_WORDS and (extended or similarity < threshold):
        coverage, long_span = _coverage(short.norm, long_.norm)
        if coverage >= threshold:
            spans = {short.paragraph.index: _whole(short), long_.paragraph.index: long_span}
            return Duplicate("contained", first, second, coverage, spans[first], spans[second])
    if similarity >= threshold:
        return Duplicate("near", first, second, similarity, _whole(a), _whole(b))
    best: tuple[float, tuple[int, int], tuple[int, int]] | None = None
    for sa, _ in a.sentences:
        for sb, _ in b.sentences:
            match = _sentence_match(sa, sb, threshold)
            if match[0] >= threshold and (best is None or match[0] > best[0]):
                best = match
    if best is not None:
        return Duplicate("sentence", first, second, best[0], best[1], best[2])
    return None


def _coverage(short: Normalized, long_: Normalized) -> tuple[float, tuple[int, int]]:
    """Share of the short text's words found, in order, in the long one, and where.

    Word-level longest common subsequence: robust to a sentence inserted in the
    middle of the copy and to a typo (one word lost), unlike a window alignment.
    """
    short_words, long_words = short.words, long_.words
    blocks = [op for op in Indel.opcodes(short_words, long_words) if op.tag == "equal"]
    matched = sum(op.src_end - op.src_start for op in blocks)
    if not blocks:
        return 0.0, (0, 0)
    word_spans = long_.word_spans()
    start = word_spans[blocks[0].dest_start][0]
    end = word_spans[blocks[-1].dest_end - 1][1]
    return matched / len(short_words), long_.span(start, end)


def _sentence_match(sa: Normalized, sb: Normalized,
                    score_cutoff: float) -> tuple[float, tuple[int, int], tuple[int, int]]:
    """Similarity of two sentences, the shorter aligned inside the longer (an
    attribution clause added to a quote sentence does not hide the repeat)."""
    if sa.text == sb.text:
        return 1.0, sa.span(0, len(sa.text)), sb.span(0, len(sb.text))
    swap = len(sa.text) > len(sb.text)
    short, long_ = (sb, sa) if swap else (sa, sb)
    alignment = fuzz.partial_ratio_alignment(short.text, long_.text, score_cutoff=score_cutoff * 100)
    if alignment is None:
        return 0.0, (0, 0), (0, 0)
    short_span = short.span(0, len(short.text))
    long_span = long_.span(alignment.dest_start, alignment.dest_end)
    spans = (long_span, short_span) if swap else (short_span, long_span)
    return alignment.score / 100, spans[0], spans[1]


def occurrences(
    text: str, paragraphs: Sequence[Paragraph], *, threshold: float = DEFAULT_THRESHOLD,
    min_words: int = MIN_SENTENCE_WORDS,
) -> list[int]:
    """Indexes of the paragraphs where a sentence of ``text`` (``min_words`` words or
    more) comes back, equal or near (aligned similarity at least ``threshold``):
    a quote copied into the body text, for example. For many texts against the
    same paragraphs, build a :class:`ReuseIndex` once."""
    return ReuseIndex(paragraphs).occurrences(text, threshold=threshold, min_words=min_words)


class ReuseIndex:
    """An article's paragraphs normalised once, for many :meth:`occurrences` look-ups: a paragraph
    is only aligned with a sentence when it holds most of the sentence's words, so looking up every
    quote of a long article stays close to linear in its length."""

    def __init__(self, paragraphs: Sequence[Paragraph]):
        self.paragraphs = [(p.index, key(p.text)) for p in paragraphs]
        self.words = [set(norm.split()) for _, norm in self.paragraphs]

    def occurrences(self, text: str, *, threshold: float = DEFAULT_THRESHOLD,
                    min_words: int = MIN_SENTENCE_WORDS) -> list[int]:
        sentences = [key(text[s:e]) for s, e in split_sentences(text)]
        sentences = [s for s in sentences if len(s.split()) >= min_words]
        found = []
        for (index, target), words in zip(self.paragraphs, self.words):
            for sentence in sentences:
                sentence_words = set(sentence.split())
                if len(sentence_words & words) < threshold * len(sentence_words) - 1:
                    continue  # too few of its words are there for an aligned match at the threshold
                if fuzz.partial_ratio(sentence, target, score_cutoff=threshold * 100):
                    found.append(index)
                    break
        return found
