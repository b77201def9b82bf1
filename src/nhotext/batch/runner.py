"""``nhotext batch`` on Dask: analyse partitions on workers, then find duplicates across the corpus.

Stage 1 (one task per partition, pipeline loaded once per worker process)
reads the partition's articles, runs ``nlp.pipe`` and writes one Parquet part
per table into ``OUT/_work/<table>/part-NNNNN.parquet`` (written to a temporary
name, then renamed), and last a marker ``OUT/_work/done/NNNNN``. A partition
with a marker is never redone: ``--resume`` after a crash or Ctrl-C picks up
the rest, and a partition cut short leaves no rows behind.

Stage 2 runs on Dask DataFrames over the parts: exact copies meet by
normalised hash (a ``groupby``), near copies by MinHash LSH band keys (a
shuffle ``merge`` on the band key, one representative per exact group), every
candidate pair is verified (:func:`nhotext.batch.dedup.similar`), and
union-find turns the verified pairs into ``dup_group``. ``boilerplate`` marks
paragraphs whose normalised text occurs in ``boilerplate_min_docs`` articles
or more. The final tables are written next to ``_work`` as ``NAME.parquet``
folders (or ``.jsonl``/``.csv``), each replaced atomically.
"""

from __future__ import annotations

import logging
import os
import resource
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import InputError, NhotextError
from ..reading import DEFAULT_MAX_BYTES
from .dedup import band_keys, exact_hash, group_pairs, paragraph_key, similar
from .inputs import Ref, plan, read_plan, read_ref, write_plan

logger = logging.getLogger(__name__)

TABLES = ("articles", "paragraphs", "duplicates", "organizations", "quotes", "errors")
_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
# One schema per table, so that every part (an empty one too) reads as one dataset.
SCHEMAS = {
    "articles": [("source", _S), ("id", _S), ("n_paragraphs", _I), ("n_words", _I), ("encoding", _S),
                 ("format", _S)],
    "paragraphs": [("source", _S), ("index", _I), ("start", _I), ("end", _I), ("text", _S), ("uid", _I),
                   ("norm_hash", _I), ("norm", _S)],
    "duplicates": [("source", _S), ("first", _I), ("second", _I), ("kind", _S), ("similarity", _F)],
    "organizations": [("source", _S), ("name", _S), ("kind", _S), ("n_mentions", _I), ("parent", _S),
                      ("current", _S), ("evidence", _S)],
    "quotes": [("source", _S), ("start", _I), ("end", _I), ("text", _S), ("kind", _S), ("speaker", _S),
               ("speaker_title", _S), ("speaker_organization", _S), ("cue", _S), ("paragraph", _I),
               ("reused_in", _S)],
    "errors": [("source", _S), ("error", _S)],
    "bands": [("uid", _I), ("key", _I)],
}
FINAL_PARAGRAPHS = [f for f in SCHEMAS["paragraphs"] if f[0] != "norm"] + [("dup_group", _I), ("boilerplate", _B)]
COLUMNS = {name: [c for c, _ in fields] for name, fields in SCHEMAS.items()}
UID_STRIDE = 10_000_000  # paragraph uid = partition * UID_STRIDE + running number
MAX_BUCKET = 1000  # an LSH bucket larger than this is site furniture, not a copy: skipped


class BatchError(NhotextError):
    code = "E400"


@dataclass
class BatchResult:
    out: Path
    n_partitions: int
    n_articles: int = 0
    n_errors: int = 0
    n_skipped: int = 0  # partitions already done (resume)
    tables: dict[str, Path] = field(default_factory=dict)
    worker_peak_rss_mb: dict[int, float] = field(default_factory=dict)  # per worker process


# -- stage 1: one partition ----------------------------------------------------------------------------

_PIPELINES: dict[str | None, Any] = {}


def _pipeline(model: str | None):
    """The pipeline of this worker process, loaded on its first task and kept."""
    if model not in _PIPELINES:
        from ..pipeline import load

        _PIPELINES[model] = load(model)
    return _PIPELINES[model]


