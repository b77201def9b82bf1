"""The cross-corpus stage gives the same duplicate groups whatever the number of partitions.

A synthetic corpus with injected copies (exact, 1-3 edits, extended, short
edited ones) and hard negatives is written as stage 1 would write it, split
into 1, 5, 17, 21, 27 and 60 parts, and stage 2 runs on a LocalCluster. Before
the join on LSH band keys was an explicit shuffle, 17-30 partitions paired
paragraphs only inside one partition (recall about 0.3).
"""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pytest

from nhotext.batch import BatchResult, read_table, write_parts
from nhotext.batch.corpus import corpus_stage

WORDS = [
    "kommunen", "fylket", "regjeringen", "bedriftene", "klyngen", "søknaden", "prosjektet", "millioner",
    "kroner", "innbyggerne", "styret", "rådmannen", "ordføreren", "budsjettet", "skolen", "veien",
    "sykehuset", "næringslivet", "arbeidsplasser", "eksporten", "laksen", "strømmen", "nettet",
    "utbyggingen", "planen", "vedtaket", "forslaget", "høringen", "midlene", "tilskuddet", "vil", "skal",
    "kan", "må", "sier", "mener", "krever", "ønsker", "viser", "får", "gir", "tar", "bygger", "satser",
    "investerer", "nye", "store", "viktige", "mange", "flere", "gode", "neste", "siste", "hele", "egne",
    "lokale", "nasjonale", "i", "på", "for", "med", "til", "fra", "om", "etter", "mot", "under", "og", "men",
    "at", "som", "det", "den", "en", "et", "av",
]


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _edit(text: str, rng: random.Random) -> str:
    words = text.split()
    i = rng.randrange(len(words) - 1)
    kind = rng.choice(["typo", "swap", "replace", "dash"])
    if kind == "typo" and len(words[i]) > 3:
        words[i] = words[i][:2] + words[i][3:]
    elif kind == "swap":
        words[i], words[i + 1] = words[i + 1], words[i]
    elif kind == "replace":
        words[i] = rng.choice(WORDS)
    else:
        words.insert(i, "–")
    return " ".join(words)


def synthetic_corpus(n_articles: int = 150, seed: int = 3):
    """Articles as lists of paragraphs, and the pairs of (article, paragraph) that are copies."""
    rng = random.Random(seed)
    articles = [[" ".join(_sentence(rng, rng.randint(8, 16)) for _ in range(4)) for _ in range(4)]
                + [_sentence(rng, rng.randint(10, 19))] for _ in range(n_articles)]
    copies = []
    for a in rng.sample(range(n_articles), n_articles // 5):
        paragraphs = []
        for i, text in enumerate(articles[a]):
            kind = rng.choice(["exact", "near", "extended", "negative"]) if i < 4 else rng.choice(["short", "negative"])
            if kind == "exact":
                new = text
            elif kind in ("near", "short"):
                new = text
                for _ in range(rng.randint(1, 3)):
                    new = _edit(new, rng)
            elif kind == "extended":
                new = text + " " + _sentence(rng, 12)
            else:  # a hard negative: the same first half, then other words
                words = text.split()
                new = " ".join(words[:len(words) // 2]) + " " + _sentence(rng, len(words) - len(words) // 2)
            if kind != "negative":
                copies.append(((a, i), (len(articles), i)))
            paragraphs.append(new)
        articles.append(paragraphs)
    return articles, copies


def groups_of(out: Path) -> set[frozenset]:
    p = read_table(out, "paragraphs")
    members = defaultdict(set)
    for source, index, group in zip(p["source"], p["index"], p["dup_group"]):
        if not pd.isna(group):
            members[group].add((int(source[1:]), int(index)))
    return {frozenset(m) for m in members.values()}


@pytest.fixture(scope="module")
def corpus():
    return synthetic_corpus()


def _run(corpus, client, tmp_path: Path, n_parts: int) -> set[frozenset]:
    articles, _ = corpus
    out = tmp_path / f"out{n_parts}"
    write_parts([(f"a{a}", texts) for a, texts in enumerate(articles)], out / "_work", n_parts)
    result = BatchResult(out=out, n_partitions=n_parts)
    corpus_stage(out / "_work", out, "parquet", 10, result, client)
    return groups_of(out)


@pytest.fixture(scope="module")
def reference(corpus, client, tmp_path_factory):
    return _run(corpus, client, tmp_path_factory.mktemp("ref"), 1)


def test_partitions_every_injected_copy_is_grouped(corpus, reference):
    _, copies = corpus
    group_of = {member: g for g in reference for member in g}
    missed = [pair for pair in copies
              if group_of.get(pair[0]) is None or group_of.get(pair[0]) != group_of.get(pair[1])]
    assert not missed, f"{len(missed)} of {len(copies)} copies not grouped: {missed[:5]}"
    # and nothing else: every group is one original with its copy
    expected = {frozenset(pair) for pair in copies}
    assert reference == expected


@pytest.mark.parametrize("n_parts", [5, 17, 21, 27, 60])
def test_partitions_same_groups_at_any_partition_count(corpus, client, reference, tmp_path, n_parts):
    assert _run(corpus, client, tmp_path, n_parts) == reference
