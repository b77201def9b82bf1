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
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..duplicates.thresholds import DEFAULT_THRESHOLD
from ..errors import BatchError, InputError
from ..output import safe_csv
from ..reading import DEFAULT_MAX_BYTES
from .dedup import band_keys, exact_hash, group_pairs, paragraph_key, similar
from .inputs import Ref, plan, read_plan, read_ref, write_plan

logger = logging.getLogger(__name__)

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
                      ("current", _S), ("evidence", _S)],
    "quotes": [("source", _S), ("start", _I), ("end", _I), ("text", _S), ("kind", _S), ("speaker", _S),
               ("speaker_type", _S), ("speaker_title", _S), ("speaker_organization", _S), ("cue", _S), ("paragraph", _I),
               ("reused_in", _S)],
    "errors": [("source", _S), ("error", _S)],
    "bands": [("uid", _I), ("key", _I), ("norm_hash", _I)],
}
FINAL_PARAGRAPHS = [f for f in SCHEMAS["paragraphs"] if f[0] != "norm"] + [("dup_group", _I), ("boilerplate", _B)]
FINAL_SCHEMAS = {**SCHEMAS, "articles": [f for f in SCHEMAS["articles"] if f[0] != "partition"]}
ARCHIVE_DIR = "archive"  # OUT/archive/{paragraphs,bands}/part-*.parquet: the index of `check --against`
COLUMNS = {name: [c for c, _ in fields] for name, fields in SCHEMAS.items()}
UID_STRIDE = 10_000_000  # paragraph uid = partition * UID_STRIDE + running number
MAX_BUCKET = 1000  # an LSH bucket larger than this is site furniture, not a copy: skipped
BAND_ROWS_PER_PARTITION = 4_000_000  # band rows per partition of the cross-corpus shuffles (about 100 MB)


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


# -- stage 1: one partition ----------------------------------------------------------------------------

_PIPELINES: dict[str | None, Any] = {}


def _pipeline(model: str | None):
    """The pipeline of this worker process, loaded on its first task and kept."""
    if model not in _PIPELINES:
        from ..pipeline import load

        _PIPELINES[model] = load(model)
    return _PIPELINES[model]


