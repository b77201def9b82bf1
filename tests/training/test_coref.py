"""Fitting the pronoun ranking (choices made up for these tests; NARC itself is measured in tests/coref)."""

from nhotext.training.coref import Choice, accuracy, cross_validate, fit


def _choices(n):
    # the right candidate is the subject, whatever its rank; the nearest is right only when it is the subject
    out = []
    for k in range(n):
        subject_first = k % 3 == 0
        rows = [{"rank=0": 1.0, **({"c_subj": 1.0} if subject_first else {})},
                {"rank=1": 1.0, **({} if subject_first else {"c_subj": 1.0})}]
        out.append(Choice(k % 10, rows, [subject_first, not subject_first], rule_right=subject_first))
    return out


def test_fit_learns_which_feature_marks_the_antecedent():
    data = _choices(60)
    weights = fit(data, penalty=0.1)
    assert weights["c_subj"] > 1.0
    assert accuracy(data, weights) == 1.0
    assert accuracy(data, {}) < 1.0  # all scores equal: the first candidate, often wrong


def test_cross_validation_holds_out_whole_documents_and_counts_no_candidate_as_wrong():
    data = _choices(60)
    assert cross_validate(data, penalty=0.1, folds=5) == 1.0
    assert accuracy([*data, Choice(99, [], [], False)], fit(data, 0.1)) == 60 / 61
