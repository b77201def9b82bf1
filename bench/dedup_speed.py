"""Speed of the in-article duplicate finder against a naive all-pairs comparison,
and the cold wall time of `nhotext check` on a 1,500-word draft.

    python bench/dedup_speed.py            # writes its section of docs/benchmarks.md

The naive baseline verifies every pair of paragraphs with the very same
similarity code (``_compare``) that verifies the index's candidates, so the
ratio is the saving of the candidate index alone. For 5,000 paragraphs the
baseline's 12.5 million pairs would take minutes: it is timed on a random
sample of pairs and scaled (marked "est.").
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import synthetic
from _report import publish

from nhotext.duplicates import DEFAULT_THRESHOLD, find_duplicates
from nhotext.duplicates.finder import MIN_SENTENCE_WORDS, _compare, _sentences, _Unit
from nhotext.reading import split_paragraphs
from nhotext.text import normalize

SIZES = (100, 1000, 5000)
NAIVE_PAIR_SAMPLE = 200_000


def naive(paragraphs, sample: int | None = None) -> tuple[float, int, int]:
    """Seconds for all pairs (or a sample of them, scaled), pairs compared, pairs found."""
    begin = time.perf_counter()
    units = [_Unit(p, normalize(p.text, base=p.start)) for p in paragraphs]
    for unit in units:
        unit.sentences = _sentences(unit, MIN_SENTENCE_WORDS)
    prep = time.perf_counter() - begin
    n_pairs = len(units) * (len(units) - 1) // 2
    pairs = combinations(range(len(units)), 2)
    if sample and n_pairs > sample:
        rng = random.Random(0)
        pairs = ((a, b) for a, b in (sorted(rng.sample(range(len(units)), 2)) for _ in range(sample)))
    begin = time.perf_counter()
    compared = found = 0
    for a, b in pairs:
        compared += 1
        found += _compare(units[a], units[b], DEFAULT_THRESHOLD) is not None
    seconds = time.perf_counter() - begin
    return prep + seconds * n_pairs / compared, n_pairs, found


def timed(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        begin = time.perf_counter()
        fn()
        times.append(time.perf_counter() - begin)
    return min(times)


def cold_check_seconds(draft: Path, repeat: int = 5) -> tuple[float, float]:
    """Median wall time of a cold `nhotext check` process, and of a bare `python -c pass`."""
    def run(args):
        times = []
        for _ in range(repeat):
            begin = time.perf_counter()
            subprocess.run(args, capture_output=True, check=False)
            times.append(time.perf_counter() - begin)
        return statistics.median(times)

    return run([sys.executable, "-m", "nhotext", "check", str(draft)]), run([sys.executable, "-c", "pass"])


def main() -> None:
    rows = []
    for n in SIZES:
        text = synthetic.document(n, seed=n)
        paragraphs = split_paragraphs(text)
        indexed = timed(lambda paragraphs=paragraphs: find_duplicates(paragraphs), repeat=3 if n < 5000 else 1)
        n_found = len(find_duplicates(paragraphs))
        sample = NAIVE_PAIR_SAMPLE if n > 1000 else None
        naive_seconds, n_pairs, _ = naive(paragraphs, sample=sample)
        rows.append((n, indexed, naive_seconds, n_pairs, n_found, sample is not None))
        print(f"{n:>5} paragraphs: index {indexed:.3f}s, naive {naive_seconds:.2f}s", file=sys.stderr)

    draft_words = []
    rng = random.Random(3)
    while len(draft_words) < 1500:
        draft_words.extend(synthetic.paragraph(rng, 3).split() + ["\n\n"])
    draft = Path("/tmp/nhotext-bench-draft.txt")
    draft.write_text(" ".join(draft_words).replace(" \n\n ", "\n\n"), encoding="utf-8")
    cold, python_start = cold_check_seconds(draft)

    lines = [
        "## In-article duplicates (`bench/dedup_speed.py`)",
        "",
        "Command: `.venv/bin/python bench/dedup_speed.py`. Synthetic documents of Norwegian words "
        "(`bench/synthetic.py`) with about 5 % exact, near and extended copies. *index* is "
        "`find_duplicates`; *naive* compares every pair with the same verification code.",
        "",
        "| paragraphs | pairs | found | index (s) | paragraphs/s | naive all-pairs (s) | naive / index |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n, indexed, naive_seconds, n_pairs, n_found, estimated in rows:
        est = " (est.)" if estimated else ""
        lines.append(f"| {n:,} | {n_pairs:,} | {n_found} | {indexed:.3f} | {n / indexed:,.0f} | "
                     f"{naive_seconds:.2f}{est} | {naive_seconds / indexed:,.0f}× |")
    growth = rows[-1][1] / rows[0][1]
    lines += [
        "",
        f"Growth from {SIZES[0]:,} to {SIZES[-1]:,} paragraphs ({SIZES[-1] // SIZES[0]}× more): index "
        f"{growth:,.0f}× slower, naive {rows[-1][2] / rows[0][2]:,.0f}× slower (all-pairs grows with the square).",
        "",
        "### Cold `nhotext check` on a 1,500-word draft",
        "",
        "| command | median wall time (s) |",
        "|---|---:|",
        f"| `python -m nhotext check draft.txt` (1,500 words) | {cold:.2f} |",
        f"| `python -c pass` (interpreter start, baseline) | {python_start:.2f} |",
        "",
        f"`check` costs {cold / python_start:.1f}× a bare interpreter start: it never imports spaCy or "
        "loads a model.",
    ]
    publish("dedup", lines)


if __name__ == "__main__":
    main()
