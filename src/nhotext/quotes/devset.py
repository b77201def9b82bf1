"""A quote set of our own in the ``quotes-dev`` layout, built from NorNE text at run time.

``corpus/gold/quotes-train/`` holds what we typed by hand about passages of NorNE *train* (the texts stay in
``../shared/data/norne-nob``): ``spec.tsv`` gives each passage as a row ``passage<TAB>file<TAB>paragraph
spec`` (paragraphs separated by ``|``, each a 1-based sentence number or range ``a-b`` of the file, as in
quotes-dev's ``spec/``), and ``gold.tsv`` the quotes as offsets and names only (``passage``, ``start``,
``end``, ``kind``, ``speaker``, ``title``, ``organization``, ``cue``), annotated under quotes-dev's
``GUIDELINES.md``. :func:`build` writes ``passages/*.txt`` and a ``gold.jsonl`` with the quotes' text into a
folder that :func:`nhotext.quotes.evaluate.evaluate_dev_set` scores, so that quotes-dev's ``c*`` can stay
untouched while rules are developed.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..errors import MalformedDataError
from ..training import ndt

FIELDS = ("passage", "start", "end", "kind", "speaker", "title", "organization", "cue")


def paragraph_spec(spec: str) -> list[tuple[int, int]]:
    """``1-2 | 3 | 4-6`` -> [(1, 2), (3, 3), (4, 6)]."""
    out = []
    for part in spec.split("|"):
        first, _, last = part.strip().partition("-")
        if not first.isdigit() or last and not last.isdigit():
            raise MalformedDataError(f"not a paragraph spec: {part.strip()!r} (a sentence number or a range a-b)")
        out.append((int(first), int(last or first)))
    return out


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]


def build(set_dir: Path, norne: Path, out: Path) -> Path:
    """Write ``out/passages/<passage>`` and ``out/gold.jsonl`` from ``set_dir`` (``spec.tsv``, ``gold.tsv``) and
    the NorNE folder ``norne`` (``.../norne-nob/train``); returns ``out``.

    Raises:
        MalformedDataError: a missing file, a bad row, a sentence number past the file's end, or a quote whose
            offsets fall outside its passage.
    """
    for name in ("spec.tsv", "gold.tsv"):
        if not (set_dir / name).is_file():
            raise MalformedDataError(f"{set_dir}: no {name} (a quote set of ours has spec.tsv and gold.tsv)")
    (out / "passages").mkdir(parents=True, exist_ok=True)
    texts: dict[str, str] = {}
    for row in _rows(set_dir / "spec.tsv"):
        if len(row) != 3:
            raise MalformedDataError(f"{set_dir / 'spec.tsv'}: a row is passage, file and paragraph spec: {row}")
        passage, stem, spec = row
        conll = norne / f"{stem}.conll"
        if not conll.is_file():
            raise MalformedDataError(f"{conll}: not found (give the NorNE train folder)")
        # a heading token left at a body sentence's end ("... barneverntjenesten» |") is dropped, as quotes-dev's
        # build.py does (GUIDELINES: sentences that end in "|" but are body text)
        sentences = [ndt.sentence_text(s).removesuffix(" |") for s in ndt.read_sentences(conll)]
        paragraphs = []
        for first, last in paragraph_spec(spec):
            if not 1 <= first <= last <= len(sentences):
                raise MalformedDataError(f"{passage}: sentences {first}-{last} outside {stem} ({len(sentences)})")
            paragraphs.append(" ".join(sentences[first - 1:last]))
        texts[passage] = "\n\n".join(paragraphs) + "\n"
        (out / "passages" / passage).write_text(texts[passage], encoding="utf-8")
    lines = []
    for row in _rows(set_dir / "gold.tsv")[1:]:
        record: dict = dict(zip(FIELDS, row + [""] * (len(FIELDS) - len(row))))
        text = texts.get(record["passage"])
        start, end = int(record["start"]), int(record["end"])
        if text is None or not 0 <= start < end <= len(text):
            raise MalformedDataError(f"{set_dir / 'gold.tsv'}: {row[:3]} is not a span of a passage of spec.tsv")
        record.update(start=start, end=end, quote=text[start:end])
        record.update({k: record[k] or None for k in ("speaker", "title", "organization", "cue")})
        lines.append(json.dumps(record, ensure_ascii=False))
    (out / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out
