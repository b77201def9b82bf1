"""What paragraph breaks cost the trained components, and what ``nhotext_unspaced`` wins back.

    python bench/paragraph_breaks.py [--model sm] [--per 1,2]   # writes its section of docs/benchmarks.md

NorNE dev (Bokmål) laid out as news prints it: paragraphs of ``per`` sentences separated by ``"\\n\\n"``, built on
the gold tokens, so every token of the prediction lines up with the treebank. Each layout is run twice in the same
process: the trained components on the Doc as it is (the baseline, as spaCy runs them) and inside
``nhotext_unspaced`` (the Doc without whitespace tokens). Reported: UAS and LAS over words (punctuation left out),
LAS on the five words after a break, NER F (exact spans and types) and words per second. Needs
``../shared/data/norne-nob`` (or ``--norne``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _report import publish
from spacy.tokens import Doc
from spacy.training import biluo_tags_to_spans, iob_to_biluo

import nhotext
from nhotext.training import ndt

AFTER_BREAK = 5  # words after a break whose attachment the break's noise reaches (the tok2vec's window is 4)


def layout(nlp, files: list[Path], per: int) -> list[tuple[Doc, list]]:
    """Docs of NorNE dev files with a paragraph break after every ``per`` sentences, and their gold."""
    built = []
    for path in files:
        words: list[str] = []
        spaces: list[bool] = []
        gold: list[tuple[int, str, str] | None] = []  # (head, label, iob) per token; None for a break
        for k, sentence in enumerate(ndt.read_sentences(path)):
            if k and k % per == 0:
                spaces[-1] = False
                words.append("\n\n")
                spaces.append(False)
                gold.append(None)
            offset = len(words)
            forms = [t.form for t in sentence.tokens]
            words += forms
            spaces += ndt._spaces(forms)
            gold += [(offset + t.head - 1 if t.head else offset + i, t.deprel if t.head else "ROOT", t.ner)
                     for i, t in enumerate(sentence.tokens)]
        built.append((Doc(nlp.vocab, words=words, spaces=spaces), gold))
    return built


def score(nlp, built: list[tuple[Doc, list]]) -> dict[str, float]:
    words = uas = las = near = near_las = tp = fp = fn = 0
    begin = time.perf_counter()
    docs = list(nlp.pipe(Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
                         for d, _ in built))
    seconds = time.perf_counter() - begin
    for doc, (_, gold) in zip(docs, built):
        iob = ndt._repair_iob([g[2] if g else "O" for g in gold])
        plain = Doc(nlp.vocab, words=[t.text for t in doc])
        expected = {(e.start, e.end, e.label_) for e in biluo_tags_to_spans(plain, iob_to_biluo(iob))}
        found = {(e.start, e.end, e.label_) for e in doc.ents}
        tp, fp, fn = tp + len(expected & found), fp + len(found - expected), fn + len(expected - found)
        for token in doc:
            if gold[token.i] is None or token.is_punct:
                continue
            head, label, _ = gold[token.i]
            right = token.head.i == head
            words, uas, las = words + 1, uas + right, las + (right and token.dep_ == label)
            if any(gold[j] is None for j in range(max(0, token.i - AFTER_BREAK), token.i)):
                near, near_las = near + 1, near_las + (right and token.dep_ == label)
    return {"uas": uas / words, "las": las / words, "near": near_las / max(near, 1), "ner": 2 * tp / (2 * tp + fp + fn),
            "wps": sum(len(d) for d, _ in built) / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=None, help="bundled model (default) or 'sm'")
    parser.add_argument("--per", default="1,2", help="sentences per paragraph, comma-separated layouts")
    parser.add_argument("--norne", type=Path, default=Path(__file__).parents[1] / "../shared/data/norne-nob")
    args = parser.parse_args()
    files = sorted((args.norne / "dev").glob("*.conll"))
    if not files:
        sys.exit(f"no NorNE dev files in {args.norne / 'dev'}")
    nlp = nhotext.load(args.model)
    trained = nlp.get_pipe("nhotext_unspaced").components
    components = ["nhotext_paragraphs", *trained]
    lines = ["## Paragraph breaks and the trained components", "",
             f"`python bench/paragraph_breaks.py{' --model ' + args.model if args.model else ''}`: NorNE dev "
             f"({len(files)} files), the gold tokens laid out in paragraphs separated by a blank line; the "
             "trained components on the Doc as it is (baseline) and inside `nhotext_unspaced` (the Doc without "
             f"whitespace tokens). Model: `{nlp.meta['name']}`.", "",
             "| sentences a paragraph | run | UAS | LAS | LAS, 5 words after a break | NER F | words/s | speed ratio |",
             "|---:|---|---:|---:|---:|---:|---:|---:|"]
    list(nlp.pipe(ndt.sentence_text(s) for s in ndt.read_sentences(files[0])))  # warm up before timing
    for per in (int(x) for x in args.per.split(",")):
        built = layout(nlp, files, per)
        with nlp.select_pipes(enable=components):  # the baseline: as spaCy runs them
            for name in trained:
                nlp.enable_pipe(name)
            base = score(nlp, built)
        for name in trained:
            nlp.disable_pipe(name)
        with nlp.select_pipes(enable=["nhotext_paragraphs", "nhotext_unspaced"]):
            ours = score(nlp, built)
        for run, s in (("with breaks (baseline)", base), ("`nhotext_unspaced`", ours)):
            lines.append(f"| {per} | {run} | {s['uas']:.4f} | {s['las']:.4f} | {s['near']:.4f} | {s['ner']:.4f} | "
                         f"{s['wps']:,.0f} | {s['wps'] / base['wps']:.2f} |")
    publish("paragraph-breaks", lines)


if __name__ == "__main__":
    main()
