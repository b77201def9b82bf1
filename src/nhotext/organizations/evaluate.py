"""Measure organisation detection and kinds against the gold in ``corpus/``.

* :func:`norne_detection`: ORG precision and recall on NorNE dev, the model
  alone against the model with the gazetteer ruler;
* :func:`norne_kinds`: kind accuracy on the ORG mentions of NorNE dev's news
  files (kinds typed by hand in ``corpus/gold/norne-dev-org-kinds.tsv``);
* :func:`corpus_gold`: organisations and kinds of our own sample articles
  (``corpus/gold/organizations/*.json``).
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Span

from ..reading import read_article
from ..training import ndt
from .extract import find_organizations
from .gazetteer import load_gazetteer, name_key
from .kinds import KindDecision, classify, kind_from_neighbours, sentence_starts

RULER = "nhotext_org_ruler"


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def _file_docs(nlp: Language, dev: Path):
    """One gold Doc per NorNE file, with the char offset where each sentence starts."""
    for path in ndt.conll_files(dev):
        sentences = list(ndt.read_sentences(path))
        gold = ndt.sentences_to_doc(nlp.vocab, sentences)
        starts, i = [], 0
        for sentence in sentences:
            starts.append(i)
            i += len(sentence.tokens)
        yield path.name, gold, starts


def norne_detection(nlp: Language, dev: Path) -> dict[str, Any]:
    """ORG P/R/F on NorNE dev (exact spans), without and with the gazetteer ruler."""
    counts: dict[str, Counter[str]] = {"model": Counter(), "model+ruler": Counter()}
    docs = list(_file_docs(nlp, dev))
    for setting in counts:
        disabled = [RULER] if setting == "model" and RULER in nlp.pipe_names else []
        with nlp.select_pipes(disable=disabled):
            for (_, gold, _), pred in zip(docs, nlp.pipe(d.text for _, d, _ in docs)):
                g = {(e.start_char, e.end_char) for e in gold.ents if e.label_ == "ORG"}
                p = {(e.start_char, e.end_char) for e in pred.ents if e.label_ == "ORG"}
                counts[setting].update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
    return {setting: _prf(c["tp"], c["fp"], c["fn"]) for setting, c in counts.items()}


def norne_found(nlp: Language, dev: Path) -> dict[str, Any]:
    """What ``nhotext orgs`` reports against NorNE's hand-annotated ORG mentions: ``found`` is the share
    of gold mentions that a reported organisation's mention overlaps (the recogniser's misses count
    against it), ``unsupported`` the share of reported mentions that overlap no gold ORG or GPE_ORG
    mention, and ``other`` the share of reported organisations of kind ``other``."""
    gold_n = found = reported = unsupported = orgs = others = 0
    docs = list(_file_docs(nlp, dev))
    for (_, gold, _), pred in zip(docs, nlp.pipe(d.text for _, d, _ in docs)):
        gold_orgs = [(e.start_char, e.end_char) for e in gold.ents if e.label_ == "ORG"]
        gold_any = gold_orgs + [(e.start_char, e.end_char) for e in gold.ents if e.label_ == "GPE_ORG"]
        organizations = find_organizations(pred)
        spans = [(m.start, m.end) for o in organizations for m in o.mentions]
        gold_n += len(gold_orgs)
        found += sum(any(s < e2 and s2 < e for s2, e2 in spans) for s, e in gold_orgs)
        reported += len(spans)
        unsupported += sum(not any(s < e2 and s2 < e for s2, e2 in gold_any) for s, e in spans)
        orgs += len(organizations)
        others += sum(o.kind == "other" for o in organizations)
    return {"gold_mentions": gold_n, "found": round(found / max(gold_n, 1), 4),
            "reported_mentions": reported, "unsupported": round(unsupported / max(reported, 1), 4),
            "organizations": orgs, "other": round(others / max(orgs, 1), 4)}


def norne_kinds(nlp: Language, dev: Path, gold_tsv: Path) -> dict[str, Any]:
    """Kind accuracy on the hand-typed kinds of NorNE dev's ORG mentions."""
    rows = defaultdict(list)
    with gold_tsv.open(encoding="utf-8") as handle:
        for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            rows[row["file"]].append(row)
    total = correct = 0
    by_evidence: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    wrong: Counter[str] = Counter()
    for name, gold, starts in _file_docs(nlp, dev):
        if name not in rows:
            continue
        doc = nlp(gold.text)
        # as the product does: the kind of the organisation a mention was grouped into
        grouped = {(m.start, m.end): (o.kind, o.evidence) for o in find_organizations(doc) for m in o.mentions}
        for row in rows[name]:
            offset = starts[int(row["sentence"])]
            gold_span = gold[offset + int(row["start"]):offset + int(row["end"])]
            span = doc.char_span(gold_span.start_char, gold_span.end_char, alignment_mode="expand")
            decision = classify(gold_span.text, span)
            if (gold_span.start_char, gold_span.end_char) in grouped:
                decision = KindDecision(*grouped[(gold_span.start_char, gold_span.end_char)])
            total += 1
            ok = decision.kind == row["kind"]
            correct += ok
            by_evidence[decision.evidence + ("" if ok else ":wrong")] += 1
            if not ok:
                confusion[(row["kind"], decision.kind)] += 1
                wrong[f"{gold_span.text} ({row['kind']} -> {decision.kind})"] += 1
    return {"accuracy": round(correct / total, 4) if total else 0.0, "n": total,
            "by_evidence": dict(by_evidence), "errors": {f"{g}->{p}": n for (g, p), n in confusion.most_common()},
            "wrong": dict(wrong.most_common())}


