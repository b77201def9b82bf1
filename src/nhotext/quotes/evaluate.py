"""Quote finding and attribution against the gold of ``corpus/gold/quotes/``.

A predicted quote matches a gold one when their character overlap is at least
half of the longer of the two (one-to-one, best overlap first). Speaker,
title and organisation are scored on matched quotes (a gold ``null`` is
matched only by a prediction with no speaker).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..reading import read_article


def gold_spans(text: str, quotes: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    spans = []
    for quote in quotes:
        start = -1
        for _ in range(quote.get("occurrence", 0) + 1):
            start = text.index(quote["text"], start + 1)
        spans.append((start, start + len(quote["text"]), quote))
    return spans


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").casefold() == (b or "").casefold()


def evaluate(nlp: Language, gold_dir: Path, corpus: Path) -> dict[str, Any]:
    n_gold = n_pred = matched = 0
    scores = {"speaker": 0, "title": 0, "organization": 0, "kind": 0}
    failures: list[str] = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = read_article(corpus / gold["article"])
        predicted = list(nlp(article.text)._.quotes)
        golds = gold_spans(article.text, gold["quotes"])
        n_gold += len(golds)
        n_pred += len(predicted)
        pairs = []
        for gi, (gs, ge, _) in enumerate(golds):
            for pi, q in enumerate(predicted):
                overlap = min(ge, q.end) - max(gs, q.start)
                if overlap > 0 and overlap >= 0.5 * max(ge - gs, q.end - q.start):
                    pairs.append((overlap, gi, pi))
        used_g, used_p = set(), set()
        for _, gi, pi in sorted(pairs, reverse=True):
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            matched += 1
            g, q = golds[gi][2], predicted[pi]
            s = q.speaker
            results = {
                "speaker": _same(s.name if s else None, g["speaker"]),
                "title": _same(s.title if s else None, g["title"]),
                "organization": _same(s.organization if s else None, g["organization"]),
                "kind": q.kind == g["kind"],
            }
            for key, ok in results.items():
                scores[key] += ok
            if not results["speaker"]:
                failures.append(f"{path.stem}: speaker {s.name if s else None!r} for {g['speaker']!r}: "
                                f"{g['text'][:50]!r}")
            for key in ("title", "organization"):  # of the right speaker: the others are the speaker's failure
                if results["speaker"] and not results[key]:
                    failures.append(f"{path.stem}: {key} {getattr(s, key) if s else None!r} for {g[key]!r} "
                                    f"({g['speaker']}): {g['text'][:40]!r}")
        failures += [f"{path.stem}: missed {golds[i][2]['text'][:60]!r}" for i in range(len(golds)) if i not in used_g]
        failures += [f"{path.stem}: extra {predicted[i].text[:60]!r}" for i in range(len(predicted))
                     if i not in used_p]
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict[str, Any] = {"n_gold": n_gold, "n_predicted": n_pred, "matched": matched,
                              "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}
    for key, value in scores.items():
        result[f"{key}_accuracy"] = round(value / matched, 4) if matched else 0.0
    result["failures"] = failures
    return result


def _norm(value: str | None) -> str | None:
    return " ".join((value or "").lower().split()) or None


FIELDS = ("speaker", "title", "organization", "kind", "cue")


def evaluate_dev_set(nlp: Language, folder: Path, prefixes: tuple[str, ...] = (),
                     resamples: int = 0) -> dict[str, Any]:
    """Score against a quote set in the ``quotes-dev`` layout (``gold.jsonl`` and ``passages/``) with the
    scoring rule of its ``GUIDELINES.md``: a prediction matches a gold quote of the same passage when their
    overlap is at least half of the longer span; gold quotes in file order, each paired with the first
    unused prediction; attributes compared case-insensitively after collapsing whitespace (null = null).

    ``prefixes`` keeps only passages whose names start with one of them (``("a", "b")`` for the part
    developed on, ``("c",)`` for the part kept aside). With ``resamples``, ``intervals`` gives each figure's
    95% interval by resampling passages (:mod:`nhotext.intervals`): what a set of this size can tell.

    Raises:
        MalformedDataError: no ``gold.jsonl`` or a line that is not a gold quote.
    """
    from ..errors import MalformedDataError

    gold_path = folder / "gold.jsonl"
    if not gold_path.is_file():
        raise MalformedDataError(f"{folder}: no gold.jsonl (a quotes-dev folder has gold.jsonl and passages/)")
    gold = []
    for line_no, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                record = json.loads(line)
                record["passage"], record["start"], record["end"]
            except (json.JSONDecodeError, KeyError, TypeError) as err:
                raise MalformedDataError(f"{gold_path}:{line_no}: not a gold quote ({err})") from None
            if not prefixes or record["passage"].startswith(prefixes):
                gold.append(record)
    passages = sorted({p.name for p in (folder / "passages").glob("*.txt")
                       if not prefixes or p.name.startswith(prefixes)})
    predicted = []
    texts = [(folder / "passages" / name).read_text(encoding="utf-8") for name in passages]
    for name, doc in zip(passages, nlp.pipe(texts)):
        for q in doc._.quotes or []:
            s = q.speaker
            predicted.append({"passage": name, "start": q.start, "end": q.end, "kind": q.kind, "cue": q.cue,
                              "speaker": s.name if s else None, "title": s.title if s else None,
                              "organization": s.organization if s else None, "quote": q.text})
    used: set[int] = set()
    pairs = []
    for g in gold:
        for k, p in enumerate(predicted):
            overlap = max(0, min(g["end"], p["end"]) - max(g["start"], p["start"]))
            if k not in used and p["passage"] == g["passage"] and \
                    overlap >= 0.5 * max(g["end"] - g["start"], p["end"] - p["start"]):
                used.add(k)
                pairs.append((g, p))
                break
    precision = len(pairs) / max(len(predicted), 1)
    recall = len(pairs) / max(len(gold), 1)
    result: dict[str, Any] = {
        "passages": len(passages), "n_gold": len(gold), "n_predicted": len(predicted), "matched": len(pairs),
        "precision": round(precision, 4), "recall": round(recall, 4),
        "f1": round(2 * precision * recall / max(precision + recall, 1e-9), 4),
    }
    for field_name in FIELDS:
        correct = sum(_norm(g[field_name]) == _norm(p.get(field_name)) for g, p in pairs)
        result[f"{field_name}_accuracy"] = round(correct / max(len(pairs), 1), 4)
    for kind in ("direct", "indirect"):
        of_kind = [g for g in gold if g["kind"] == kind]
        found = sum(1 for g, _ in pairs if g["kind"] == kind)
        result[f"recall_{kind}"] = round(found / max(len(of_kind), 1), 4)
    matched_gold = {id(g) for g, _ in pairs}
    result["missed"] = [f"{g['passage']}@{g['start']}: {g['quote'][:60]!r}" for g in gold if id(g) not in matched_gold]
    result["extra"] = [f"{p['passage']}@{p['start']}: {p['quote'][:60]!r}" for k, p in enumerate(predicted)
                       if k not in used]
    result["wrong_speakers"] = [f"{g['passage']}@{g['start']}: {p['speaker']!r} for {g['speaker']!r}"
                                for g, p in pairs if _norm(g["speaker"]) != _norm(p["speaker"])]
    for field_name in ("title", "organization", "kind", "cue"):
        result[f"wrong_{field_name}s"] = [
            f"{g['passage']}@{g['start']}: {p[field_name]!r} for {g[field_name]!r} ({g['speaker']})"
            for g, p in pairs if _norm(g[field_name]) != _norm(p[field_name])]
    if resamples:
        result["intervals"] = _intervals(passages, gold, predicted, pairs, resamples)
    return result


def _intervals(passages: list[str], gold: list[dict[str, Any]], predicted: list[dict[str, Any]],
               pairs: list[tuple[dict[str, Any], dict[str, Any]]], resamples: int) -> dict[str, Any]:
    """Each figure's 95% interval, passages resampled (:func:`nhotext.intervals.bootstrap`)."""
    from ..intervals import LEVEL, SEED, bootstrap, f1, ratio

    units: dict[str, dict[str, float]] = {name: {} for name in passages}

    def add(passage: str, count: str) -> None:
        unit = units.setdefault(passage, {})
        unit[count] = unit.get(count, 0) + 1

    for g in gold:
        add(g["passage"], "gold")
        add(g["passage"], f"gold_{g['kind']}")
    for p in predicted:
        add(p["passage"], "predicted")
    for g, p in pairs:
        add(g["passage"], "matched")
        add(g["passage"], f"matched_{g['kind']}")
        for field_name in FIELDS:
            if _norm(g[field_name]) == _norm(p.get(field_name)):
                add(g["passage"], f"{field_name}_right")
    figures = {"precision": ratio("matched", "predicted"), "recall": ratio("matched", "gold"),
               "f1": f1("matched", "predicted", "gold")}
    figures |= {f"{field_name}_accuracy": ratio(f"{field_name}_right", "matched") for field_name in FIELDS}
    figures |= {f"recall_{kind}": ratio(f"matched_{kind}", f"gold_{kind}") for kind in ("direct", "indirect")}
    found = bootstrap(list(units.values()), figures, resamples=resamples)
    return {"resamples": resamples, "level": LEVEL, "seed": SEED, "unit": "passage",
            **{name: list(interval) if interval else None for name, interval in found.items()}}