def process_partition(number: int, refs: list[Ref], work: str, model: str | None = None,
                      max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, float]:
    """Analyse one partition and write its parts and done marker; returns counts."""
    from ..analysis import analyze_articles

    work_dir = Path(work)
    articles, errors = [], []
    for ref in refs:
        for item in read_ref(ref, max_bytes=max_bytes):
            (errors if isinstance(item, InputError) else articles).append(item)
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    uid = number * UID_STRIDE
    seen: dict[str, str] = {}
    unique = []
    for article in articles:  # one source per article: a repeated .jsonl id is refused
        if article.source in seen:
            errors.append(InputError(article.source, f"duplicate id: {article.id!r} is already used by the "
                                     f"article at {seen[article.source]}; the later article is left out"))
        else:
            seen[article.source] = article.where or article.source
            unique.append(article)
    articles = unique
    rows["errors"] = [{"source": e.source, "error": e.reason} for e in errors]
    results = list(analyze_articles(_pipeline(model), iter(articles))) if articles else []
    for article, result in zip(articles, results):
        if isinstance(result, InputError):
            rows["errors"].append({"source": result.source, "error": result.reason})
            continue
        _article_rows(article, result, rows, uid)
        rows["articles"][-1]["partition"] = number
        uid += len(result["paragraphs"])
    for name, table_rows in rows.items():
        _write_part(work_dir / name, number,
                    _bands_table(rows["paragraphs"]) if name == "bands" else _frame(name, table_rows))
    n_analysed = len(articles) - sum(1 for r in results if isinstance(r, InputError))
    marker = work_dir / "done" / f"{number:05d}"
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(f"{n_analysed} {len(rows['errors'])}\n")  # written last: the partition is complete
    return {"articles": n_analysed, "errors": len(rows["errors"]), "worker_pid": os.getpid(),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def write_parts(articles: Sequence[tuple[str, Sequence[str]]], work: Path, n_parts: int) -> None:
    """Stage 1 without a pipeline: ``(source, paragraph texts)`` articles written as ``n_parts`` partitions
    of paragraphs, bands and articles, for the corpus stage alone (benchmarks, tests, dedup-only runs)."""
    per_part = -(-len(articles) // n_parts)
    for part in range(n_parts):
        rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}
        uid = part * UID_STRIDE
        for source, texts in articles[part * per_part:(part + 1) * per_part]:
            rows["articles"].append({"source": source, "n_paragraphs": len(texts), "n_words": 0,
                                     "encoding": "utf-8", "format": "text", "partition": part})
            for i, text in enumerate(texts):
                norm = paragraph_key(text)
                rows["paragraphs"].append({"source": source, "index": i, "start": 0, "end": len(text), "text": text,
                                           "uid": uid, "norm_hash": exact_hash(norm), "norm": norm})
                uid += 1
        for name, table in rows.items():
            _write_part(work / name, part, _bands_table(rows["paragraphs"]) if name == "bands" else _frame(name, table))


def _bands_table(paragraphs: list[dict[str, Any]]) -> pa.Table:
    """The LSH band rows (uid, key, norm_hash) of a partition's paragraphs, built column-wise."""
    keys = band_keys([p["norm"] for p in paragraphs])
    uids = np.repeat(np.array([p["uid"] for p in paragraphs], dtype=np.int64), keys.shape[1])
    hashes = np.repeat(np.array([p["norm_hash"] for p in paragraphs], dtype=np.int64), keys.shape[1])
    flat = keys.ravel()
    keep = flat >= 0
    return pa.table({"uid": uids[keep], "key": flat[keep], "norm_hash": hashes[keep]}, schema=pa.schema(SCHEMAS["bands"]))


def _article_rows(article, record: dict[str, Any], rows: dict[str, list], uid: int) -> None:
    source = record["source"]
    rows["articles"].append({"source": source, "id": article.id, "n_paragraphs": len(record["paragraphs"]),
                             "n_words": article.n_words, "encoding": record["encoding"], "format": article.format,
                             "warnings": "; ".join(article.warnings) or None})
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
                               "kind": q["kind"], "speaker": s.get("name"), "speaker_type": s.get("type"),
                               "speaker_title": s.get("title"),
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
    threshold: float = DEFAULT_THRESHOLD,
    on_partition: Callable[[int, dict[str, float]], None] | None = None,
    on_plan: Callable[[int, int], None] | None = None,
    client: Any = None,
    scheduler_timeout: str = "10s",
) -> BatchResult:
    """Run the whole batch; see the module docstring.

    Inputs and ``out`` are made absolute here, in the client, so that workers
    started in another folder (or on another machine sharing the file system)
    read and write the same files.

    Raises:
        BatchError: an output folder in use without ``resume``, a bad option, no scheduler.
    """
    out = Path(out).absolute()
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
    if on_plan:
        on_plan(len(partitions), result.n_skipped)

    own_client = client is None
    cluster = None
    if own_client:
        from dask.distributed import Client, LocalCluster

        if scheduler:
            try:
                client = Client(scheduler, timeout=scheduler_timeout)
            except OSError as err:
                raise BatchError(f"cannot connect to the Dask scheduler at {scheduler}: {err}") from None
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
        _corpus_stage(work, out, fmt, boilerplate_min_docs, result, client, threshold)
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()
    return result


# -- stage 2: across the corpus ------------------------------------------------------------------------


