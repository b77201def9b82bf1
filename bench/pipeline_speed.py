"""Words per second of `nhotext analyze`'s pipeline on one core, beside spaCy's bare
tokenizer in the same run, and peak memory.

    python bench/pipeline_speed.py [--model NAME_OR_PATH] [--articles 300]

Each measurement runs in its own child process pinned to one core (threads of
BLAS set to 1), so the peak memory of one does not hide the other's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _report import write_section

CORPUS = Path(__file__).parents[1] / "corpus"

CHILD = r"""
import json, os, resource, sys, time
os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
mode, model, n_articles = sys.argv[1], sys.argv[2], int(sys.argv[3])
from pathlib import Path
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[4]).rglob("*.txt"))]
texts = [texts[i % len(texts)] for i in range(n_articles)]
import spacy, nhotext
if mode == "tokenizer":
    nlp = spacy.blank("nb")
    run = lambda: [nlp.make_doc(t) for t in texts]
else:
    nlp = nhotext.load(None if model == "-" else model)
    run = lambda: list(nlp.pipe(texts, batch_size=32))
run() if mode == "tokenizer" else list(nlp.pipe(texts[:8]))  # warm up
begin = time.perf_counter()
docs = run()
seconds = time.perf_counter() - begin
words = sum(1 for d in docs for t in d if not t.is_space and not t.is_punct)
print(json.dumps({"mode": mode, "seconds": seconds, "words": words, "articles": len(texts),
                  "pipeline": nlp.pipe_names,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(mode: str, model: str, articles: int) -> dict:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", CHILD, mode, model, str(articles), str(CORPUS)],
                         capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="-", help="pipeline name or path (default: the bundled model)")
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    tokenizer = measure("tokenizer", args.model, args.articles)
    full = measure("pipeline", args.model, args.articles)
    wps = {r["mode"]: r["words"] / r["seconds"] for r in (tokenizer, full)}
    lines = [
        "## Pipeline speed (`bench/pipeline_speed.py`)",
        "",
        f"Command: `.venv/bin/python bench/pipeline_speed.py`. {full['articles']} articles from `corpus/` "
        f"({full['words']:,} words, punctuation not counted), `nlp.pipe(batch_size=32)`, one core, "
        "after a warm-up; each row in its own process.",
        "",
        "| what | words/s | peak memory (MB) |",
        "|---|---:|---:|",
        f"| bare spaCy tokenizer (`spacy.blank('nb')`) | {wps['tokenizer']:,.0f} | {tokenizer['peak_rss_mb']:,.0f} |",
        f"| full pipeline: {', '.join(full['pipeline'])} | {wps['pipeline']:,.0f} | {full['peak_rss_mb']:,.0f} |",
        "",
        f"The model costs {wps['tokenizer'] / wps['pipeline']:,.0f}× the tokenizer's time "
        f"(full pipeline at {wps['pipeline']:,.0f} words/s on one core; aim: 5,000).",
    ]
    write_section("pipeline", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
