"""Synthetic Norwegian news paragraphs with injected repeats, for benchmarks."""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

CORPUS = Path(__file__).parents[1] / "corpus"


@lru_cache(maxsize=1)
def vocabulary() -> tuple[list[str], list[int]]:
    """Words of the project's own sample articles, with their frequencies (Zipf-like)."""
    counts: Counter[str] = Counter()
    for path in CORPUS.rglob("*.txt"):
        counts.update(re.findall(r"[A-Za-zÆØÅæøå]+", path.read_text(encoding="utf-8").lower()))
    words = sorted(counts)
    return words, [counts[w] for w in words]


def sentence(rng: random.Random) -> str:
    words, weights = vocabulary()
    chosen = rng.choices(words, weights=weights, k=rng.randint(8, 20))
    return " ".join(chosen).capitalize() + "."


def paragraph(rng: random.Random, n_sentences: int = 3) -> str:
    return " ".join(sentence(rng) for _ in range(n_sentences))


def typo(text: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1:]


def document(n_paragraphs: int, seed: int = 0, repeat_share: float = 0.05) -> str:
    """About ``repeat_share`` of the paragraphs are exact, near or extended copies."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    for _ in range(n_paragraphs):
        if paragraphs and rng.random() < repeat_share:
            source = rng.choice(paragraphs)
            kind = rng.choice(("exact", "near", "extended"))
            if kind == "exact":
                paragraphs.append(source.replace(" ", "\u00a0", 1))
            elif kind == "near":
                paragraphs.append(typo(source, rng))
            else:
                paragraphs.append(source + " " + sentence(rng))
        else:
            paragraphs.append(paragraph(rng, rng.randint(1, 4)))
    return "\n\n".join(paragraphs)
