"""Learn how ``han``/``hun``/``ham``/``henne``/``hans``/``hennes`` choose their antecedent, from NARC.

Every scored pronoun of NARC's training documents (one whose chain holds a person name before it)
gives a choice among the people :class:`nhotext.coref.ranking.Candidates` offers, each described by
its features; the right ones are those whose nearest mention lies in the pronoun's chain. A
conditional logit (softmax over one pronoun's candidates, L2-penalised, fitted with L-BFGS) learns
one weight a feature. The penalty is chosen by five-fold cross-validation over documents; the
weights, the figures and the data they came from are written as JSON for
``resources/coref_pronouns.json``. Feature names and weights only, nothing of the texts.

    python -m nhotext.training.coref --narc ../shared/data/narc-nob --norne ../shared/data/norne-nob \\
        --quotes corpus/gold/quotes-train --out src/nhotext/resources/coref_pronouns.json
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from spacy.language import Language

from ..coref.narc import in_chain, read_document, read_split, scored_pronouns
from ..coref.people import PERSON_PRONOUNS, People, person_spans
from ..coref.ranking import Candidates
from ..errors import TrainingDataError

PENALTIES = (0.3, 1.0, 3.0, 10.0)
FOLDS = 5


@dataclass
class Choice:
    """One pronoun: the features of each candidate person and which of them are right."""

    document: int
    rows: list[dict[str, float]]
    right: list[bool]
    rule_right: bool  # the hand-written rule's choice was right


def choices(nlp: Language, narc: Path, norne: Path, split: str) -> list[Choice]:
    names = read_split(narc, split)
    if not names:
        raise TrainingDataError(f"no {split} documents in {narc / 'split.tsv'}")
    documents = [read_document(narc, split, name, norne) for name in names]
    found: list[Choice] = []
    for k, (document, doc) in enumerate(zip(documents, nlp.pipe(d.text for d in documents))):
        people = People(doc, person_spans(doc), learned=False)
        for markable, chain in scored_pronouns(document):
            gender = PERSON_PRONOUNS[markable.text.lower()]
            span = doc.char_span(markable.start, markable.end, alignment_mode="expand")
            if span is None:
                continue
            candidates = Candidates(people, span[0], gender)
            rows = candidates.features()
            rule = people.antecedent(markable.start, gender)
            found.append(Choice(k, rows, [in_chain(m.start, m.end, chain) for m in candidates.chosen],
                                rule is not None and in_chain(rule.start, rule.end, chain)))
    return found


def quote_choices(nlp: Language, quotes: Path, norne_train: Path, first_document: int = 100_000) -> list[Choice]:
    """The pronoun speakers of our own quote set (``corpus/gold/quotes-train``): a ``han``/``hun`` outside
    quoted speech whose head is a reporting verb (``sier han``), in the sentence where a gold quote starts
    or ends; right are the candidates named as the quote's gold speaker. Pronouns whose speaker is no
    candidate (a description, ``morfaren``) are left out."""
    import tempfile

    from ..lexicon import reporting_verbs
    from ..quotes.devset import build

    said = set(reporting_verbs())
    found: list[Choice] = []
    with tempfile.TemporaryDirectory() as work:
        folder = build(quotes, norne_train, Path(work))
        gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
        names = sorted({g["passage"] for g in gold})
        texts = [(folder / "passages" / name).read_text(encoding="utf-8") for name in names]
        for k, (name, doc) in enumerate(zip(names, nlp.pipe(texts))):
            people = People(doc, person_spans(doc), learned=False)
            quoted = [g for g in gold if g["passage"] == name]
            used: set[int] = set()
            for g in quoted:
                span = doc.char_span(g["start"], g["end"], alignment_mode="expand")
                if not g["speaker"] or span is None:
                    continue
                sentences = {span[0].sent.start, span[-1].sent.start}
                for token in doc:
                    if token.lower_ not in ("han", "hun") or token.i in used or token.sent.start not in sentences \
                            or any(q["start"] <= token.idx < q["end"] for q in quoted) \
                            or not (token.head.lemma_ in said or token.head.lower_ in said):
                        continue
                    used.add(token.i)
                    gender = PERSON_PRONOUNS[token.lower_]
                    candidates = Candidates(people, token, gender)
                    rows = candidates.features()
                    right = [m.person.name.lower() == g["speaker"].lower() for m in candidates.chosen]
                    rule = people.antecedent(token.idx, gender)
                    if any(right):
                        found.append(Choice(first_document + k, rows, right,
                                            rule is not None and rule.person.name.lower() == g["speaker"].lower()))
    return found


def fit(data: list[Choice], penalty: float) -> dict[str, float]:
    """Weights of the conditional logit that makes the right candidates likely."""
    names = sorted({name for choice in data for row in choice.rows for name in row})
    index = {name: i for i, name in enumerate(names)}
    groups = [(_matrix(choice.rows, index), np.array(choice.right, dtype=float))
              for choice in data if any(choice.right)]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = penalty * float(w @ w), 2 * penalty * w
        for x, y in groups:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            right = float(p @ y)
            total -= np.log(right)
            grad = grad - ((p * y / right) - p) @ x
        return total, grad

    w = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B").x
    return {name: round(float(w[i]), 4) for name, i in index.items() if abs(w[i]) >= 1e-4}


def _matrix(rows: list[dict[str, float]], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(index)))
    for r, row in enumerate(rows):
        for name, value in row.items():
            if name in index:
                x[r, index[name]] = value
    return x


def _right(choice: Choice, weights: dict[str, float]) -> bool:
    if not choice.rows:
        return False  # no candidate: wrong
    scores = [sum(weights.get(n, 0.0) * v for n, v in row.items()) for row in choice.rows]
    return choice.right[int(np.argmax(scores))]


def accuracy(data: list[Choice], weights: dict[str, float]) -> float:
    """Share of pronouns whose best-scored candidate is right (no candidate counts as wrong)."""
    return sum(_right(c, weights) for c in data) / len(data) if data else 0.0


def held_out(data: list[Choice], penalty: float, folds: int = FOLDS) -> list[bool]:
    """Whether each choice is right when its document was held out of the fit (``folds`` parts)."""
    documents = sorted({c.document for c in data})
    right = [False] * len(data)
    for fold in range(folds):
        held = set(documents[fold::folds])
        weights = fit([c for c in data if c.document not in held], penalty)
        for k, choice in enumerate(data):
            if choice.document in held:
                right[k] = _right(choice, weights)
    return right


def cross_validate(data: list[Choice], penalty: float, folds: int = FOLDS) -> float:
    """Accuracy over ``folds`` held-out parts of the documents."""
    return sum(held_out(data, penalty, folds)) / len(data)


def train(nlp: Language, narc: Path, norne: Path, quotes: Path | None = None) -> dict[str, object]:
    """Weights from NARC train (and the pronoun speakers of our quote set), the penalty chosen by
    cross-validation, with the figures that chose it."""
    narc_data = choices(nlp, narc, norne, "train")
    quote_data = quote_choices(nlp, quotes, norne / "train") if quotes is not None else []
    data = narc_data + quote_data
    right = {penalty: held_out(data, penalty) for penalty in PENALTIES}
    scores = {penalty: sum(r) / len(r) for penalty, r in right.items()}
    best = max(PENALTIES, key=lambda p: (round(scores[p], 3), p))  # ties to the stronger penalty
    narc_right = right[best][:len(narc_data)]
    quote_right = right[best][len(narc_data):]
    return {
        "model": "conditional logit over a pronoun's candidate people (nhotext.coref.ranking)",
        "data": "NARC Bokmål v1.0 train split (Mæhlum et al., CRAC 2022), names from NorNE"
                + (f"; the pronoun speakers of {quotes}" if quotes is not None else ""),
        "pronouns": {"narc": len(narc_data), "quote_speakers": len(quote_data)},
        "penalty": best,
        "cross_validation": {str(p): round(s, 4) for p, s in scores.items()},
        "cross_validation_of_the_chosen": {"narc": round(sum(narc_right) / len(narc_right), 4),
                                           "quote_speakers": _rate(quote_right)},
        "rules": {"narc": _share(narc_data), "quote_speakers": _share(quote_data)},
        "candidates_hold_the_answer": round(sum(any(c.right) for c in narc_data) / len(narc_data), 4),
        "weights": fit(data, best),
    }


def _share(data: list[Choice]) -> float | None:
    return _rate([c.rule_right for c in data])


def _rate(right: list[bool]) -> float | None:
    return round(sum(right) / len(right), 4) if right else None


def main(argv: list[str] | None = None) -> None:
    from ..pipeline import load

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--narc", type=Path, required=True, help="NARC Bokmål folder (split.tsv, train/)")
    parser.add_argument("--norne", type=Path, required=True, help="NorNE Bokmål folder (train/, dev/)")
    parser.add_argument("--quotes", type=Path, default=None,
                        help="our quote set (corpus/gold/quotes-train): its pronoun speakers as more examples")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the bundled one)")
    parser.add_argument("--out", type=Path, required=True, help="JSON file to write")
    args = parser.parse_args(argv)
    result = train(load(args.model), args.narc, args.norne, args.quotes)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "weights"}, indent=1))


if __name__ == "__main__":
    main()
