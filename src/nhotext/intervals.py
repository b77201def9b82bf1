"""Confidence intervals for evaluation figures by a cluster bootstrap.

The quotes of one passage, or the pronouns of one document, are not independent draws: a passage
with a hard interview loses several quotes at once. So the unit resampled is the passage (the
document), not the quote: each resample draws as many units as there are, with replacement, adds up
their counts and recomputes every figure from the sums (a ratio of sums, as the figure itself is
computed). The interval is the percentile interval of the resampled figures (Efron and Tibshirani,
*An Introduction to the Bootstrap*, 1993, ch. 13), with a fixed seed so that a run repeats.

    >>> units = [{"right": 3, "n": 4}, {"right": 1, "n": 2}, {"right": 5, "n": 5}]
    >>> found = bootstrap(units, {"accuracy": lambda c: c["right"] / c["n"]}, resamples=200)
    >>> low, high = found["accuracy"]
    >>> low <= 9 / 11 <= high
    True
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

RESAMPLES = 2000
LEVEL = 0.95
SEED = 0

Figure = Callable[[Mapping[str, float]], float | None]


def bootstrap(units: Sequence[Mapping[str, float]], figures: Mapping[str, Figure], resamples: int = RESAMPLES,
              level: float = LEVEL, seed: int = SEED) -> dict[str, tuple[float, float] | None]:
    """The ``level`` percentile interval of each figure over ``resamples`` resamples of ``units`` (one dict of
    counts each; a count missing from a unit is 0). A figure returns None where its denominator is 0 (a
    resample without any pronoun of a kind); such resamples are left out of its interval, and a figure
    with no value in any resample gets None.

    Raises:
        ValueError: no units, fewer than one resample, or a level outside (0, 1).
    """
    if not units:
        raise ValueError("bootstrap: no units to resample")
    if resamples < 1:
        raise ValueError(f"bootstrap: resamples must be at least 1, not {resamples}")
    if not 0 < level < 1:
        raise ValueError(f"bootstrap: level must lie between 0 and 1, not {level}")
    names = sorted({name for unit in units for name in unit})
    counts = np.array([[float(unit.get(name, 0)) for name in names] for unit in units])
    rng = np.random.default_rng(seed)
    drawn = rng.integers(0, len(units), size=(resamples, len(units)))
    # how often each unit was drawn in each resample, times the counts: the sums of every resample at once
    weights = np.zeros((resamples, len(units)))
    np.add.at(weights, (np.repeat(np.arange(resamples), len(units)), drawn.ravel()), 1.0)
    sums = weights @ counts
    tail = (1 - level) / 2 * 100
    intervals: dict[str, tuple[float, float] | None] = {}
    for figure_name, figure in figures.items():
        values = [v for row in sums if (v := figure(dict(zip(names, row)))) is not None]
        if not values:
            intervals[figure_name] = None
            continue
        low, high = np.percentile(values, [tail, 100 - tail])
        intervals[figure_name] = (round(float(low), 4), round(float(high), 4))
    return intervals


def ratio(numerator: str, denominator: str) -> Figure:
    """A figure ``counts[numerator] / counts[denominator]``, None where the denominator is 0."""
    return lambda c: c.get(numerator, 0) / c[denominator] if c.get(denominator, 0) else None


def gain(numerator: str, baseline: str, denominator: str) -> Figure:
    """How far a figure lies above its baseline, ``(counts[numerator] - counts[baseline]) / counts[denominator]``:
    computed on the same resample, its interval says whether the difference holds beyond this set's luck."""
    return lambda c: (c.get(numerator, 0) - c.get(baseline, 0)) / c[denominator] if c.get(denominator, 0) else None


def f1(matched: str, predicted: str, gold: str) -> Figure:
    """F1 from the counts of matched, predicted and gold items (0 where nothing matched)."""

    def figure(c: Mapping[str, float]) -> float | None:
        if not c.get(predicted, 0) or not c.get(gold, 0):
            return None
        p, r = c.get(matched, 0) / c[predicted], c.get(matched, 0) / c[gold]
        return 2 * p * r / (p + r) if p + r else 0.0

    return figure
