"""Cross-corpus duplicates: normalised hashes, MinHash with LSH banding, verification, groups.

Shingles are character 5-grams of the normalised paragraph (see
:func:`nhotext.duplicates.normalize`): on a paragraph of about 60 words one
edit drops word 5-gram Jaccard to about 0.85 and three edits to 0.64, while
character 5-grams stay above 0.9, so near copies meet in an LSH band far more
reliably (``bench/corpus_dedup.py`` measures both). The signature has
``BANDS * ROWS`` = 120 permutations; 20 bands of 6 rows make a pair with
Jaccard 0.8 a candidate with probability 0.998, and one with 0.5 with 0.27:
every candidate is then verified with a real similarity.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash
from rapidfuzz.distance import Indel

from ..duplicates import normalize

SHINGLE = 5
BANDS = 20
ROWS = 6
NUM_PERM = BANDS * ROWS
SEED = 7
NEAR_THRESHOLD = 0.85
COVERAGE_THRESHOLD = 0.9
MIN_CHARS = 30  # shorter paragraphs (a byline, "Les også") only take part as exact copies


def paragraph_key(text: str) -> str:
    """The normalised text of a paragraph (case, whitespace, dashes, quote marks, punctuation)."""
    return normalize(text).text


def exact_hash(key: str) -> int:
    """A stable 63-bit hash of the normalised text (the same in every process and run)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def shingles(key: str, size: int = SHINGLE) -> set[bytes]:
    if len(key) <= size:
        return {key.encode("utf-8")}
    return {key[i:i + size].encode("utf-8") for i in range(len(key) - size + 1)}


def band_keys(keys: list[str]) -> np.ndarray:
    """LSH band keys of normalised paragraphs: an array of shape (len(keys), BANDS), int64.

    Rows of too-short paragraphs are -1 (they take part as exact copies only).
    """
    out = np.full((len(keys), BANDS), -1, dtype=np.int64)
    for i, key in enumerate(keys):
        if len(key) < MIN_CHARS:
            continue
        m = MinHash(num_perm=NUM_PERM, seed=SEED)
        m.update_batch(list(shingles(key)))
        values = m.hashvalues.astype(np.uint64).reshape(BANDS, ROWS)
        for b in range(BANDS):
            digest = hashlib.blake2b(values[b].tobytes() + bytes([b]), digest_size=8).digest()
            out[i, b] = int.from_bytes(digest, "big") >> 1
    return out


def similar(a: str, b: str) -> float | None:
    """The verified similarity of two normalised paragraphs, or None when they are not copies.

    Near copies: normalised Indel similarity at least 0.85. Extended copies (one
    sentence added): the shorter is at least 90 % inside the longer, in order,
    and the longer adds at most half again.
    """
    if a == b:
        return 1.0
    score = Indel.normalized_similarity(a, b)
    if score >= NEAR_THRESHOLD:
        return score
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(long_) > 1.5 * len(short):
        return None
    short_words, long_words = short.split(), long_.split()
    matched = sum(op.src_end - op.src_start for op in Indel.opcodes(short_words, long_words) if op.tag == "equal")
    coverage = matched / len(short_words) if short_words else 0.0
    return coverage if coverage >= COVERAGE_THRESHOLD else None


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