def _corpus_stage(work: Path, out: Path, fmt: str, min_docs: int, result: BatchResult, client: Any = None,
                  threshold: float = DEFAULT_THRESHOLD) -> None:
    """Duplicate groups and boilerplate across the corpus, then the final tables (written by the workers).

    Every step that brings rows with one key together does it with an explicit
    hash shuffle on that key (``DataFrame.shuffle``: rows with equal keys end
    in one partition, whatever the number of partitions) followed by plain
    pandas inside each partition, so its correctness does not depend on what
    Dask believes about how a frame is already partitioned. The number of
    shuffle partitions follows the data's size, not the number of input
    partitions.
    """
    import dask
    import dask.dataframe as dd

    if client is None:
        from dask.distributed import get_client

        client = get_client()
    n_rows = sum(pq.ParquetFile(f).metadata.num_rows for f in (work / "bands").glob("part-*.parquet"))
    n = max(1, -(-n_rows // BAND_ROWS_PER_PARTITION))
    # exact copies: per normalised text seen twice or more, its representative (smallest uid), the number
    # of articles it is in and one of them
    paragraphs = dd.read_parquet(str(work / "paragraphs"), columns=["uid", "source", "norm_hash"])
    exact = paragraphs.shuffle("norm_hash", npartitions=n).map_partitions(_exact_groups, meta=_EXACT_META)

    # near copies: buckets of LSH band keys, one member per distinct text, paired inside each bucket
    bands = dd.read_parquet(str(work / "bands"), columns=["uid", "key", "norm_hash"])
    candidates = bands.shuffle("key", npartitions=n).map_partitions(_bucket_pairs, meta=_PAIR_META)
    pairs = candidates.shuffle("uid_a", npartitions=n).map_partitions(
        lambda f: f.drop_duplicates(["uid_a", "uid_b"]), meta=_PAIR_META)
    texts = dd.read_parquet(str(work / "paragraphs"), columns=["uid", "source", "norm"])
    left_texts = texts.rename(columns={"uid": "uid_a", "source": "source_a", "norm": "norm_a"}
                              ).shuffle("uid_a", npartitions=n)
    with_a = dd.map_partitions(_join, pairs, left_texts, "uid_a", align_dataframes=False,
                               meta={**_PAIR_META, "source_a": "object", "norm_a": "object"})
    right_texts = texts.rename(columns={"uid": "uid_b", "source": "source_b", "norm": "norm_b"}
                               ).shuffle("uid_b", npartitions=n)
    with_b = with_a.shuffle("uid_b", npartitions=n)
    verified = dd.map_partitions(_join_and_verify, with_b, right_texts, threshold, align_dataframes=False,
                                 meta=_EDGE_META)
    begin = time.perf_counter()
    with dask.config.set({"dataframe.shuffle.method": "tasks"}):  # fewer fixed costs than p2p at these sizes
        exact_frame, edges = dask.compute(exact, verified)
    result.n_candidate_pairs = len(edges)
    hash_frame, group_frame, cross, boilerplate = _groups(exact_frame, edges, min_docs)
    result.seconds["groups"] = time.perf_counter() - begin
    logger.info("cross-corpus groups: %.2f s, %d partitions", result.seconds["groups"], n)
    begin = time.perf_counter()
    context = client.scatter({"hash_frame": hash_frame, "group_frame": group_frame, "cross": cross,
                              "boilerplate": boilerplate, "duplicate_ids": _duplicate_sources(work)}, broadcast=True)
    parts = sorted(int(p.stem.split("-")[1]) for p in (work / "paragraphs").glob("part-*.parquet"))
    _finalize(work, out, fmt, parts, client, context, result)
    result.seconds["tables"] = time.perf_counter() - begin


_PAIR_META = {"uid_a": "int64", "hash_a": "int64", "uid_b": "int64", "hash_b": "int64"}
_EDGE_META = {**_PAIR_META, "source_a": "object", "source_b": "object", "similarity": "float64"}
_EXACT_META = {"norm_hash": "int64", "rep": "int64", "n_docs": "int64", "source": "object"}


def _exact_groups(frame: pd.DataFrame) -> pd.DataFrame:
    """Normalised texts found twice or more (every row of a hash is in this partition)."""
    frame = frame[frame.duplicated("norm_hash", keep=False)]
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in _EXACT_META.items()})
    grouped = frame.sort_values("uid").groupby("norm_hash", sort=False)
    found = pd.DataFrame({"rep": grouped["uid"].first(), "n_docs": grouped["source"].nunique(),
                          "source": grouped["source"].first()}).reset_index()
    return found.astype({"norm_hash": "int64", "rep": "int64", "n_docs": "int64"})


