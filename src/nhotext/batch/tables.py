"""The batch tables: their schemas, the run's result, and reading and writing parts.

Stage 1 writes one Parquet part per table and partition into
``OUT/_work/<table>/part-NNNNN.parquet`` (a temporary name, then a rename);
the corpus stage writes the final tables as ``OUT/<table>.<format>`` folders
of parts and the archive index as ``OUT/archive/``.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import BatchError
from ..output import safe_csv

TABLES = ("articles", "paragraphs", "duplicates", "organizations", "quotes", "errors")
_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
# One schema per table, so that every part (an empty one too) reads as one dataset.
SCHEMAS = {
    "articles": [("source", _S), ("id", _S), ("n_paragraphs", _I), ("n_words", _I), ("encoding", _S),
                 ("format", _S), ("warnings", _S), ("partition", _I)],
    "paragraphs": [("source", _S), ("index", _I), ("start", _I), ("end", _I), ("text", _S), ("uid", _I),
                   ("norm_hash", _I), ("norm", _S)],
    "duplicates": [("source", _S), ("first", _I), ("second", _I), ("kind", _S), ("similarity", _F)],
    "organizations": [("source", _S), ("name", _S), ("kind", _S), ("n_mentions", _I), ("parent", _S),
                      ("current", _S), ("evidence", _S), ("confidence", _F)],
    "quotes": [("source", _S), ("start", _I), ("end", _I), ("text", _S), ("kind", _S), ("speaker", _S),
               ("speaker_type", _S), ("speaker_gender", _S), ("speaker_title", _S), ("speaker_organization", _S),
               ("cue", _S),
               ("paragraph", _I),
               ("reused_in", _S)],
    "errors": [("source", _S), ("error", _S)],
    "bands": [("uid", _I), ("key", _I), ("norm_hash", _I)],
}
FINAL_PARAGRAPHS = [f for f in SCHEMAS["paragraphs"] if f[0] != "norm"] + [("dup_group", _I), ("boilerplate", _B)]
FINAL_SCHEMAS = {**SCHEMAS, "articles": [f for f in SCHEMAS["articles"] if f[0] != "partition"],
                 # per article: who is quoted (nhotext.quotes.sources), written beside the other final tables
                 "sources": [("source", _S)] + [(c, _I) for c in ("quotes", "speakers", "people", "women", "men",
                                                                  "gender_unknown", "organizations", "descriptions",
                                                                  "documents", "no_speaker", "quotes_from_women",
                                                                  "quotes_from_men")] + [("share_women", _F)]}
FINAL_TABLES = (*TABLES, "sources")
ARCHIVE_DIR = "archive"  # OUT/archive/{paragraphs,bands}/part-*.parquet: the index of `check --against`
COLUMNS = {name: [c for c, _ in fields] for name, fields in SCHEMAS.items()}
UID_STRIDE = 10_000_000  # paragraph uid = partition * UID_STRIDE + running number


@dataclass
class BatchResult:
    out: Path
    n_partitions: int
    n_articles: int = 0
    n_errors: int = 0
    n_skipped: int = 0  # partitions already done (resume)
    n_candidate_pairs: int = 0  # verified near-copy pairs across the corpus
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of the corpus stage's steps
    tables: dict[str, Path] = field(default_factory=dict)
    worker_peak_rss_mb: dict[int, float] = field(default_factory=dict)  # per worker process



def frame(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=pa.schema(SCHEMAS[name]))


def write_part(folder: Path, number: int, table: pa.Table) -> None:
    """Write a Parquet part atomically: a temporary name, then a rename."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"part-{number:05d}.parquet"
    tmp = folder / f".{target.name}.{uuid.uuid4().hex}.tmp"
    pq.write_table(table, tmp)
    os.replace(tmp, target)


def write_final(frame: pd.DataFrame, path: Path, fmt: str, schema: pa.Schema) -> None:
    if fmt == "parquet":
        pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False), path)
    elif fmt == "csv":
        safe_csv(frame).to_csv(path, index=False)
    else:
        frame.to_json(path, orient="records", lines=True, force_ascii=False)


def read_table(out: Path, name: str) -> pd.DataFrame:
    """A finished batch table, whatever its format."""
    for fmt in ("parquet", "jsonl", "csv"):
        path = out / f"{name}.{fmt}"
        if path.exists():
            if fmt == "parquet":
                return pd.read_parquet(path)
            files = sorted(path.glob(f"*.{fmt}"))
            frames = [pd.read_json(f, lines=True) if fmt == "jsonl" else pd.read_csv(f) for f in files
                      if f.stat().st_size]
            return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS.get(name))
    raise BatchError(f"{out} has no {name} table: is it a finished `nhotext batch` output?")