def unseen_kinds(train: Path, gold_tsv: Path) -> dict[str, Any]:
    """Kind accuracy per organisation on NorNE train organisations the gazetteer did not know, typed by
    hand (``corpus/gold/norne-train-unseen-org-kinds.tsv`` to tune on, ``...-report.tsv`` to report): each named
    organisation classified from its gold mentions and their context (the treebank's own parse), as the
    product does (the first mention with evidence decides). Beside it, the same decisions with the old
    default (``other``) and without the neighbours' kinds as a baseline."""
    import spacy

    with gold_tsv.open(encoding="utf-8") as handle:
        typed = {row["name"]: row["kind"] for row in csv.DictReader(
            (line for line in handle if not line.startswith("#")), delimiter="\t")}
    decisions: dict[str, list[KindDecision]] = defaultdict(list)
    neighbours: dict[str, list[str]] = defaultdict(list)  # kinds from the neighbours, one per file
    # the Norwegian vocabulary's lexical attributes, as in the product: a bare Vocab leaves ``lower_`` empty and
    # every context cue unseen (the figures before 2026-12-05's fifth session measured without them)
    vocab = spacy.blank("nb").vocab
    for doc in ndt.read_docs(ndt.conll_files(train), vocab):
        orgs = [ent for ent in doc.ents if ent.label_ == "ORG"]
        firm = [(ent, classify(ent.text)) for ent in orgs]
        known = [(ent, d.kind) for ent, d in firm if d.evidence in ("gazetteer", "pattern")]
        spans: dict[str, list[Span]] = defaultdict(list)
        for ent in orgs:
            if ent.text in typed:
                decisions[ent.text].append(classify(ent.text, ent))
                spans[ent.text].append(ent)
        starts = sentence_starts(doc)
        for name, mentions in spans.items():
            kind = kind_from_neighbours(mentions, known, starts=starts)
            if kind is not None:
                neighbours[name].append(kind)
    right = baseline = others = 0
    by_evidence: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    wrong: list[str] = []
    for name, found in sorted(decisions.items()):
        decision = next((d for d in found if d.evidence != "default"), found[0])
        baseline += (decision.kind if decision.evidence != "default" else "other") == typed[name]
        if decision.evidence == "default" and neighbours[name]:
            decision = KindDecision(neighbours[name][0], "neighbours")
        ok = decision.kind == typed[name]
        right += ok
        others += decision.kind == "other"
        by_evidence[decision.evidence + ("" if ok else ":wrong")] += 1
        if not ok:
            confusion[(typed[name], decision.kind)] += 1
            wrong.append(f"{name} ({typed[name]} -> {decision.kind})")
    n = len(decisions)
    return {"organizations": n, "typed": len(typed), "accuracy": round(right / n, 4) if n else 0.0,
            "baseline_default_other": round(baseline / n, 4) if n else 0.0,
            "other": round(others / n, 4) if n else 0.0, "by_evidence": dict(by_evidence),
            "errors": {f"{g}->{p}": c for (g, p), c in confusion.most_common()}, "wrong": wrong}


def gazetteer_coverage(folder: Path) -> dict[str, Any]:
    """The share of the ORG mentions (and of their distinct names) in the NorNE files under ``folder`` whose
    name the gazetteer knows: how much of the organisations of news text nothing was tuned on a lookup
    settles (``../shared/data/norne-nno``, the Nynorsk half, never read for the gazetteer), by kind."""
    import spacy

    gazetteer = load_gazetteer()
    mentions = known = 0
    names: set[str] = set()
    known_names: set[str] = set()
    kinds: Counter[str] = Counter()
    files = sorted(folder.rglob("*.conll"))
    for doc in ndt.read_docs(files, spacy.blank("nb").vocab):
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            mentions += 1
            names.add(ent.text)
            entry = gazetteer.lookup(ent.text)
            if entry is not None:
                known += 1
                known_names.add(ent.text)
                kinds[entry.kind] += 1
    return {"files": len(files), "org_mentions": mentions, "known_mentions": round(known / mentions, 4)
            if mentions else 0.0, "names": len(names),
            "known_names": round(len(known_names) / len(names), 4) if names else 0.0,
            "known_by_kind": dict(kinds.most_common())}


def corpus_gold(nlp: Language, gold_dir: Path, corpus: Path) -> dict[str, Any]:
    """Organisations found in our sample articles against their gold lists."""
    gazetteer = load_gazetteer()
    tp = fp = fn = kinds_ok = 0
    misses: list[str] = []
    extras: list[str] = []
    wrong_kinds: list[str] = []

    def key(name: str) -> str:
        entry = gazetteer.lookup(name)
        return entry.name if entry else name_key(name)

    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = read_article(corpus / gold["article"])
        found = {key(o.name): o for o in find_organizations(nlp(article.text))}
        expected = {key(o["name"]): o for o in gold["organizations"]}
        for k, org in expected.items():
            if k in found:
                tp += 1
                if found[k].kind == org["kind"]:
                    kinds_ok += 1
                else:
                    wrong_kinds.append(f"{path.stem}: {org['name']} {org['kind']} -> {found[k].kind}")
            else:
                fn += 1
                misses.append(f"{path.stem}: {org['name']}")
        for k, org in found.items():
            if k not in expected:
                fp += 1
                extras.append(f"{path.stem}: {org.name} ({org.kind})")
    return {"organizations": _prf(tp, fp, fn), "kind_accuracy": round(kinds_ok / tp, 4) if tp else 0.0,
            "missed": misses, "extra": extras, "wrong_kinds": wrong_kinds}
