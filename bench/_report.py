"""Write a benchmark's section into docs/benchmarks.md (between its markers)."""

from __future__ import annotations

import platform
import re
from datetime import date
from pathlib import Path

DOC = Path(__file__).parents[1] / "docs" / "benchmarks.md"
HEADER = """# Benchmarks

Figures from the scripts in `bench/`, each run on the development machine
(2 cores, no GPU). Machines here are noisy: read the ratios against the
baseline measured in the same run, not the absolute numbers. Each section says
the command that reproduces it.
"""


def write_section(name: str, body: str) -> None:
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else HEADER
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    stamp = f"_Measured {date.today().isoformat()} on {platform.machine()}, Python {platform.python_version()}._"
    section = f"{begin}\n{body.strip()}\n\n{stamp}\n{end}"
    pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.DOTALL)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")


def publish(name: str, lines: list[str]) -> None:
    """Write a benchmark's section into docs/benchmarks.md and print it."""
    body = "\n".join(lines)
    write_section(name, body)
    print(body)
