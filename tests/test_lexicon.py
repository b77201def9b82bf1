import pytest

from nhotext.lexicon import same_title


@pytest.mark.parametrize(("held", "later", "same"), [
    ("forlagssjef", "oktober-sjef", True),  # a prefixed title on its head
    ("professor i markedsføring", "professor", True),
    ("kunnskapsminister", "statsråd", True),  # any minister is "statsråden"
    ("statsråd", "statsråd", True),
    ("ordfører", "statsråd", False),
    ("regiondirektør", "professor", False),
])
def test_lexicon_same_title(held, later, same):
    assert same_title(held, later) is same