def process_partition(number: int, refs: list[Ref], work: str, model: str | None = None,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, int]:
    """Analyse one partition and write its parts and done marker; returns counts."""
    from ..analysis import analyze_articles

    work_dir = Path(work)
    articles, errors = [], []
    for ref in refs:
        for item in read_ref(ref, max_bytes=max_bytes):
            (errors if isinstance(item, InputError) else articles).append(item)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    rows["errors"] = [{"source": e.source, "error": e.reason} for e in errors]
    uid = number * UID_STRIDE
    results = list(analyze_articles(_pipeline(model), iter(articles))) if articles else []
    for article, result in zip(articles, results):
        if isinstance(result, InputError):
            rows["errors"].append({"source": result.source, "error": result.reason})
            continue
        _article_rows(article, result, rows, uid)
        uid += len(result["paragraphs"])
    keys = [p["norm"] for p in rows["paragraphs"]]
    bands = band_keys(keys)
    for p, row in zip(rows["paragraphs"], bands):
        rows["bands"].extend({"uid": p["uid"], "key": int(k)} for k in row if k >= 0)
    for name, table_rows in rows.items():
        _write_part(work_dir / name, number, _frame(name, table_rows))
    n_analysed = len(articles) - sum(1 for r in results if isinstance(r, InputError))
    marker = work_dir / "done" / f"{number:05d}"
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(f"{n_analysed} {len(rows['errors'])}\n")  # written last: the partition is complete
    return {"articles": n_analysed, "errors": len(rows["errors"]), "worker_pid": os.getpid(),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _article_rows(article, record: dict[str, Any], rows: dict[str, list], uid: int) -> None:
    source = record["source"]
    rows["articles"].append({"source": source, "id": article.id, "n_paragraphs": len(record["paragraphs"]),
                             "n_words": article.n_words, "encoding": record["encoding"], "format": article.format})
    for i, p in enumerate(record["paragraphs"]):
        norm = paragraph_key(p["text"])
        rows["paragraphs"].append({"source": source, "index": p["index"], "start": p["start"], "end": p["end"],
                                   "text": p["text"], "uid": uid + i, "norm_hash": exact_hash(norm), "norm": norm})
    for d in record["duplicates"]:
        rows["duplicates"].append({"source": source, "first": d["first"], "second": d["second"], "kind": d["kind"],
                                   "similarity": d["similarity"]})
    for o in record["organizations"]:
        rows["organizations"].append({"source": source, "name": o["name"], "kind": o["kind"],
                                      "n_mentions": len(o["mentions"]), "parent": o.get("parent"),
                                      "current": o.get("current"), "evidence": o.get("evidence")})
    for q in record["quotes"]:
        s = q["speaker"] or {}
        rows["quotes"].append({"source": source, "start": q["start"], "end": q["end"], "text": q["text"],
                               "kind": q["kind"], "speaker": s.get("name"), "speaker_title": s.get("title"),
                               "speaker_organization": s.get("organization"), "cue": q["cue"],
                               "paragraph": q.get("paragraph"),
                               "reused_in": ",".join(map(str, q.get("reused_in") or []))})


def _frame(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=pa.schema(SCHEMAS[name]))


def _write_part(folder: Path, number: int, table: pa.Table) -> None:
    """Write a Parquet part atomically: a temporary name, then a rename."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"part-{number:05d}.parquet"
    tmp = folder / f".{target.name}.{uuid.uuid4().hex}.tmp"
    pq.write_table(table, tmp)
    os.replace(tmp, target)


# -- the run -------------------------------------------------------------------------------------------


def run_batch(
    inputs: list[str],
    out: Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    fmt: str = "parquet",
    resume: bool = False,
    boilerplate_min_docs: int = 10,
    partition_size: int = 100,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_partition: Callable[[int, dict[str, int]], None] | None = None,
    client: Any = None,
) -> BatchResult:
    """Run the whole batch; see the module docstring.

    Raises:
        BatchError: an output folder in use without ``resume``, or a bad option.
    """
    if fmt not in ("parquet", "jsonl", "csv"):
        raise BatchError(f"unknown --format {fmt!r}: use parquet, jsonl or csv")
    if boilerplate_min_docs < 2:
        raise BatchError("--boilerplate-min-docs must be at least 2")
    work = out / "_work"
    plan_path = work / "plan.jsonl"
    if resume and plan_path.exists():
        partitions = read_plan(plan_path)
    else:
        if work.exists() and not resume:
            raise BatchError(f"{out} holds an earlier run: give --resume to finish it, or another --out folder")
        if out.exists() and any(out.iterdir()) and not resume:
            raise BatchError(f"{out} is not empty: give an empty or new --out folder")
        partitions = plan(inputs, partition_size)
        write_plan(partitions, plan_path)
    done_dir = work / "done"
    done = {int(p.name) for p in done_dir.iterdir()} if done_dir.exists() else set()
    todo = [i for i in range(len(partitions)) if i not in done]
    result = BatchResult(out=out, n_partitions=len(partitions), n_skipped=len(partitions) - len(todo))

    own_client = client is None
    cluster = None
    if own_client:
        from dask.distributed import Client, LocalCluster

        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                   processes=True, dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    try:
        from dask.distributed import as_completed

        futures = [client.submit(process_partition, i, partitions[i], str(work), model, max_bytes,
                                 key=f"nhotext-partition-{i}-{uuid.uuid4().hex[:8]}", pure=False) for i in todo]
        for future in as_completed(futures):
            counts = future.result()
            result.n_articles += counts["articles"]
            result.n_errors += counts["errors"]
            pid = counts.get("worker_pid", 0)
            result.worker_peak_rss_mb[pid] = max(result.worker_peak_rss_mb.get(pid, 0.0), counts.get("peak_rss_mb", 0))
            if on_partition:
                on_partition(len(partitions), counts)
            future.release()
        # totals over the whole run, the partitions of an earlier interrupted run included
        counts = [(done_dir / f"{i:05d}").read_text().split() for i in range(len(partitions))]
        result.n_errors = sum(int(c[1]) for c in counts)
        result.n_articles = sum(int(c[0]) for c in counts)
        _corpus_stage(work, out, fmt, boilerplate_min_docs, result)
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()
    return result


# -- stage 2: across the corpus ------------------------------------------------------------------------


def _corpus_stage(work: Path, out: Path, fmt: str, min_docs: int, result: BatchResult) -> None:
    import dask.dataframe as dd

    paragraphs = dd.read_parquet(str(work / "paragraphs"), columns=["uid", "source", "norm_hash", "norm"])
    # exact copies: one representative (smallest uid) per normalised text seen twice or more
    by_hash = paragraphs.groupby("norm_hash")["uid"].agg(["min", "count"])
    by_hash = by_hash[by_hash["count"] > 1].compute()
    rep_of_hash = by_hash["min"].to_dict()
    n_docs = paragraphs[["norm_hash", "source"]].drop_duplicates().groupby("norm_hash").size()
    boilerplate_hashes = set(n_docs[n_docs >= min_docs].compute().index)

    hash_frame = pd.DataFrame({"norm_hash": list(rep_of_hash), "rep": list(rep_of_hash.values())},
                              columns=["norm_hash", "rep"]).astype("int64")

    # near copies: LSH band keys of one representative per exact group, paired within a bucket
    bands = dd.read_parquet(str(work / "bands")).merge(paragraphs[["uid", "norm_hash"]], on="uid")
    bands = bands.merge(hash_frame, on="norm_hash", how="left")
    bands = bands[bands["rep"].isna() | (bands["rep"] == bands["uid"])][["uid", "key"]]
    sizes = bands.groupby("key").size().rename("n").reset_index()
    bands = bands.merge(sizes, on="key")
    bands = bands[(bands["n"] > 1) & (bands["n"] <= MAX_BUCKET)][["uid", "key"]]
    pairs = bands.merge(bands, on="key", suffixes=("_a", "_b"))
    pairs = pairs[pairs["uid_a"] < pairs["uid_b"]][["uid_a", "uid_b"]].drop_duplicates()
    texts = paragraphs[["uid", "norm"]]
    pairs = pairs.merge(texts.rename(columns={"uid": "uid_a", "norm": "norm_a"}), on="uid_a")
    pairs = pairs.merge(texts.rename(columns={"uid": "uid_b", "norm": "norm_b"}), on="uid_b")
    verified = pairs.map_partitions(_verify, meta={"uid_a": "int64", "uid_b": "int64", "similarity": "float64"})
    edges = verified.compute()

    group_of = group_pairs(zip(edges["uid_a"], edges["uid_b"]))
    group_frame = pd.DataFrame({"rep": list(group_of), "group": list(group_of.values())},
                               columns=["rep", "group"]).astype("int64")

    # dup_group for every paragraph, kept only for groups that span two articles or more
    assigned = paragraphs[["uid", "source", "norm_hash"]].map_partitions(
        _assign_groups, hash_frame, group_frame,
        meta={"uid": "int64", "source": "object", "norm_hash": "int64", "dup_group": "float64"})
    spread = assigned.dropna(subset=["dup_group"]).groupby("dup_group")["source"].nunique().compute()
    cross = set(spread.index[spread >= 2])
    _finalize(work, out, fmt, cross, boilerplate_hashes, hash_frame, group_frame, result)


def _verify(frame: pd.DataFrame) -> pd.DataFrame:
    scores = [similar(a, b) for a, b in zip(frame["norm_a"], frame["norm_b"])]
    keep = [s is not None for s in scores]
    return pd.DataFrame({"uid_a": frame["uid_a"][keep].astype("int64"), "uid_b": frame["uid_b"][keep].astype("int64"),
                         "similarity": [s for s in scores if s is not None]})


def _assign_groups(frame: pd.DataFrame, hash_frame: pd.DataFrame, group_frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.merge(hash_frame, on="norm_hash", how="left")
    in_exact = frame["rep"].notna()
    frame["rep"] = frame["rep"].astype("float64")
    frame["rep"] = frame["rep"].fillna(frame["uid"]).astype("int64")
    frame = frame.merge(group_frame, on="rep", how="left")
    frame["dup_group"] = frame["group"].where(frame["group"].notna(), frame["rep"].where(in_exact))
    return frame[["uid", "source", "norm_hash", "dup_group"]].astype({"dup_group": "float64"})


def _finalize(work: Path, out: Path, fmt: str, cross: set, boilerplate_hashes: set, hash_frame: pd.DataFrame,
              group_frame: pd.DataFrame, result: BatchResult) -> None:
    for name in TABLES:
        staging = out / f".{name}.{fmt}.tmp"
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir(parents=True)
        parts = sorted((work / name).glob("part-*.parquet"))
        for part in parts:
            frame = pd.read_parquet(part)
            schema = SCHEMAS[name]
            if name == "paragraphs":
                groups = _assign_groups(frame[["uid", "source", "norm_hash"]], hash_frame, group_frame)
                dup = groups["dup_group"].where(groups["dup_group"].isin(cross))
                frame["dup_group"] = dup.astype("Int64").values
                frame["boilerplate"] = frame["norm_hash"].isin(boilerplate_hashes).values
                frame = frame.drop(columns=["norm"])
                schema = FINAL_PARAGRAPHS
            _write_final(frame, staging / f"{part.stem}.{fmt}", fmt, pa.schema(schema))
        target = out / f"{name}.{fmt}"
        if target.exists():
            shutil.rmtree(target) if target.is_dir() else target.unlink()
        os.replace(staging, target)
        result.tables[name] = target


def _write_final(frame: pd.DataFrame, path: Path, fmt: str, schema: pa.Schema) -> None:
    if fmt == "parquet":
        pq.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False), path)
    elif fmt == "csv":
        frame.to_csv(path, index=False)
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
