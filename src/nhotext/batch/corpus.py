"""The corpus stage of ``nhotext batch``: duplicate groups and boilerplate across every article.

It runs on Dask DataFrames over the parts stage 1 wrote: exact copies meet by
normalised hash, near copies by MinHash LSH band keys (one member per
distinct text in each bucket), every candidate pair is verified
(:func:`nhotext.batch.dedup.similar`), and union-find turns the verified
pairs into ``dup_group``; ``boilerplate`` marks texts found in
``boilerplate_min_docs`` articles or more. Each worker then writes the final
tables of its parts and the archive index.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..duplicates.thresholds import DEFAULT_THRESHOLD
from ..quotes.sources import summarize
from .dedup import group_pairs, similar
from .tables import ARCHIVE_DIR, FINAL_PARAGRAPHS, FINAL_SCHEMAS, FINAL_TABLES, TABLES, BatchResult, write_final

logger = logging.getLogger(__name__)

MAX_BUCKET = 1000  # an LSH bucket larger than this is site furniture, not a copy: skipped
BAND_ROWS_PER_PARTITION = 4_000_000  # band rows per partition of the cross-corpus shuffles (about 100 MB)


def corpus_stage(work: Path, out: Path, fmt: str, min_docs: int, result: BatchResult, client: Any = None,
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
    staging = {name: out / f".{name}.{fmt}.tmp" for name in FINAL_TABLES}
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
    frames["sources"] = summarize(frames["quotes"], articles=frames["articles"]["source"])
    for name in FINAL_TABLES:
        schema = FINAL_PARAGRAPHS if name == "paragraphs" else FINAL_SCHEMAS[name]
        write_final(frames[name], Path(staging[name]) / f"part-{number:05d}.{fmt}", fmt, pa.schema(schema))
    return len(refused)
