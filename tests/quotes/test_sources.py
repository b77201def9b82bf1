"""The sources summary (people quoted, women and men, unnamed sources) of nhotext.quotes.sources."""

import pandas as pd
import pytest

from nhotext.quotes.sources import SUMMARY_COLUMNS, summarize, total


def _quotes():
    rows = [("a", "Kari Nordmann", "person", "female"), ("a", "Kari Nordmann", "person", "female"),
            ("a", "Ola Berg", "person", "male"), ("a", "Kim Lund", "person", None),
            ("a", "NHO", "organization", None), ("a", "kilden", "description", None),
            ("a", None, None, None), ("b", "brosjyren", "document", None)]
    return pd.DataFrame(rows, columns=["source", "speaker", "speaker_type", "speaker_gender"])


def test_summary_counts_people_once_and_quotes_by_gender():
    summary = summarize(_quotes(), articles=["a", "b", "c"]).set_index("source")
    a = summary.loc["a"]
    assert (a["quotes"], a["speakers"], a["people"], a["women"], a["men"], a["gender_unknown"]) == (7, 5, 3, 1, 1, 1)
    assert (a["organizations"], a["descriptions"], a["no_speaker"]) == (1, 1, 1)
    assert (a["quotes_from_women"], a["quotes_from_men"], a["share_women"]) == (2, 1, 0.5)
    assert summary.loc["b", "documents"] == 1 and pd.isna(summary.loc["b", "share_women"])
    assert summary.loc["c", "quotes"] == 0  # an article without quotes still has its row
    assert list(summarize(_quotes()).columns) == SUMMARY_COLUMNS


def test_total_row_sums_articles():
    row = total(summarize(_quotes())).iloc[0]
    assert row["source"] == "(all)" and row["quotes"] == 8 and row["share_women"] == pytest.approx(0.5)


def test_summary_of_no_quotes_is_empty_not_an_error():
    empty = pd.DataFrame(columns=["source", "speaker", "speaker_type", "speaker_gender"])
    assert summarize(empty).empty
    assert summarize(empty, articles=["x"]).iloc[0]["quotes"] == 0
