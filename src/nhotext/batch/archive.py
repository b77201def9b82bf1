"""A ``nhotext batch`` output folder as an archive index: which draft paragraphs are published already.

Loading reads the paragraphs' normalised-text hashes and LSH band keys into
sorted NumPy arrays and the normalised texts into memory (for verification):
memory grows linearly with the archive (about 16 bytes × 21 per paragraph plus
its normalised text), and a lookup is a binary search per band
(``O(BANDS · log n)``) plus the verification of the few candidates, so a
draft is checked in milliseconds whatever the archive size once it is loaded
(``bench/corpus_dedup.py`` measures both).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..reading import Paragraph
from .dedup import MIN_CHARS, band_keys, exact_hash, paragraph_key, similar
from .runner import BatchError

MIN_WORDS = 3
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
    def __init__(self, paragraphs: pd.DataFrame, bands: pd.DataFrame):
        self.paragraphs = paragraphs.set_index("uid", drop=False).sort_index()
        order = np.argsort(paragraphs["norm_hash"].to_numpy(), kind="stable")
        self._hashes = paragraphs["norm_hash"].to_numpy()[order]
        self._hash_uids = paragraphs["uid"].to_numpy()[order]
        order = np.argsort(bands["key"].to_numpy(), kind="stable")
        self._keys = bands["key"].to_numpy()[order]
        self._key_uids = bands["uid"].to_numpy()[order]

    def __len__(self) -> int:
        return len(self.paragraphs)

    @classmethod
    def load(cls, out: Path) -> "ArchiveIndex":
        """Load the index of a finished ``nhotext batch`` folder.

        Raises:
            BatchError: the folder is not a batch output.
        """
        work = Path(out) / "_work"
        if not (work / "paragraphs").is_dir() or not (work / "bands").is_dir():
            raise BatchError(f"{out}: not a `nhotext batch` output folder (no _work/paragraphs and _work/bands)")
        paragraphs = pd.read_parquet(work / "paragraphs", columns=["uid", "source", "index", "norm_hash", "norm"])
        bands = pd.read_parquet(work / "bands", columns=["uid", "key"])
        return cls(paragraphs, bands)

    def _lookup(self, sorted_keys: np.ndarray, values: np.ndarray, key: int) -> np.ndarray:
        lo, hi = np.searchsorted(sorted_keys, key, "left"), np.searchsorted(sorted_keys, key, "right")
        return values[lo:hi]

    def match(self, paragraphs: Sequence[Paragraph], *, exclude_source: str | None = None) -> list[ArchiveMatch]:
        """Archive paragraphs that are exact or near copies of the given draft paragraphs."""
        found: list[ArchiveMatch] = []
        for paragraph in paragraphs:
            norm = paragraph_key(paragraph.text)
            if len(norm.split()) < MIN_WORDS:
                continue
            matches: dict[int, tuple[str, float]] = {}
            for uid in self._lookup(self._hashes, self._hash_uids, exact_hash(norm))[:MAX_MATCHES]:
                matches[int(uid)] = ("exact", 1.0)
            if len(matches) < MAX_MATCHES and len(norm) >= MIN_CHARS:
                candidates = set()
                for key in band_keys([norm])[0]:
                    candidates.update(int(u) for u in self._lookup(self._keys, self._key_uids, key))
                for uid in sorted(candidates - set(matches)):
                    score = similar(norm, self.paragraphs.at[uid, "norm"])
                    if score is not None:
                        matches[uid] = ("exact" if score == 1.0 else "near", score)
            for uid, (kind, score) in sorted(matches.items(), key=lambda m: -m[1][1])[:MAX_MATCHES]:
                row = self.paragraphs.loc[uid]
                if row["source"] == exclude_source:
                    continue
                found.append(ArchiveMatch(paragraph.index, row["source"], int(row["index"]), kind, score))
        return found
