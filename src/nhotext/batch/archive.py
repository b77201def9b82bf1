"""A ``nhotext batch`` output folder as an archive index: which draft paragraphs are published already.

The index is ``OUT/archive/`` (written by ``nhotext batch`` beside the tables;
``paragraphs/`` holds ``uid, source, index, norm_hash, norm`` and ``bands/``
the LSH band keys, each a folder of Parquet parts). Loading reads the hashes
and band keys into sorted NumPy arrays and keeps the normalised texts as one
Arrow column (no Python string per paragraph), so memory grows linearly with
the archive and a lookup is a binary search per band (``O(bands · log n)``)
plus the verification of the few candidates: a draft is checked in
milliseconds whatever the archive size once it is loaded
(``bench/corpus_dedup.py`` measures both). Outputs of older versions, with the
index only in ``_work/``, still load.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from ..duplicates.thresholds import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD
from ..errors import BatchError
from ..reading import Paragraph
from .dedup import MIN_CHARS, band_keys, exact_hash, paragraph_key, similar

MAX_MATCHES = 5  # per draft paragraph


@dataclass(frozen=True)
class ArchiveMatch:
    paragraph: int
    source: str
    archive_paragraph: int
    kind: str  # "exact" | "near"
    similarity: float

    def to_dict(self) -> dict[str, Any]:
        return {"paragraph": self.paragraph, "source": self.source, "archive_paragraph": self.archive_paragraph,
                "kind": self.kind, "similarity": round(self.similarity, 4)}


class ArchiveIndex:
    """The paragraphs of a batch output, searchable by normalised hash and by LSH band key."""

    def __init__(self, paragraphs: pa.Table, bands: pa.Table):
        uids = paragraphs.column("uid").to_numpy()
        if len(uids) > 1 and not (np.diff(uids) > 0).all():  # parts are read in order, so this is rare
            order = np.argsort(uids, kind="stable")
            paragraphs = paragraphs.take(order)
            uids = uids[order]
        self._uids = uids
        self._sources = paragraphs.column("source")
        self._indexes = paragraphs.column("index").to_numpy()
        self._norms = paragraphs.column("norm")
        hashes = paragraphs.column("norm_hash").to_numpy()
        by_hash = np.argsort(hashes, kind="stable")
        self._hashes, self._hash_rows = hashes[by_hash], by_hash
        keys = bands.column("key").to_numpy()
        by_key = np.argsort(keys, kind="stable")
        self._keys = keys[by_key]
        self._key_uids = bands.column("uid").to_numpy()[by_key]  # turned into rows only for the candidates

    def __len__(self) -> int:
        return len(self._uids)

    @classmethod
    def load(cls, out: Path) -> ArchiveIndex:
        """Load the index of a finished ``nhotext batch`` folder.

        Raises:
            BatchError: the folder is not a batch output.
        """
        for folder in (Path(out) / "archive", Path(out) / "_work"):
            if (folder / "paragraphs").is_dir() and (folder / "bands").is_dir():
                break
        else:
            raise BatchError(f"{out}: not a `nhotext batch` output folder (it has no archive/ index)")
        paragraphs = pq.read_table(folder / "paragraphs", columns=["uid", "source", "index", "norm_hash", "norm"])
        bands = pq.read_table(folder / "bands", columns=["uid", "key"])
        return cls(paragraphs, bands)

    @staticmethod
    def _lookup(sorted_keys: np.ndarray, rows: np.ndarray, key: int) -> np.ndarray:
        lo, hi = np.searchsorted(sorted_keys, key, "left"), np.searchsorted(sorted_keys, key, "right")
        return rows[lo:hi]

    def match(self, paragraphs: Sequence[Paragraph], *, exclude_source: str | None = None,
              threshold: float = DEFAULT_THRESHOLD, min_words: int = DEFAULT_MIN_WORDS) -> list[ArchiveMatch]:
        """Archive paragraphs that are exact or near copies of the given draft paragraphs."""
        found: list[ArchiveMatch] = []
        for paragraph in paragraphs:
            norm = paragraph_key(paragraph.text)
            if len(norm.split()) < max(min_words, DEFAULT_MIN_WORDS):
                continue
            matches: dict[int, tuple[str, float]] = {}
            for row in self._lookup(self._hashes, self._hash_rows, exact_hash(norm))[:MAX_MATCHES]:
                matches[int(row)] = ("exact", 1.0)
            if len(matches) < MAX_MATCHES and len(norm) >= MIN_CHARS:
                candidates: set[int] = set()
                for key in band_keys([norm])[0]:
                    if key >= 0:
                        found_uids = self._lookup(self._keys, self._key_uids, key)
                        candidates.update(int(r) for r in np.searchsorted(self._uids, found_uids))
                for row in sorted(candidates - set(matches)):
                    score = similar(norm, self._norms[row].as_py(), threshold)
                    if score is not None:
                        matches[row] = ("exact" if score == 1.0 else "near", score)
            for row, (kind, score) in sorted(matches.items(), key=lambda m: -m[1][1])[:MAX_MATCHES]:
                source = self._sources[row].as_py()
                if source == exclude_source:
                    continue
                found.append(ArchiveMatch(paragraph.index, source, int(self._indexes[row]), kind, score))
        return found
