"""Reproduce the shipped pipeline from NorNE (and NoReC vectors), and evaluate it.

The steps, each skipped when its output already exists in the work folder:

1. convert NorNE's NDT files to spaCy ``DocBin`` files (``corpus/``);
2. train floret vectors on NoReC and turn them into a spaCy vectors folder;
3. ``spacy train`` with the committed config (``configs/pipeline.cfg``);
4. evaluate ``model-best`` on the dev split and write ``metrics.json``.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import TrainingDataError
from . import ndt

logger = logging.getLogger(__name__)

CONFIG_DIR = Path(__file__).parent / "configs"
DEFAULT_CONFIG = CONFIG_DIR / "pipeline.cfg"
# Published NorNE comparisons use eight types (MISC left out).
EIGHT_TYPES = tuple(label for label in ndt.ENTITY_LABELS if label != "MISC")


def prepare_corpus(data: Path, extra: list[Path], workdir: Path) -> tuple[Path, Path]:
    """Write ``train/*.spacy`` (NorNE train + extra folders) and ``dev.spacy``."""
    train_dir, dev_path = workdir / "corpus" / "train", workdir / "corpus" / "dev.spacy"
    for sub in ("train", "dev"):
        if not (data / sub).is_dir():
            raise TrainingDataError(f"{data} has no {sub}/ folder: give the NorNE Bokmål folder (norne-nob)")
    if not dev_path.exists():
        ndt.convert([data / "train"], train_dir / "main.spacy")
        for i, folder in enumerate(extra):
            ndt.convert([folder], train_dir / f"extra{i}.spacy")
        ndt.convert([data / "dev"], dev_path)
    return train_dir, dev_path


def prepare_vectors(norec: Path, workdir: Path) -> Path:
    """Train floret vectors on NoReC and return a spaCy vectors folder."""
    import spacy
    from spacy.training.initialize import convert_vectors

    from .vectors import build_vectors

    out = workdir / "vectors" / "nb_floret"
    if out.exists():
        return out
    floret_table = build_vectors(norec, workdir / "vectors")
    nlp = spacy.blank("nb")
    convert_vectors(nlp, floret_table, truncate=0, prune=-1, mode="floret")
    nlp.to_disk(out)
    return out


def train(
    data: Path,
    out: Path,
    *,
    extra: list[Path] | None = None,
    norec: Path | None = None,
    vectors: Path | None = None,
    config: Path = DEFAULT_CONFIG,
    overrides: dict[str, Any] | None = None,
) -> Path:
    """Train the pipeline into ``out/model-best`` and return that path."""
    from spacy.cli.train import train as spacy_train

    from . import pretrain, scoring  # noqa: F401  (register the callbacks the configs name)

    out.mkdir(parents=True, exist_ok=True)
    train_dir, dev_path = prepare_corpus(data, extra or [], out)
    if vectors is None and norec is not None:
        vectors = prepare_vectors(norec, out)
    settings: dict[str, Any] = {"paths.train": str(train_dir), "paths.dev": str(dev_path),
                "paths.vectors": str(vectors) if vectors else None}
    if vectors is None:
        from spacy.util import load_config

        logger.warning("training without static vectors: expect a few points less NER F")
        components = load_config(config, interpolate=False)["components"]
        for name, component in components.items():
            model = component.get("model", {})
            embed = model.get("embed") or model.get("tok2vec", {}).get("embed")
            if embed and "include_static_vectors" in embed:
                path = "model.embed" if "embed" in model else "model.tok2vec.embed"
                settings[f"components.{name}.{path}.include_static_vectors"] = False
    settings.update(overrides or {})
    spacy_train(config, out / "training", overrides=settings, use_gpu=-1)
    return out / "training" / "model-best"


def evaluate(model: str | Path, dev: Path, with_rules: bool = False,
             known_from: list[Path] | None = None) -> dict[str, Any]:
    """Score a pipeline on NDT dev data (folder of ``.conll`` files or a ``.spacy`` file); with
    ``with_rules``, the pipeline as nhotext runs it (the model plus the entity-bound repair and the
    gazetteer ruler, whose ORG spans ``doc.ents`` then holds). With ``known_from`` (NDT folders, e.g.
    NorNE train and the Nynorsk part), the ruler leaves out every gazetteer name that occurs in the
    evaluation text but in none of those folders: names only the evaluation data could have taught
    the gazetteer, so the score does not reward entries written from its errors.

    Returns spaCy's scores (``token_acc``, ``tag_acc``, ``pos_acc``, ``morph_acc``,
    ``lemma_acc``, ``dep_uas``, ``dep_las``, ``sents_f``, ``ents_*``) plus
    ``ents_8types`` (micro P/R/F without MISC, as published NorNE figures) and
    the speed in words a second.
    """
    import spacy

    if not with_rules:
        return _score(spacy.load(model), dev)
    from ..organizations.gazetteer import load_gazetteer
    from ..pipeline import load

    gazetteer = load_gazetteer()
    gazetteer.hidden = dev_only_names(dev, known_from) if known_from else set()
    try:  # the ruler reads the hidden names when it is built and on every document
        nlp = load(model)
        for name in ("nhotext_organizations", "nhotext_quotes", "nhotext_duplicates"):  # no effect on doc.ents
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
        scores = _score(nlp, dev)
        scores["gazetteer_names_left_out"] = sorted(gazetteer.hidden)
    finally:
        gazetteer.hidden = set()
    return scores


def _score(nlp: Any, dev: Path) -> dict[str, Any]:
    from spacy.tokens import DocBin
    from spacy.training import Example

    if dev.is_dir():
        gold_docs = list(ndt.read_docs(ndt.conll_files(dev), nlp.vocab))
    else:
        gold_docs = list(DocBin().from_disk(dev).get_docs(nlp.vocab))
    if not gold_docs:
        raise TrainingDataError(f"no evaluation data in {dev}")
    examples = [Example(nlp.make_doc(d.text), d) for d in gold_docs]
    begin = time.perf_counter()
    scores = nlp.evaluate(examples)
    seconds = time.perf_counter() - begin
    n_words = sum(len(d) for d in gold_docs)
    # spaCy's evaluate keeps its predictions to itself: predict again for the 8-type score
    predicted = list(nlp.pipe(d.text for d in gold_docs))
    scores["ents_8types"] = _span_prf(gold_docs, predicted, EIGHT_TYPES)
    scores["words_per_second_eval"] = round(n_words / seconds)
    scores["n_dev_docs"] = len(gold_docs)
    scores["n_dev_words"] = n_words
    scores["model"] = {"name": nlp.meta.get("name"), "version": nlp.meta.get("version"),
                       "pipeline": nlp.pipe_names}
    return scores


def dev_only_names(dev: Path, known_from: list[Path]) -> set[str]:
    """Gazetteer surfaces found (as whole words) in the text of ``dev`` and in none of ``known_from``."""
    import re

    from spacy.vocab import Vocab

    from ..organizations.gazetteer import load_gazetteer

    def text_of(folder: Path) -> str:
        return "\n".join(d.text for d in ndt.read_docs(ndt.conll_files(folder), Vocab()))

    evaluated, known = text_of(dev), "\n".join(text_of(folder) for folder in known_from)

    def occurs(name: str, text: str) -> bool:
        return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None

    surfaces = {s for entry in load_gazetteer().entries for s in entry.surfaces}
    return {s for s in surfaces if occurs(s, evaluated) and not occurs(s, known)}


def _span_prf(gold_docs, predicted_docs, labels) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for gold, pred in zip(gold_docs, predicted_docs):
        g = {(e.start_char, e.end_char, e.label_) for e in gold.ents if e.label_ in labels}
        p = {(e.start_char, e.end_char, e.label_) for e in pred.ents if e.label_ in labels}
        counts["tp"] += len(g & p)
        counts["fp"] += len(p - g)
        counts["fn"] += len(g - p)
    precision = counts["tp"] / ((counts["tp"] + counts["fp"]) or 1)
    recall = counts["tp"] / ((counts["tp"] + counts["fn"]) or 1)
    f = 2 * precision * recall / ((precision + recall) or 1)
    return {"p": precision, "r": recall, "f": f}


def write_metrics(scores: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(scores, indent=2, ensure_ascii=False, default=float) + "\n", encoding="utf-8")


def scores_table(scores: dict[str, Any]) -> str:
    """The model card's table of scores (Markdown), from ``evaluate``'s result."""
    per_type = scores.get("ents_per_type") or {}
    rows = [
        ("NER F (9 types)", scores["ents_f"]), ("NER P (9 types)", scores["ents_p"]),
        ("NER R (9 types)", scores["ents_r"]), ("NER F (8 types, no MISC)", scores["ents_8types"]["f"]),
        ("NER P (8 types)", scores["ents_8types"]["p"]), ("NER R (8 types)", scores["ents_8types"]["r"]),
    ]
    rows += [(f"{label} F", per_type[label]["f"]) for label in ndt.ENTITY_LABELS if label in per_type]
    rows += [
        ("UPOS accuracy", scores["pos_acc"]), ("NDT tag accuracy", scores["tag_acc"]),
        ("morphology accuracy", scores["morph_acc"]), ("lemma accuracy", scores["lemma_acc"]),
        ("UAS", scores["dep_uas"]), ("LAS", scores["dep_las"]), ("sentence F", scores["sents_f"]),
    ]
    lines = ["| measure | score |", "|---|---:|"]
    lines += [f"| {name} | {value:.3f} |" for name, value in rows if value is not None]
    lines.append(f"| words/s during evaluation (2 cores) | {scores['words_per_second_eval']:,} |")
    return "\n".join(lines)


def update_card(card: Path, scores: dict[str, Any]) -> None:
    """Rewrite the scores section of a model card (between its markers)."""
    import re

    text = card.read_text(encoding="utf-8")
    begin, end = "<!-- scores:begin -->", "<!-- scores:end -->"
    if begin not in text:
        raise TrainingDataError(f"{card} has no {begin} marker")
    block = f"{begin}\n{scores_table(scores)}\n{end}"
    card.write_text(re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, text, flags=re.DOTALL),
                    encoding="utf-8")
