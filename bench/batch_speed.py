"""Full `nhotext batch` throughput with 1 and 2 workers, peak memory per worker, and the
client's memory at two corpus sizes (it holds references, never texts).

    python bench/batch_speed.py [--articles 200]

Throughput runs the bundled pipeline; the client-memory runs use a blank
Norwegian pipeline (tokenizer and nhotext's paragraph and duplicate
components) so that a corpus several times larger goes through in minutes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _report import publish

CORPUS = Path(__file__).parents[1] / "corpus"

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from nhotext.batch import run_batch
inputs, out, workers, model = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
begin = time.perf_counter()
r = run_batch([inputs], out, workers=workers, partition_size=50, model=None if model == "-" else model)
print(json.dumps({"seconds": time.perf_counter() - begin, "articles": r.n_articles,
                  "workers_peak_mb": list(r.worker_peak_rss_mb.values()),
                  "client_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def make_corpus(path: Path, n_articles: int) -> int:
    """A .jsonl corpus of our sample articles, repeated with a varying first line; returns bytes."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n_articles):
            text = texts[i % len(texts)]
            out.write(json.dumps({"id": f"a{i}", "text": f"Sak nummer {i}\n\n{text}"}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def run(inputs: Path, workers: int, model: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", CHILD, str(inputs), str(Path(tmp) / "out"), str(workers), model],
                             capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--blank-articles", type=int, default=4000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus.jsonl"
        make_corpus(corpus, args.articles)
        rows = [(w, run(corpus, w, "-")) for w in (1, 2)]
        import spacy

        blank = tmp / "blank"
        spacy.blank("nb").to_disk(blank)
        sizes = []
        for factor in (1, 4):
            big = tmp / f"big{factor}.jsonl"
            n_bytes = make_corpus(big, args.blank_articles * factor)
            sizes.append((factor, n_bytes, run(big, 2, str(blank))))
    lines = [
        "## Batch (`bench/batch_speed.py`)",
        "",
        f"Command: `.venv/bin/python bench/batch_speed.py --articles {args.articles} "
        f"--blank-articles {args.blank_articles}`. A `.jsonl` corpus of our "
        "sample articles, partitions of 50, a LocalCluster of worker processes, the bundled pipeline "
        "(loaded once per worker; the time includes loading it and the cross-corpus stage).",
        "",
        "| workers | articles | seconds | articles/s | speed-up | peak memory per worker (MB) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    base = rows[0][1]["articles"] / rows[0][1]["seconds"]
    for workers, r in rows:
        rate = r["articles"] / r["seconds"]
        lines.append(f"| {workers} | {r['articles']:,} | {r['seconds']:.1f} | {rate:.1f} | {rate / base:.2f}× | "
                     f"{max(r['workers_peak_mb']):,.0f} |")
    lines += [
        "",
        "Client memory is bounded: the client plans partitions as byte ranges of the input and never holds "
        "texts. With a blank pipeline (tokenizer, paragraphs, duplicates) and 2 workers:",
        "",
        "| corpus | articles | input size (MB) | client peak (MB) | worker peak (MB) |",
        "|---|---:|---:|---:|---:|",
    ]
    for factor, n_bytes, r in sizes:
        lines.append(f"| {factor}× | {r['articles']:,} | {n_bytes / 2**20:,.0f} | {r['client_peak_mb']:,.0f} | "
                     f"{max(r['workers_peak_mb']):,.0f} |")
    publish("batch", lines)


if __name__ == "__main__":
    main()