def _bucket_pairs(frame: pd.DataFrame) -> pd.DataFrame:
    """Candidate pairs of one partition of band rows (every row of a band key is in this partition)."""
    frame = frame.sort_values("uid").drop_duplicates(["key", "norm_hash"])  # one member per text and bucket
    sizes = frame.groupby("key")["uid"].transform("size")
    frame = frame[(sizes > 1) & (sizes <= MAX_BUCKET)]
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64") for c in _PAIR_META})
    joined = frame.merge(frame, on="key", suffixes=("_a", "_b"))
    joined = joined[joined["uid_a"] < joined["uid_b"]]
    joined = joined.rename(columns={"norm_hash_a": "hash_a", "norm_hash_b": "hash_b"})
    return joined[list(_PAIR_META)].drop_duplicates(["uid_a", "uid_b"]).astype("int64")


def _join(pairs: pd.DataFrame, texts: pd.DataFrame, on: str) -> pd.DataFrame:
    return pairs.merge(texts, on=on, how="inner")


def _join_and_verify(pairs: pd.DataFrame, texts: pd.DataFrame, threshold: float) -> pd.DataFrame:
    frame = pairs.merge(texts, on="uid_b", how="inner")
    scores = [similar(a, b, threshold) for a, b in zip(frame["norm_a"], frame["norm_b"])]
    keep = [s is not None for s in scores]
    kept = frame.loc[keep, list(_EDGE_META)[:-1]].astype({c: "int64" for c in _PAIR_META})
    kept["similarity"] = [s for s in scores if s is not None]
    return kept


def _groups(exact: pd.DataFrame, edges: pd.DataFrame, min_docs: int) -> tuple[pd.DataFrame, pd.DataFrame, set, set]:
    """Duplicate groups from exact texts and verified near pairs (in the client; sizes follow the number
    of copies, not of paragraphs): each text's representative, the representatives' groups, the groups
    found in two articles or more, and the boilerplate texts."""
    rep = dict(zip(exact["norm_hash"].tolist(), exact["rep"].tolist()))
    group_of = group_pairs((rep.get(ha, ua), rep.get(hb, ub)) for ua, ha, ub, hb in
                           zip(edges["uid_a"], edges["hash_a"], edges["uid_b"], edges["hash_b"]))
    hash_frame = pd.DataFrame({"norm_hash": list(rep), "rep": list(rep.values())},
                              columns=["norm_hash", "rep"]).astype("int64")
    group_frame = pd.DataFrame({"rep": list(group_of), "group": list(group_of.values())},
                               columns=["rep", "group"]).astype("int64")
    # A group spans two articles or more when one of its exact texts does, or when its members' articles
    # differ; an exact text found in one article only stands for that article.
    docs = {r: (d, s) for r, d, s in zip(exact["rep"].tolist(), exact["n_docs"].tolist(), exact["source"].tolist())}
    articles: dict[int, set] = {}
    cross: set[int] = set()
    for uid, text_hash, source in zip([*edges["uid_a"].tolist(), *edges["uid_b"].tolist()],
                                      [*edges["hash_a"].tolist(), *edges["hash_b"].tolist()],
                                      [*edges["source_a"].tolist(), *edges["source_b"].tolist()]):
        member = rep.get(text_hash, uid)
        n_docs, article = docs.get(member, (1, source))
        articles.setdefault(group_of[member], set()).add(article)
        if n_docs >= 2:
            cross.add(group_of[member])
    cross |= {g for g, found_in in articles.items() if len(found_in) >= 2}
    cross |= {r for r, (d, _) in docs.items() if d >= 2 and r not in group_of}  # exact copies only
    boilerplate = set(exact.loc[exact["n_docs"] >= min_docs, "norm_hash"].tolist())
    return hash_frame, group_frame, cross, boilerplate


