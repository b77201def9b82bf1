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
