"""What hard-wrapped text costs the quotes, and what reading its wraps as spaces wins back.

    python bench/wrapped_text.py [--widths 72,45] [--model sm]   # writes its section of docs/benchmarks.md

Real news with gold quotes, filled to a width the way e-mail and PDF copies are: quotes-dev's ``a*``/``b*`` passages
(the part developed on; ``c*`` stays untouched) and our own set on NorNE train (``corpus/gold/quotes-train``). Each
space where a line filler would break a paragraph's line becomes a newline, so the text keeps its length and the gold
its offsets. Each set is scored three times in the same run with ``nhotext evaluate-quotes``'s rule: as written (the
baseline), wrapped as the model sees it without :mod:`nhotext.wrapping`, and wrapped as the analysis reads it
(:func:`nhotext.wrapping.unwrap`). Needs ``../shared/data`` (or ``--data``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _report import publish

import nhotext
from nhotext.quotes import devset
from nhotext.quotes.evaluate import evaluate_dev_set
from nhotext.wrapping import soft_wraps, unwrap

ROOT = Path(__file__).parents[1]
FIGURES = ("f1", "speaker_accuracy", "title_accuracy", "organization_accuracy")


def fill(text: str, width: int) -> str:
    """``text`` with a newline in place of each space where a line filler would break its paragraphs' lines."""
    chars = list(text)
    for block_start, block in _blocks(text):
        line_start = block_start
        pos = block_start
        for word in block.split(" "):
            end = pos + len(word)
            if end - line_start > width and pos > line_start:
                chars[pos - 1] = "\n"
                line_start = pos
            pos = end + 1
    return "".join(chars)


def _blocks(text: str) -> list[tuple[int, str]]:
    blocks, start = [], 0
    for part in text.split("\n\n"):
        blocks.append((start, part))
        start += len(part) + 2
    return blocks


def score_folder(nlp, folder: Path, prefixes: tuple[str, ...], change, work: Path) -> dict:
    target = work / "set"
    shutil.rmtree(target, ignore_errors=True)
    (target / "passages").mkdir(parents=True)
    shutil.copy(folder / "gold.jsonl", target / "gold.jsonl")
    wraps = 0
    for path in sorted((folder / "passages").glob("*.txt")):
        text = change(path.read_text(encoding="utf-8"))
        wraps += text.count("\n") - text.count("\n\n") * 2
        (target / "passages" / path.name).write_text(text, encoding="utf-8")
    result = evaluate_dev_set(nlp, target, prefixes)
    result["newlines"] = wraps
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--widths", default="72,45")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    nlp = nhotext.load(args.model)
    widths = [int(w) for w in args.widths.split(",")]
    lines = ["## Hard-wrapped text", "", "`python bench/wrapped_text.py --widths " + args.widths
             + (f" --model {args.model}" if args.model else "") + "`", "",
             "Real news with gold quotes filled to a width as e-mail and PDF copies are (a space where a line "
             "filler breaks becomes a newline: same length, same gold offsets). Wraps found: the share of the "
             "newlines made that `nhotext.wrapping` reads as wraps.", "",
             "| set | text | wraps found | F1 | speaker | title | organisation |", "|---|---|---:|---:|---:|---:|---:|"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        own = devset.build(ROOT / "corpus" / "gold" / "quotes-train", args.data / "norne-nob" / "train", work / "own")
        for label, folder, prefixes in (("quotes-dev a*/b*", args.data / "quotes-dev", ("a", "b")),
                                        ("our set (NorNE train)", own, ())):
            base = score_folder(nlp, folder, prefixes, lambda t: t, work)
            lines.append(f"| {label} | as written (baseline) | | " + " | ".join(f"{base[f]:.3f}" for f in FIGURES)
                         + " |")
            for width in widths:
                found = made = 0
                for path in sorted((folder / "passages").glob("*.txt")):
                    wrapped = fill(path.read_text(encoding="utf-8"), width)
                    made += sum(1 for i, c in enumerate(wrapped) if c == "\n" and "\n" not in wrapped[i - 1:i + 2:2])
                    found += len(soft_wraps(wrapped))
                for name, change in ((f"wrapped at {width}, wraps as newlines", lambda t, w=width: fill(t, w)),
                                     (f"wrapped at {width}, wraps read as spaces",
                                      lambda t, w=width: unwrap(fill(t, w)))):
                    result = score_folder(nlp, folder, prefixes, change, work)
                    share = f"{found / max(made, 1):.3f}" if "spaces" in name else ""
                    lines.append(f"| {label} | {name} | {share} | "
                                 + " | ".join(f"{result[f]:.3f}" for f in FIGURES) + " |")
    publish("wrapped", lines)


if __name__ == "__main__":
    main()