def _assign_groups(frame: pd.DataFrame, hash_frame: pd.DataFrame, group_frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.merge(hash_frame, on="norm_hash", how="left")
    in_exact = frame["rep"].notna()
    frame["rep"] = frame["rep"].astype("float64")
    frame["rep"] = frame["rep"].fillna(frame["uid"]).astype("int64")
    frame = frame.merge(group_frame, on="rep", how="left")
    frame["dup_group"] = frame["group"].where(frame["group"].notna(), frame["rep"].where(in_exact))
    return frame[["uid", "source", "norm_hash", "dup_group"]].astype({"dup_group": "float64"})


def _duplicate_sources(work: Path) -> dict[str, int]:
    """Sources (``.jsonl`` ids) given to articles in more than one partition: source -> the partition
    that keeps it (the first); the others are refused in ``_finalize``."""
    frame = pd.read_parquet(work / "articles", columns=["source", "partition"])
    counts = frame.groupby("source")["partition"].agg(["min", "count"])
    return counts.loc[counts["count"] > 1, "min"].astype(int).to_dict()


def _finalize(work: Path, out: Path, fmt: str, parts: list[int], client: Any, context: Any,
              result: BatchResult) -> None:
    """Each worker writes the final tables of its parts into staging folders, swapped in at the end."""
    staging = {name: out / f".{name}.{fmt}.tmp" for name in TABLES}
    staging["archive"] = out / ".archive.tmp"
    for folder in staging.values():
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    refused = client.gather(client.map(
        _finalize_part, parts, work=str(work), staging={k: str(v) for k, v in staging.items()}, fmt=fmt,
        context=context, pure=False))
    result.n_errors += sum(refused)
    result.n_articles -= sum(refused)
    for name, folder in staging.items():
        target = out / (f"{name}.{fmt}" if name != "archive" else ARCHIVE_DIR)
        if target.exists():
            shutil.rmtree(target) if target.is_dir() else target.unlink()
        os.replace(folder, target)
        if name != "archive":
            result.tables[name] = target


def _finalize_part(number: int, work: str, staging: dict[str, str], fmt: str, context: dict[str, Any]) -> int:
    """Write the final rows of one part (on a worker); returns the number of articles refused here."""
    work_dir = Path(work)
    cross, boilerplate_hashes = context["cross"], context["boilerplate"]
    duplicate_ids: dict[str, int] = context["duplicate_ids"]
    frames = {name: pd.read_parquet(work_dir / name / f"part-{number:05d}.parquet") for name in TABLES}
    # a .jsonl id already used in an earlier partition: the later article is refused, not merged
    refused = sorted(s for s in frames["articles"]["source"] if duplicate_ids.get(s, number) != number)
    if refused:
        for name in TABLES:
            if name != "errors":
                frames[name] = frames[name][~frames[name]["source"].isin(refused)]
        first = {s: duplicate_ids[s] for s in refused}
        frames["errors"] = pd.concat([frames["errors"], pd.DataFrame({
            "source": refused,
            "error": [f"duplicate id: {s.rsplit('#', 1)[-1]!r} is already used by an article in partition "
                      f"{first[s]}; the later article is left out" for s in refused]})], ignore_index=True)
    paragraphs = frames["paragraphs"]
    archive = Path(staging["archive"])
    (archive / "paragraphs").mkdir(exist_ok=True)
    (archive / "bands").mkdir(exist_ok=True)
    pq.write_table(pa.Table.from_pandas(paragraphs[["uid", "source", "index", "norm_hash", "norm"]],
                                        preserve_index=False), archive / "paragraphs" / f"part-{number:05d}.parquet")
    bands = pd.read_parquet(work_dir / "bands" / f"part-{number:05d}.parquet", columns=["uid", "key"])
    bands = bands[bands["uid"].isin(paragraphs["uid"])].sort_values("key")
    pq.write_table(pa.Table.from_pandas(bands, preserve_index=False), archive / "bands" / f"part-{number:05d}.parquet")
    groups = _assign_groups(paragraphs[["uid", "source", "norm_hash"]], context["hash_frame"], context["group_frame"])
    paragraphs = paragraphs.copy()
    paragraphs["dup_group"] = groups["dup_group"].where(groups["dup_group"].isin(cross)).astype("Int64").values
    paragraphs["boilerplate"] = paragraphs["norm_hash"].isin(boilerplate_hashes).values
    frames["paragraphs"] = paragraphs.drop(columns=["norm"])
    frames["articles"] = frames["articles"].drop(columns=["partition"])
    for name in TABLES:
        schema = FINAL_PARAGRAPHS if name == "paragraphs" else FINAL_SCHEMAS[name]
        _write_final(frames[name], Path(staging[name]) / f"part-{number:05d}.{fmt}", fmt, pa.schema(schema))
    return len(refused)


def _write_final(frame: pd.DataFrame, path: Path, fmt: str, schema: pa.Schema) -> None:
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
