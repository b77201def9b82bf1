"""``nhotext train`` and ``nhotext evaluate``: reproduce and measure the shipped model."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Annotated

import typer

from ..errors import MissingPathError, NhotextError, TrainingDataError, UsageError
from ._common import fail, stdout

app = typer.Typer()

DataOpt = Annotated[Path, typer.Option("--data", help="NorNE Bokmål folder with train/ and dev/ "
                                       "(e.g. ../shared/data/norne-nob).")]


@app.command("train")
def train_cli(
    data: DataOpt,
    out: Annotated[Path, typer.Option("--out", help="Work folder: corpus, vectors, checkpoints.")],
    extra: Annotated[list[Path] | None, typer.Option("--extra", help="More NDT folders to train on "
                                                     "(e.g. ../shared/data/norne-nno).")] = None,
    norec: Annotated[Path | None, typer.Option("--norec", help="NoReC shards folder: train floret vectors "
                                               "on it (e.g. ../shared/data/norec-nob).")] = None,
    vectors: Annotated[Path | None, typer.Option("--vectors", help="An existing spaCy vectors folder.")] = None,
    config: Annotated[Path | None, typer.Option("--config", help="spaCy config (default: the committed "
                                                "training/configs/pipeline.cfg).")] = None,
    source: Annotated[Path | None, typer.Option("--source", help="A trained pipeline to start from, for "
                                                "configs that source their components (pipeline-finetune.cfg).")]
    = None,
    settings: Annotated[list[str] | None, typer.Option("--set", help="Override a config value, as spaCy's "
                                                       "--section.key value: 'training.max_steps=2000', "
                                                       "'training.frozen_components=[\"tagger\"]' (JSON values).")]
    = None,
) -> None:
    """Train the Norwegian pipeline from NorNE; the result is OUT/training/model-best.

    Then `nhotext evaluate OUT/training/model-best --data DATA/dev` and copy the
    folder to models/ to ship it.
    """
    from ..training.train import DEFAULT_CONFIG, train

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for path in [data, *(extra or []), *([norec] if norec else []), *([source] if source else [])]:
        if not path.is_dir():
            fail(MissingPathError(str(path), "no such folder"))
    overrides: dict[str, object] = {"paths.source": str(source)} if source else {}
    overrides.update(_overrides(settings))
    try:
        best = train(data, out, extra=extra, norec=norec, vectors=vectors, config=config or DEFAULT_CONFIG,
                     overrides=overrides or None)
    except NhotextError as err:
        fail(err)
    stdout.print(f"best model: {best}")


@app.command("pretrain")
def pretrain_cli(
    norec: Annotated[Path, typer.Option("--norec", help="NoReC shards folder (e.g. ../shared/data/norec-nob).")],
    out: Annotated[Path, typer.Option("--out", help="Work folder: the exported paragraphs and pretrain/model*.bin.")],
    vectors: Annotated[Path, typer.Option("--vectors", help="A pipeline or vectors folder with the floret vectors "
                                          "the NER will use (e.g. models/nb_nhotext_news).")],
    settings: Annotated[list[str] | None, typer.Option("--set", help="Override a config value: "
                                                       "'pretraining.max_epochs=1'.")] = None,
) -> None:
    """Pretrain the NER's own tok2vec on NoReC (spacy pretrain, characters objective); then train with
    --config .../pipeline-ner-pretrained.cfg --set paths.ner_tok2vec=OUT/pretrain/modelN.bin."""
    from ..training.pretrain import pretrain

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for path in (norec, vectors):
        if not path.is_dir():
            fail(MissingPathError(str(path), "no such folder"))
    try:
        weights = pretrain(norec, out, vectors=vectors, overrides=_overrides(settings))
    except NhotextError as err:
        fail(err)
    stdout.print(f"weights: {weights}")


def _overrides(settings: list[str] | None) -> dict[str, object]:
    """``--set section.key=value`` options as spaCy config overrides (JSON values, else strings)."""
    overrides: dict[str, object] = {}
    for setting in settings or []:
        key, sep, value = setting.partition("=")
        if not sep or not key.strip():
            fail(UsageError(f"--set {setting!r}: expected section.key=value"))
        try:
            overrides[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key.strip()] = value  # a plain string
    return overrides


@app.command("evaluate")
def evaluate_cli(
    model: Annotated[str, typer.Argument(help="Pipeline folder or installed package name.")],
    data: Annotated[Path, typer.Option("--data", help="NDT folder of .conll files (e.g. "
                                       "../shared/data/norne-nob/dev) or a .spacy file.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the scores as JSON here "
                                                "(e.g. MODEL/metrics.json).")] = None,
    card: Annotated[Path | None, typer.Option("--card", help="Also rewrite the scores table of this model "
                                              "card (e.g. MODEL/README.md).")] = None,
    with_rules: Annotated[bool, typer.Option("--with-rules", help="Score the pipeline as nhotext runs it: the "
                                             "model plus the gazetteer ruler's ORG spans.")] = False,
    known_from: Annotated[list[Path] | None, typer.Option("--known-from", help="With --with-rules: leave out "
                                                          "gazetteer names that occur in DATA but in none of "
                                                          "these NDT folders (e.g. norne-nob/train, "
                                                          "norne-nno).")] = None,
) -> None:
    """Score a pipeline on NorNE dev data: NER (9 and 8 types), POS, morphology, lemmas, LAS."""
    from ..training.train import evaluate, update_card, write_metrics

    if not data.exists():
        fail(MissingPathError(str(data), "no such file or folder"))
    try:
        for folder in known_from or []:
            if not folder.is_dir():
                fail(MissingPathError(str(folder), "no such folder"))
        scores = evaluate(model, data, with_rules=with_rules, known_from=known_from)
    except NhotextError as err:
        fail(err)
    except OSError as err:
        fail(TrainingDataError(f"{data}: cannot be read: {err.strerror or err}"))
    if output:
        write_metrics(scores, output)
    if card:
        try:
            update_card(card, scores)
        except NhotextError as err:
            fail(err)
        except OSError as err:
            fail(TrainingDataError(f"{card}: cannot be written: {err.strerror or err}"))
    summary = {k: scores.get(k) for k in ("ents_f", "ents_p", "ents_r", "pos_acc", "tag_acc", "morph_acc",
                                           "lemma_acc", "dep_uas", "dep_las", "sents_f")}
    summary["ents_8types_f"] = scores["ents_8types"]["f"]
    summary["org_f"] = (scores.get("ents_per_type") or {}).get("ORG", {}).get("f")
    stdout.print_json(json.dumps(summary))


@app.command("evaluate-orgs")
def evaluate_orgs_cli(
    corpus: Annotated[Path, typer.Option("--corpus", help="The corpus/ folder with gold/organizations/.")
                      ] = Path("corpus"),
    norne_dev: Annotated[Path | None, typer.Option("--norne-dev", help="NorNE dev folder "
                                                   "(../shared/data/norne-nob/dev) for the NorNE measures.")] = None,
    norne_train: Annotated[Path | None, typer.Option("--norne-train", help="NorNE train folder "
                                                     "(../shared/data/norne-nob/train): kind accuracy on "
                                                     "unseen organisations typed by hand (a tuning set and "
                                                     "two untouched report sets).")] = None,
    norne_coverage: Annotated[Path | None, typer.Option("--norne-coverage", help="A NorNE folder never read for "
                                                        "the gazetteer (../shared/data/norne-nno): the share of "
                                                        "its ORG mentions and names the gazetteer knows.")] = None,
    model: Annotated[str | None, typer.Option("--model", "-m", help="spaCy pipeline (default: bundled).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write the JSON here.")] = None,
) -> None:
    """Measure organisations: our gold articles; with --norne-dev also ORG detection (model alone
    against model + gazetteer ruler) and kind accuracy on NorNE dev; with --norne-train kind accuracy
    per organisation on NorNE train organisations the gazetteer does not know; with --norne-coverage the
    gazetteer's coverage of another NorNE folder's ORG mentions."""
    from ..organizations.evaluate import (
        corpus_gold,
        gazetteer_coverage,
        norne_detection,
        norne_found,
        norne_kinds,
        unseen_kinds,
    )
    from ._common import load_model

    gold_dir = corpus / "gold" / "organizations"
    if not gold_dir.is_dir():
        fail(MissingPathError(str(gold_dir), "no such folder"))
    nlp = load_model(model)
    result = {"corpus": corpus_gold(nlp, gold_dir, corpus)}
    if norne_dev is not None:
        if not norne_dev.is_dir():
            fail(MissingPathError(str(norne_dev), "no such folder"))
        result["norne_detection"] = norne_detection(nlp, norne_dev)
        result["norne_found"] = norne_found(nlp, norne_dev)
        result["norne_kinds"] = norne_kinds(nlp, norne_dev, corpus / "gold" / "norne-dev-org-kinds.tsv")
    if norne_train is not None:
        if not norne_train.is_dir():
            fail(MissingPathError(str(norne_train), "no such folder"))
        gold = corpus / "gold"
        result["unseen_kinds_tuning"] = unseen_kinds(norne_train, gold / "norne-train-unseen-org-kinds.tsv")
        result["unseen_kinds_report"] = unseen_kinds(norne_train, gold / "norne-train-unseen-org-kinds-report.tsv")
        result["unseen_kinds_report2"] = unseen_kinds(norne_train, gold / "norne-train-unseen-org-kinds-report2.tsv")
        result["unseen_kinds_report3"] = unseen_kinds(norne_train, gold / "norne-train-unseen-org-kinds-report3.tsv")
    if norne_coverage is not None:
        if not norne_coverage.is_dir():
            fail(MissingPathError(str(norne_coverage), "no such folder"))
        result["gazetteer_coverage"] = gazetteer_coverage(norne_coverage)
    text = json.dumps(result, ensure_ascii=False, indent=2)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
    stdout.file.write(text + "\n")


@app.command("evaluate-quotes")
def evaluate_quotes_cli(
    corpus: Annotated[Path, typer.Option("--corpus", help="The corpus/ folder with gold/quotes/.")] = Path("corpus"),
    gold: Annotated[str, typer.Option("--gold", help="Gold folder under corpus/gold/, or a folder in the "
                                      "quotes-dev layout (gold.jsonl + passages/), e.g. ../shared/data/quotes-dev."
                                      )] = "quotes",
    passages: Annotated[str | None, typer.Option("--passages", help="quotes-dev only: the passage name "
                                                 "prefixes to score, comma-separated (a,b to develop on; c to "
                                                 "report).")] = None,
    details: Annotated[bool, typer.Option("--details", help="quotes-dev only: also list missed, extra and "
                                          "wrongly attributed quotes.")] = False,
    norne: Annotated[Path | None, typer.Option("--norne", help="For a quote set of ours built from NorNE (a "
                                               "folder with spec.tsv and gold.tsv, e.g. corpus/gold/quotes-train):"
                                               " the NorNE folder its passages come from.")] = None,
    bootstrap: Annotated[int, typer.Option("--bootstrap", min=0, help="quotes-dev only: also give each figure's "
                                           "95% interval from this many resamples of the passages (e.g. 2000; "
                                           "0: none).")] = 0,
    model: Annotated[str | None, typer.Option("--model", "-m", help="spaCy pipeline (default: bundled).")] = None,
) -> None:
    """Quote precision, recall and F1 and attribute accuracy: against our gold in corpus/ (overlap at least
    half of the longer, best overlap first), or against a quotes-dev folder with its GUIDELINES.md rule (also
    our own set of NorNE train passages, built at run time with --norne)."""
    import tempfile

    from ..errors import NhotextError
    from ..quotes.devset import build
    from ..quotes.evaluate import evaluate, evaluate_dev_set
    from ._common import load_model

    dev_set = Path(gold)
    if (dev_set / "spec.tsv").is_file():
        if norne is None or not norne.is_dir():
            fail(MissingPathError(str(norne or "--norne"), "give the NorNE folder the passages come from"))
        try:
            dev_set = build(dev_set, norne, Path(tempfile.mkdtemp(prefix="nhotext-quotes-")))
        except NhotextError as err:
            fail(err)
    if (dev_set / "gold.jsonl").is_file():
        prefixes = tuple(p.strip() for p in passages.split(",") if p.strip()) if passages else ()
        result = evaluate_dev_set(load_model(model), dev_set, prefixes, resamples=bootstrap)
        if not details:
            result = {k: v for k, v in result.items() if not isinstance(v, list)}
        stdout.file.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return
    gold_dir = corpus / "gold" / gold
    if not gold_dir.is_dir():
        fail(MissingPathError(str(gold_dir), "no such folder (nor a quotes-dev folder with gold.jsonl)"))
    result = evaluate(load_model(model), gold_dir, corpus)
    stdout.file.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


@app.command("evaluate-coref")
def evaluate_coref_cli(
    narc: Annotated[Path, typer.Option("--narc", help="NARC Bokmål folder with split.tsv, train/ and dev/ "
                                       "(e.g. ../shared/data/narc-nob).")],
    norne: Annotated[Path, typer.Option("--norne", help="NorNE Bokmål folder (which markables are person names).")],
    split: Annotated[str, typer.Option("--split", help="train (develop on) or dev (report).")] = "dev",
    details: Annotated[bool, typer.Option("--details", help="Also list the wrong resolutions.")] = False,
    bootstrap: Annotated[int, typer.Option("--bootstrap", min=0, help="Also give each figure's 95% interval from "
                                           "this many resamples of the documents (e.g. 2000; 0: none).")] = 0,
    model: Annotated[str | None, typer.Option("--model", "-m", help="spaCy pipeline (default: bundled).")] = None,
) -> None:
    """Person coreference on NARC: accuracy of resolving han/hun/ham/henne/hans/hennes, short name forms
    (surname, first name, genitive) and definite descriptions (regiondirektøren) to the right person, beside
    baselines (nearest name; surname lookup)."""
    from ..coref.narc import evaluate_narc
    from ..quotes.speakers import ArticleContext
    from ._common import load_model

    for path in (narc / "split.tsv", norne):
        if not path.exists():
            fail(MissingPathError(str(path), "not found"))
    if split not in ("train", "dev"):
        fail(UsageError(f"--split must be train or dev, not {split!r}"))
    result = evaluate_narc(load_model(model), narc, norne, split, details,
                           context=lambda doc: ArticleContext(doc).coref, resamples=bootstrap)
    stdout.file.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
