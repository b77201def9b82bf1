"""Words per second of nhotext's pipeline against spaCy's small ("efficiency") architecture, on real
text, in one process, interleaved; the share of each component; peak memory.

    python bench/pipeline_speed.py [--norec ../shared/data/norec-nob] [--articles 300] [--rounds 3]
                                   [--model NAME_OR_PATH ...]

The baseline stands in for ``nb_core_news_sm`` (which cannot be installed here): an *untrained*
pipeline built from ``spacy init config --optimize efficiency`` for the same components (tagger,
morphologizer, parser, trainable lemmatizer, NER), with the label sets of the shipped model, so
every layer has the shape it would have after training; speed does not depend on the weights.
Every pipeline processes the same NoReC reviews (real Bokmål text, not our samples) with
``nlp.pipe(batch_size=32)`` on one thread; the rounds interleave the pipelines so that a noisy
machine slows them alike, and the median round counts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).parent))

from _report import publish

ROOT = Path(__file__).parents[1]
COMPONENTS = ["tagger", "morphologizer", "parser", "trainable_lemmatizer", "ner"]


def norec_texts(folder: Path, n: int) -> list[str]:
    texts: list[str] = []
    for shard in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(shard, "rt", encoding="utf-8") as handle:
            for line in handle:
                texts.append(json.loads(line)["text"])
                if len(texts) >= n:
                    return texts
    if not texts:
        sys.exit(f"no NoReC shards in {folder}: give --norec")
    return texts


def efficiency_baseline(reference):
    """An untrained pipeline of spaCy's efficiency defaults, with the reference model's labels."""
    import spacy
    from spacy.cli.init_config import init_config
    from spacy.training import Example

    config = init_config(lang="nb", pipeline=COMPONENTS, optimize="efficiency", gpu=False)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    sample = list(reference.pipe(["Regiondirektør Jon Kristiansen i NHO Innlandet sier at klyngene er viktige.",
                                  "Hamar kommune vedtok budsjettet tirsdag."]))
    examples = [Example(nlp.make_doc(d.text), d) for d in sample]
    for name in ("tagger", "morphologizer", "parser", "ner"):
        if name in reference.component_names:
            labels = reference.get_pipe(name).labels
            for label in labels:
                nlp.get_pipe(name).add_label(label)
    nlp.initialize(lambda: examples)
    return nlp


def model_alone(nlp):
    """The pipeline without nhotext's components, its trained ones run by spaCy as they are (nhotext_unspaced,
    which runs them on the Doc without whitespace tokens, removed and the components it holds enabled)."""
    for name in [n for n in nlp.pipe_names if n.startswith("nhotext_")]:
        nlp.remove_pipe(name)
    for name in list(nlp.disabled):
        nlp.enable_pipe(name)
    return nlp


def timed(nlp, texts: list[str]) -> float:
    begin = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - begin


def component_shares(nlp, texts: list[str]) -> dict[str, float]:
    """CPU seconds of each component over ``texts`` (batches of 32, as nlp.pipe runs them)."""
    seconds = dict.fromkeys(nlp.pipe_names, 0.0)
    for i in range(0, len(texts), 32):
        docs = [nlp.make_doc(t) for t in texts[i:i + 32]]
        for name, proc in nlp.pipeline:
            begin = time.process_time()
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            seconds[name] += time.process_time() - begin
    return seconds


def main() -> None:
    import nhotext

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--norec", type=Path, default=ROOT.parent / "shared" / "data" / "norec-nob")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", action="append", default=[], help="more pipelines to measure (paths)")
    args = parser.parse_args()
    texts = norec_texts(args.norec, args.articles)

    full = nhotext.load()
    model_only = model_alone(nhotext.load())
    pipelines = {"sm architecture (spaCy efficiency defaults, untrained)": efficiency_baseline(model_only),
                 "nhotext model only (no rule components)": model_only,
                 "nhotext full pipeline": full}
    for path in args.model:
        extra = nhotext.load(path)
        extra_model = model_alone(nhotext.load(path))
        pipelines[f"{path}, model only"] = extra_model
        pipelines[f"{path}, full pipeline"] = extra
    for nlp in pipelines.values():
        list(nlp.pipe(texts[:16]))  # warm up
    words = sum(1 for d in model_only.tokenizer.pipe(texts) for t in d if not t.is_space and not t.is_punct)
    rounds: dict[str, list[float]] = {name: [] for name in pipelines}
    for _ in range(args.rounds):
        for name, nlp in pipelines.items():
            rounds[name].append(timed(nlp, texts))
    median = {name: statistics.median(s) for name, s in rounds.items()}
    base = median[next(iter(pipelines))]
    shares = component_shares(full, texts)
    total = sum(shares.values())
    # nhotext_unspaced runs the model's trained components (tok2vec ... ner): the model, not a rule component
    rule_share = sum(v for k, v in shares.items() if k.startswith("nhotext_") and k != "nhotext_unspaced") / total

    lines = [
        "## Pipeline speed (`bench/pipeline_speed.py`)",
        "",
        f"Command: `.venv/bin/python bench/pipeline_speed.py --articles {args.articles} --rounds {args.rounds}"
        f"{''.join(f' --model {m}' for m in args.model)}`. "
        f"{len(texts)} NoReC reviews ({words:,} words, punctuation not counted), `nlp.pipe(batch_size=32)`, one "
        f"thread, {args.rounds} interleaved rounds in one process, median round. The baseline is an untrained "
        "pipeline of spaCy's `--optimize efficiency` defaults for the same components (the architecture of "
        "`nb_core_news_sm`; speed does not depend on the weights).",
        "",
        "| pipeline | words/s | relative to the sm architecture |",
        "|---|---:|---:|",
    ]
    for name, seconds in median.items():
        lines.append(f"| {name} | {words / seconds:,.0f} | {base / seconds:.2f} |")
    lines += [
        "",
        "Share of each component of the full pipeline (CPU time):",
        "",
        "| component | share |",
        "|---|---:|",
    ]
    held = ", ".join(full.get_pipe("nhotext_unspaced").components) if "nhotext_unspaced" in shares else ""
    lines += [f"| {name}{f' (runs {held})' if name == 'nhotext_unspaced' else ''} | {seconds / total:.1%} |"
              for name, seconds in shares.items()]
    lines += [
        "",
        f"nhotext's rule components take {rule_share:.1%} of the full pipeline's time. Peak memory of this "
        f"process (all pipelines loaded): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB.",
    ]
    publish("pipeline", lines)


if __name__ == "__main__":
    main()
