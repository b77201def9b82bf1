"""``nhotext batch`` on Dask: analyse partitions on workers, then find duplicates across the corpus.

Stage 1 (one task per partition, pipeline loaded once per worker process)
reads the partition's articles, runs ``nlp.pipe`` and writes one Parquet part
per table into ``OUT/_work/<table>/part-NNNNN.parquet`` (written to a temporary
name, then renamed), and last a marker ``OUT/_work/done/NNNNN``. A partition
with a marker is never redone: ``--resume`` after a crash or Ctrl-C picks up
the rest, and a partition cut short leaves no rows behind. Stage 2 is
:mod:`nhotext.batch.corpus`; the tables are :mod:`nhotext.batch.tables`.
"""

from __future__ import annotations

import logging
import os
import resource
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from ..duplicates.thresholds import DEFAULT_THRESHOLD
from ..errors import BatchError, InputError
from ..reading import DEFAULT_MAX_BYTES, Article
from .corpus import corpus_stage
from .dedup import band_keys, exact_hash, paragraph_key
from .inputs import Ref, plan, read_plan, read_ref, write_plan
from .tables import COLUMNS, SCHEMAS, UID_STRIDE, BatchResult, frame, write_part

logger = logging.getLogger(__name__)


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
    articles: list[Article] = []
    errors: list[InputError] = []
    for ref in refs:
        for item in read_ref(ref, max_bytes=max_bytes):
            if isinstance(item, InputError):
                errors.append(item)
            else:
                articles.append(item)
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
        write_part(work_dir / name, number,
                    _bands_table(rows["paragraphs"]) if name == "bands" else frame(name, table_rows))
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
            write_part(work / name, part, _bands_table(rows["paragraphs"]) if name == "bands" else frame(name, table))


def _bands_table(paragraphs: list[dict[str, Any]]) -> pa.Table:
    """The LSH band rows (uid, key, norm_hash) of a partition's paragraphs, built column-wise."""
    keys = band_keys([p["norm"] for p in paragraphs])
    uids = np.repeat(np.array([p["uid"] for p in paragraphs], dtype=np.int64), keys.shape[1])
    hashes = np.repeat(np.array([p["norm_hash"] for p in paragraphs], dtype=np.int64), keys.shape[1])
    flat = keys.ravel()
    keep = flat >= 0
    return pa.table({"uid": uids[keep], "key": flat[keep], "norm_hash": hashes[keep]},
                    schema=pa.schema(SCHEMAS["bands"]))


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
                                      "current": o.get("current"), "evidence": o.get("evidence"),
                                      "confidence": o.get("confidence")})
    for q in record["quotes"]:
        s = q["speaker"] or {}
        rows["quotes"].append({"source": source, "start": q["start"], "end": q["end"], "text": q["text"],
                               "kind": q["kind"], "speaker": s.get("name"), "speaker_type": s.get("type"),
                               "speaker_gender": s.get("gender"),
                               "speaker_title": s.get("title"),
                               "speaker_organization": s.get("organization"), "cue": q["cue"],
                               "paragraph": q.get("paragraph"),
                               "reused_in": ",".join(map(str, q.get("reused_in") or []))})



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
        corpus_stage(work, out, fmt, boilerplate_min_docs, result, client, threshold)
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()
    return result
