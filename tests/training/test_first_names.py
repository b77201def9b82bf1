"""The treebank's first names and genders (a CoNLL sample written for this test)."""

import pytest

from nhotext.errors import TrainingDataError
from nhotext.lexicon import gender_of
from nhotext.training.first_names import first_names, write

ROWS = [
    ("Sofie", "prop|fem", "B-PER"), ("Lunde", "prop", "I-PER"), ("sa", "verb|pret", "O"),
    ("Faltin", "prop|mask", "B-PER"), ("Berg", "prop", "I-PER"),
    ("Faltin", "prop|mask", "B-PER"), ("Lie", "prop", "I-PER"),
    ("Kim", "prop|mask", "B-PER"), ("Moe", "prop", "I-PER"), ("Kim", "prop|fem", "B-PER"), ("Ek", "prop", "I-PER"),
    ("Nansen", "prop|mask", "B-PER"),  # a name of one word: a surname as often as not
    ("Espens", "prop|mask|gen", "B-PER"), ("Dal", "prop", "I-PER"),  # a genitive
    ("Oslo", "prop", "B-GPE_LOC"),
]


def test_first_names_take_the_gender_the_treebank_marks(tmp_path):
    lines = [f"{i}\t{form}\t{form.lower()}\tsubst\tsubst\t{feats}\t0\tSUBJ\t_\tname={tag}"
             for i, (form, feats, tag) in enumerate(ROWS, 1)]
    (tmp_path / "a.conll").write_text("\n".join(lines) + "\n", encoding="utf-8")
    names = first_names([tmp_path])
    assert names == {"Sofie": "f", "Faltin": "m"}
    write(names, tmp_path / "out.tsv")
    assert (tmp_path / "out.tsv").read_text(encoding="utf-8").splitlines()[-2:] == ["Faltin\tm", "Sofie\tf"]


def test_first_names_need_the_treebank(tmp_path):
    with pytest.raises(TrainingDataError):
        first_names([tmp_path])


def test_the_shipped_list_extends_ours():
    assert gender_of("Anne") == "f"  # our hand-written list
    assert gender_of("Aagot") == "f" and gender_of("Aage") == "m"  # the treebank's
