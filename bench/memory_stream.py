"""Memory of the full pipeline over a long stream of documents: resident memory after every 1,000
documents of ``nlp.pipe`` (NoReC paragraphs, real text), to show it does not grow; and the peak of
``nhotext analyze`` on one article (in its own process).

    python bench/memory_stream.py [--norec ../shared/data/norec-nob] [--docs 10000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _report import publish

ROOT = Path(__file__).parents[1]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def paragraphs(folder: Path, n: int) -> list[str]:
    found: list[str] = []
    for shard in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(shard, "rt", encoding="utf-8") as handle:
            for line in handle:
                found += [p.replace("\n", " ") for p in json.loads(line)["text"].split("\n\n") if len(p) > 80]
                if len(found) >= n:
                    return found[:n]
    return found


def main() -> None:
    import nhotext

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--norec", type=Path, default=ROOT.parent / "shared" / "data" / "norec-nob")
    parser.add_argument("--docs", type=int, default=10_000)
    args = parser.parse_args()
    texts = paragraphs(args.norec, args.docs)
    nlp = nhotext.load()
    marks = [(0, rss_mb())]
    done = 0
    for start in range(0, len(texts), 1000):
        # as nhotext.analysis does: records out, then the zone frees the strings the Docs added
        with nlp.memory_zone():
            for doc in nlp.pipe(texts[start:start + 1000], batch_size=32):
                _ = (doc._.quotes, doc._.organizations, doc._.duplicates)
                done += 1
        marks.append((done, rss_mb()))
    article = ROOT / "corpus" / "articles" / "klynger-innlandet.txt"
    child = subprocess.run([sys.executable, "-c", "import resource, subprocess, sys; "
                            "subprocess.run([sys.executable, '-m', 'nhotext', 'analyze', '-f', 'json', sys.argv[1]], "
                            "stdout=subprocess.DEVNULL, check=True); "
                            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)", str(article)],
                           capture_output=True, text=True, check=True, env=dict(os.environ))
    one_article = float(child.stdout.strip())
    first, last = marks[1][1], marks[-1][1]
    lines = [
        "## Memory over a stream (`bench/memory_stream.py`)",
        "",
        f"Command: `.venv/bin/python bench/memory_stream.py --docs {args.docs}`. {len(texts):,} NoReC paragraphs "
        "through the full pipeline (`nlp.pipe(batch_size=32)`, every extension read, one `nlp.memory_zone()` "
        "per 1,000 documents as `nhotext.analysis` uses them); resident memory of the process after each 1,000 "
        "documents.",
        "",
        "| documents | resident memory (MB) |",
        "|---:|---:|",
    ]
    lines += [f"| {n:,} | {mb:,.0f} |" for n, mb in marks]
    lines += [
        "",
        f"From 1,000 to {marks[-1][0]:,} documents memory changes by {last - first:+,.0f} MB "
        f"({(last - first) / first:+.1%}). Peak of `nhotext analyze` on one article "
        f"(`corpus/articles/klynger-innlandet.txt`, its own process): {one_article:,.0f} MB.",
    ]
    publish("memory", lines)


if __name__ == "__main__":
    main()
