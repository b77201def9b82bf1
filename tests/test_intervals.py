import doctest

import pytest

import nhotext.intervals
from nhotext.intervals import bootstrap, f1, gain, ratio

ACCURACY = {"accuracy": ratio("right", "n")}


def test_intervals_docstring_example():
    assert doctest.testmod(nhotext.intervals).failed == 0


def test_intervals_hold_the_figure_and_repeat_with_the_seed():
    units = [{"right": r, "n": 10} for r in (9, 7, 10, 6, 8, 9, 5, 10)]
    first = bootstrap(units, ACCURACY, resamples=500)
    low, high = first["accuracy"]
    assert low < 64 / 80 < high
    assert bootstrap(units, ACCURACY, resamples=500) == first  # a fixed seed: the same interval every run


def test_intervals_narrow_with_more_units_and_vanish_when_all_agree():
    few = bootstrap([{"right": r, "n": 4} for r in (4, 1, 3, 2)], ACCURACY, resamples=500)["accuracy"]
    many = bootstrap([{"right": r, "n": 4} for r in (4, 1, 3, 2) * 25], ACCURACY, resamples=500)["accuracy"]
    assert many[1] - many[0] < few[1] - few[0]
    same = bootstrap([{"right": 3, "n": 4}] * 6, ACCURACY, resamples=100)["accuracy"]
    assert same == (0.75, 0.75)


def test_intervals_resample_units_not_items():
    # one unit holding every error: resampling units swings the accuracy far more than its 100 items alone would
    units = [{"right": 0, "n": 50}] + [{"right": 10, "n": 10}] * 5
    low, high = bootstrap(units, ACCURACY, resamples=1000)["accuracy"]
    assert low <= 0.55 and high == 1.0


@pytest.mark.parametrize(("counts", "expected"), [
    ({"matched": 8, "predicted": 10, "gold": 8}, 2 * 0.8 * 1.0 / 1.8),
    ({"matched": 0, "predicted": 3, "gold": 5}, 0.0),
    ({"matched": 0, "predicted": 0, "gold": 5}, None),
])
def test_intervals_f1_figure(counts, expected):
    found = f1("matched", "predicted", "gold")(counts)
    assert found == expected if expected is None else found == pytest.approx(expected)


def test_intervals_gain_is_paired_and_missing_counts_are_zero():
    figure = gain("right", "baseline", "n")
    assert figure({"right": 9, "baseline": 6, "n": 10}) == pytest.approx(0.3)
    assert figure({"baseline": 2, "n": 4}) == pytest.approx(-0.5)
    assert figure({"right": 1}) is None
    # a method always one item ahead of its baseline in every unit: the gain's interval excludes 0
    units = [{"right": r + 1, "baseline": r, "n": 10} for r in (2, 5, 8, 3, 9, 4)]
    low, _ = bootstrap(units, {"gain": figure}, resamples=300)["gain"]
    assert low > 0


def test_intervals_figure_without_a_value_in_any_resample_is_none():
    assert bootstrap([{"right": 0, "n": 0}] * 3, ACCURACY, resamples=50) == {"accuracy": None}


@pytest.mark.parametrize(("units", "resamples", "level", "message"), [
    ([], 10, 0.95, "no units"),
    ([{"n": 1}], 0, 0.95, "resamples"),
    ([{"n": 1}], 10, 1.0, "level"),
])
def test_intervals_refuse_bad_arguments(units, resamples, level, message):
    with pytest.raises(ValueError, match=message):
        bootstrap(units, ACCURACY, resamples=resamples, level=level)
