"""Cross-corpus duplicates: normalised hashes, MinHash with LSH banding, verification, groups.

Two candidate channels, both MinHash signatures computed with NumPy over many
paragraphs at once (a rolling hash of the shingles, then multiply-shift
permutations; stable across processes and runs):

* **characters**: character 5-grams of the normalised paragraph (see
  :func:`nhotext.duplicates.normalize`), one in ``SAMPLE`` kept by its hash
  value (consistent sampling: the same 5-gram is kept or dropped in every
  paragraph, so the samples' Jaccard estimates the paragraphs'; four times
  less hashing). On a paragraph of about 60 words one edit drops word 5-gram
  Jaccard to about 0.85 and three edits to 0.64, while character 5-grams stay
  above 0.9. ``BANDS`` × ``ROWS`` = 20 × 6: a pair with
  Jaccard 0.8 becomes a candidate with probability 0.998, one with 0.5 with 0.27.
* **words**, for paragraphs under ``SHORT_WORDS`` words only: the set of
  content words (``resources/function_words.txt`` and the 300 commonest words
  of ``frequent_words.txt`` left out), ``SHORT_BANDS`` × ``SHORT_ROWS`` = 64 ×
  4. A short copy with three edits keeps too few character 5-grams (Jaccard
  about 0.6, or under 0.2 after three word swaps) to meet in a 6-row band, but
  keeps most of its content words: at Jaccard 0.55 it is a candidate with
  probability 0.998, at 0.6 with 0.9999. Four rows, not three, keep the
  number of chance candidates between unrelated short paragraphs (content-word
  Jaccard about 0.03) growing slowly enough: measured on NoReC, three rows gave
  126,000 candidate pairs among 16,000 short paragraphs.

Every candidate pair is verified by :func:`similar`, whose threshold depends
on the length (:func:`near_threshold`), so the 0.85 of long paragraphs does not
turn away a 12-word copy with two typos and a word swap.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
from rapidfuzz.distance import Indel

from ..duplicates.thresholds import (
    CORPUS_EXTENSION_MIN_WORDS,
    COVERAGE_THRESHOLD,
    DEFAULT_THRESHOLD,
    LONG_WORDS,
    SHORT_FLOOR,
    near_threshold,
)
from ..resources import function_words
from ..text import key as normalized_words

SHINGLE = 5
SAMPLE = 4  # one character shingle in SAMPLE (chosen by hash) goes into the signature
BANDS = 20
ROWS = 6
NUM_PERM = BANDS * ROWS
SHORT_WORDS = 25  # paragraphs with fewer words also get word-set bands
SHORT_BANDS = 64
SHORT_ROWS = 4
SEED = 7
MIN_CHARS = 30  # shorter paragraphs (a byline, "Les også") only take part as exact copies
MIN_SHORT_WORDS = 6  # word-set bands need this many words
_BATCH_CHARS = 200_000  # characters hashed at a time (memory: about 4 bytes x 24 x this)
_PERM_CHUNK = 24

_rng = np.random.default_rng(SEED)
# permutations x -> a*x + b (mod 2**32) of 32-bit shingle hashes, odd multipliers (see _min_hash)
_N_HASHES = max(NUM_PERM, SHORT_BANDS * SHORT_ROWS)
_A = _rng.integers(1, 2**32, size=_N_HASHES, dtype=np.uint32) | np.uint32(1)
_B = _rng.integers(0, 2**32, size=_N_HASHES, dtype=np.uint32)
_BAND_SEEDS = _rng.integers(1, 2**63, size=BANDS + SHORT_BANDS, dtype=np.uint64)
_POW = np.array([pow(1_000_003, SHINGLE - 1 - k, 2**64) for k in range(SHINGLE)], dtype=np.uint64)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_MIX2 = np.uint64(0xBF58476D1CE4E5B9)


def paragraph_key(text: str) -> str:
    """The normalised text of a paragraph (case, whitespace, dashes, quote marks, punctuation)."""
    return normalized_words(text)


def exact_hash(key: str) -> int:
    """A stable 63-bit hash of the normalised text (the same in every process and run)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def _finalize(h: np.ndarray) -> np.ndarray:
    """A 64-bit mixer (splitmix64's finaliser), vectorised; wraps around on purpose."""
    with np.errstate(over="ignore"):
        h = h ^ (h >> np.uint64(30))
        h = h * _MIX2
        h = h ^ (h >> np.uint64(27))
        h = h * _MIX
        return h ^ (h >> np.uint64(31))


