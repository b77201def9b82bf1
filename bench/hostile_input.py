"""Time and peak memory of every command on hostile inputs (the files of ``tests/hostile``), each run
in its own process through the real ``nhotext`` entry point, beside the same command on a good
article (the baseline, in the same run).

    python bench/hostile_input.py

The bound the issue sets: no run over 1 GB, none that hangs. The longest accepted article (990,000
characters on one line, just under the pipeline's limit) is included for ``analyze``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).parent))

from _report import publish
from hostile.files import make


def measure(args: list[str]) -> tuple[int, float, float]:
    """Exit code, wall seconds and peak RSS (MB) of ``python -m nhotext ARGS``."""
    begin = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "nhotext", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, time.perf_counter() - begin, usage.ru_maxrss / 1024


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="nhotext-hostile-"))
    files = make(folder / "in")
    longest = folder / "lengste.txt"
    sentence = "Kommunen vil bygge en ny skole på Ingeberg, og arbeidet starter til høsten. "
    longest.write_text((sentence * (990_000 // len(sentence) + 1))[:990_000], encoding="utf-8")
    # a long article of reports quoting a document: every quote looks for the document's writer
    reports = folder / "rapporter.txt"
    paragraph = ("Skolene taper elever, ifølge rapporten. Kari Moe mener at rapporten viser at kommunen må "
                 "handle.\n\n- Dette er alvorlig, sier Moe.\n\n")
    reports.write_text(paragraph * (900_000 // len(paragraph)), encoding="utf-8")
    runs = [
        ("check", "good article (baseline)", ["check", str(files["good"])]),
        ("check", "50,000 identical paragraphs", ["check", str(files["copies"])]),
        ("check", "1 MB single line", ["check", str(files["line"])]),
        ("check", "2 MB article", ["check", str(files["big"])]),
        ("check", "HTML nested 10,000 deep", ["check", str(files["deep"])]),
        ("check", "escape sequences", ["check", str(files["escape"])]),
        ("check", "the whole hostile folder", ["check", str(files["good"].parent)]),
        ("analyze", "good article (baseline)", ["analyze", "-f", "json", str(files["good"])]),
        ("analyze", "HTML nested 10,000 deep", ["analyze", "-f", "json", str(files["deep"])]),
        ("analyze", "1 MB single line (refused: over 1,000,000 characters)", ["analyze", "-f", "json",
                                                                               str(files["line"])]),
        ("analyze", "990,000 characters on one line (accepted)", ["analyze", "-f", "json", str(longest)]),
        ("analyze", "the whole hostile folder", ["analyze", "-f", "jsonl", str(files["good"].parent)]),
        ("quotes", "good article (baseline)", ["quotes", "-f", "csv", str(files["good"])]),
        ("quotes", "the whole hostile folder", ["quotes", "-f", "csv", str(files["good"].parent)]),
        ("quotes", "900,000 characters of document reports and dash quotes", ["quotes", "-f", "csv", str(reports)]),
        ("batch", "the whole hostile folder (--model blank, 1 worker)",
         ["batch", str(files["good"].parent), "--out", str(folder / "out"), "--model", "blank", "--workers", "1",
          "--quiet"]),
    ]
    rows = []
    base: dict[str, tuple[float, float]] = {}
    for command, what, args in runs:
        code, seconds, peak = measure(args)
        base.setdefault(command, (seconds, peak))
        rows.append((command, what, code, seconds, peak, seconds / base[command][0]))
        print(f"{command:8s} {what:55s} exit {code:3d} {seconds:7.1f} s {peak:7.0f} MB", flush=True)
    lines = [
        "## Hostile input (`bench/hostile_input.py`)",
        "",
        "Command: `.venv/bin/python bench/hostile_input.py`. Each run is `python -m nhotext ...` in its own "
        "process (the files of `tests/hostile/files.py`, generated); peak memory is the process's maximum "
        "resident set. *vs baseline* is the time against the same command on the good article in this run.",
        "",
        "| command | input | exit | seconds | vs baseline | peak memory (MB) |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for command, what, code, seconds, peak, ratio in rows:
        lines.append(f"| `{command}` | {what} | {code} | {seconds:.1f} | {ratio:.1f}× | {peak:.0f} |")
    worst = max(r[4] for r in rows)
    lines += ["", f"Highest peak: {worst:.0f} MB (bound: 1,024 MB). Exit codes as documented: 1 repeats found, "
              "2 a bad input (reported, the others processed), 3 a batch with failed inputs."]
    publish("hostile", lines)


if __name__ == "__main__":
    main()
