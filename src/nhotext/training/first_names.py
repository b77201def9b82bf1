"""Build the list of first names and their gender from the Norwegian Dependency Treebank.

NDT marks a person's first name ``prop|mask`` or ``prop|fem`` (its surname only ``prop``), so every
person entity NorNE annotates in the treebank says which names are women's and which men's. The
hand-written ``resources/first_names.tsv`` holds the commonest Norwegian names; this list adds the
rest the treebank has (``Sofia``, ``Faltin``, ``François``), for ``han``/``hun`` resolution and the
share of women among named sources. Names and genders only, nothing of the texts (the annotations
are CC0).

    python -m nhotext.training.first_names --data ../shared/data/norne-nob/train \
        --data ../shared/data/norne-nno --out src/nhotext/resources/first_names_ndt.tsv
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from ..errors import TrainingDataError

GENDERS = {"mask": "m", "fem": "f"}
MIN_COUNT = 1  # the treebank's gender marks are annotated by hand
MIN_AGREEMENT = 0.9  # share of its occurrences that give the name its gender


def count_first_names(directories: Iterable[Path]) -> dict[str, Counter]:
    """Gender counts of the first word of every person entity of two words or more that NDT marks
    ``mask`` or ``fem``."""
    counts: dict[str, Counter] = defaultdict(Counter)
    files = [path for directory in directories for path in sorted(Path(directory).glob("**/*.conll"))]
    if not files:
        raise TrainingDataError("no *.conll files: give NorNE folders (norne-nob/train, norne-nno)")
    for path in files:
        rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
        for cols, after in zip(rows, [*rows[1:], []]):
            # the first word of a name of two words or more (a lone "Nansen" is a surname), not a genitive
            if len(cols) < 10 or not cols[9].endswith("B-PER") or len(after) < 10 or not after[9].endswith("I-PER"):
                continue
            features = set(cols[5].split("|"))
            if "gen" in features:
                continue
            gender = next((GENDERS[f] for f in features if f in GENDERS), None)
            name = cols[1]
            if gender is not None and "prop" in features and name[:1].isupper() and name.replace("-", "").isalpha():
                counts[name][gender] += 1
    return counts


def first_names(directories: Iterable[Path], min_count: int = MIN_COUNT) -> dict[str, str]:
    """First name -> ``m``/``f`` for the names written ``min_count`` times or more with one gender in
    :data:`MIN_AGREEMENT` of them."""
    found = {}
    for name, counts in count_first_names(directories).items():
        gender, n = counts.most_common(1)[0]
        if sum(counts.values()) >= min_count and n >= MIN_AGREEMENT * sum(counts.values()):
            found[name] = gender
    return found


def write(names: dict[str, str], output: Path) -> None:
    lines = ["# First names and their gender from the Norwegian Dependency Treebank (NorNE train, Bokmål and",
             "# Nynorsk): the first word of a person's name of two words or more marked prop|mask or",
             f"# prop|fem, written at least {MIN_COUNT} time(s), {MIN_AGREEMENT:.0%} of them with one gender. Built by",
             "# nhotext.training.first_names; the hand-written first_names.tsv wins where both hold a name.",
             "# Names only (the annotations are CC0)."]
    lines += [f"{name}\t{gender}" for name, gender in sorted(names.items())]
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, action="append", required=True, help="a NorNE folder (repeatable)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    names = first_names(args.data)
    write(names, args.out)
    print(f"{len(names)} first names -> {args.out}")


if __name__ == "__main__":
    main()