def _min_hash(hashes: np.ndarray, starts: np.ndarray, n_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash of consecutive segments of ``hashes`` (uint32; segment i begins at ``starts[i]``):
    shape (len(starts), n_perm), uint32.

    Each permutation is ``x -> a·x + b (mod 2**32)`` with odd ``a``, followed by
    an xor-shift so that the order of the values is not linear in ``x``. In
    32-bit arithmetic NumPy runs this about nine times faster than in 64-bit.
    """
    out = np.empty((len(starts), n_perm), dtype=np.uint32)
    buffer = np.empty((_PERM_CHUNK, len(hashes)), dtype=np.uint32)  # one permutation a row: contiguous reductions
    shifted = np.empty_like(buffer)
    with np.errstate(over="ignore"):
        for p in range(0, n_perm, _PERM_CHUNK):
            k = min(_PERM_CHUNK, n_perm - p)
            values, shift = buffer[:k], shifted[:k]
            np.multiply(_A[p:p + k, None], hashes[None, :], out=values)
            values += _B[p:p + k, None]
            np.right_shift(values, np.uint32(15), out=shift)
            values ^= shift
            out[:, p:p + k] = np.minimum.reduceat(values, starts, axis=1).T
    return out


def _char_signatures(keys: Sequence[str]) -> np.ndarray:
    """MinHash signatures of the character 5-grams of ``keys`` (each at least SHINGLE long)."""
    out = np.empty((len(keys), NUM_PERM), dtype=np.uint32)
    i = 0
    while i < len(keys):
        j, size = i, 0
        while j < len(keys) and (j == i or size + len(keys[j]) <= _BATCH_CHARS):
            size += len(keys[j]) + 1
            j += 1
        batch = keys[i:j]
        codes = np.frombuffer("\x00".join(batch).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        n = len(codes) - SHINGLE + 1
        with np.errstate(over="ignore"):
            rolled = sum(codes[k:k + n] * _POW[k] for k in range(SHINGLE))
        rolled = (_finalize(rolled) >> np.uint64(32)).astype(np.uint32)
        # keep the shingles inside each key: key t covers [offset, offset + len - SHINGLE]
        lengths = np.fromiter((len(k) for k in batch), dtype=np.int64, count=len(batch))
        offsets = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))
        counts = lengths - SHINGLE + 1
        index = np.repeat(offsets - np.concatenate(([0], np.cumsum(counts)[:-1])), counts) + np.arange(counts.sum())
        hashes = rolled[index]
        segment = np.repeat(np.arange(len(batch)), counts)
        # consistent sampling: one shingle in SAMPLE by its hash, the same choice in every paragraph, so the
        # Jaccard of the samples estimates the Jaccard of the paragraphs (a paragraph with none keeps all)
        keep = (hashes & np.uint32(SAMPLE - 1)) == 0
        keep |= (np.bincount(segment[keep], minlength=len(batch)) == 0)[segment]
        hashes, segment = hashes[keep], segment[keep]
        starts = np.searchsorted(segment, np.arange(len(batch)))
        out[i:j] = _min_hash(hashes, starts)
        i = j
    return out


def _word_hashes(words: Iterable[str]) -> list[int]:
    return [int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=4).digest(), "big") for w in set(words)]


def _word_signatures(keys: Sequence[str]) -> np.ndarray:
    """MinHash signatures of the content-word sets of ``keys`` (function words left out: they are in
    most paragraphs and would fill the buckets with pairs that share nothing else)."""
    hashes: list[int] = []
    starts = []
    skip = function_words()
    for key in keys:
        starts.append(len(hashes))
        words = [w for w in key.split() if w not in skip] or key.split()
        hashes.extend(_word_hashes(words))
    return _min_hash(np.array(hashes, dtype=np.uint32), np.array(starts, dtype=np.int64), SHORT_BANDS * SHORT_ROWS)


def _bands(signatures: np.ndarray, n_bands: int, rows: int, seed_offset: int) -> np.ndarray:
    """One 63-bit key per band: the band's values folded with the band's own seed."""
    values = signatures[:, :n_bands * rows].astype(np.uint64).reshape(len(signatures), n_bands, rows)
    keys = np.broadcast_to(_BAND_SEEDS[seed_offset:seed_offset + n_bands], (len(signatures), n_bands)).copy()
    with np.errstate(over="ignore"):
        for r in range(rows):
            keys = _finalize(keys ^ values[:, :, r])
    return (keys >> np.uint64(1)).astype(np.int64)


def band_keys(keys: Sequence[str]) -> np.ndarray:
    """LSH band keys of normalised paragraphs: shape (len(keys), BANDS + SHORT_BANDS), int64.

    Columns 0..BANDS-1 are the character bands, the rest the word-set bands of
    short paragraphs. Slots that do not apply are -1: every band of a paragraph
    under ``MIN_CHARS`` characters (it takes part as an exact copy only), the
    word bands of a paragraph of ``SHORT_WORDS`` words or more.
    """
    out = np.full((len(keys), BANDS + SHORT_BANDS), -1, dtype=np.int64)
    long_enough = [i for i, k in enumerate(keys) if len(k) >= MIN_CHARS]
    if long_enough:
        sigs = _char_signatures([keys[i] for i in long_enough])
        out[long_enough, :BANDS] = _bands(sigs, BANDS, ROWS, 0)
    short = [i for i in long_enough if MIN_SHORT_WORDS <= len(keys[i].split()) < SHORT_WORDS]
    if short:
        sigs = _word_signatures([keys[i] for i in short])
        out[short, BANDS:] = _bands(sigs, SHORT_BANDS, SHORT_ROWS, BANDS)
    return out


def similar(a: str, b: str, threshold: float = DEFAULT_THRESHOLD) -> float | None:
    """The verified similarity of two normalised paragraphs, or None when they are not copies.

    Near copies: normalised Indel similarity, on the characters or on the words
    in sorted order (so that swapped words cost nothing), at least
    :func:`near_threshold` of the shorter paragraph's length in words; a
    paragraph under ``LONG_WORDS`` words also when it keeps at least
    ``threshold - SHORT_FLOOR`` (0.80) of its words (two long words replaced
    in ten cost more characters than that). Extended
    copies (a sentence added: three words or more, at most half again): the
    shorter is at least 90 % (and at least ``threshold``) inside the longer, in
    order.
    """
    if a == b:
        return 1.0
    a_words, b_words = a.split(), b.split()
    needed = near_threshold(min(len(a_words), len(b_words)), threshold)
    score = Indel.normalized_similarity(a, b, score_cutoff=needed)
    if score >= needed:
        return score
    # swapped words: the same comparison on the words in sorted order
    score = Indel.normalized_similarity(" ".join(sorted(a_words)), " ".join(sorted(b_words)), score_cutoff=needed)
    if score >= needed:
        return score
    if min(len(a_words), len(b_words)) < LONG_WORDS:
        # a short paragraph with a long word or two replaced: the share of its words kept
        kept = sum((Counter(a_words) & Counter(b_words)).values()) / max(len(a_words), len(b_words))
        if kept >= threshold - SHORT_FLOOR:
            return kept
    short, long_ = (a_words, b_words) if len(a) <= len(b) else (b_words, a_words)
    if (len(" ".join(long_)) > 1.5 * len(" ".join(short)) or len(short) < MIN_SHORT_WORDS
            or len(long_) - len(short) < CORPUS_EXTENSION_MIN_WORDS):
        return None
    matched = sum(op.src_end - op.src_start for op in Indel.opcodes(short, long_) if op.tag == "equal")
    coverage = matched / len(short)
    return coverage if coverage >= max(COVERAGE_THRESHOLD, threshold) else None


class UnionFind:
    """Disjoint sets over integer ids, for duplicate groups."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = self.parent.setdefault(x, x)
        while self.parent[root] != root:
            root = self.parent[root]
        while x != root:  # path compression, iteratively (long chains must not hit the recursion limit)
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller id is the group's id, so groups are stable across runs
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[int, int]:
        """Member id -> group id (the smallest member id), for every id seen."""
        return {x: self.find(x) for x in list(self.parent)}


def group_pairs(pairs: Iterable[tuple[int, int]]) -> dict[int, int]:
    uf = UnionFind()
    for a, b in pairs:
        uf.union(int(a), int(b))
    return uf.groups()
