"""Sources at a glance: who is quoted, how often, and the share of women and men among the named
people quoted (from first names; ``unknown`` where the name does not tell), as the Gender Gap
Tracker reports it, beside the share of unnamed sources, organisations and documents.

Works on the rows of ``nhotext quotes`` or the batch ``quotes`` table (columns ``source``,
``speaker``, ``speaker_type``, ``speaker_gender``), per article and for all of them together.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

SUMMARY_COLUMNS = ["source", "quotes", "speakers", "people", "women", "men", "gender_unknown", "organizations",
                   "descriptions", "documents", "no_speaker", "quotes_from_women", "quotes_from_men", "share_women"]


def summarize(quotes: pd.DataFrame, articles: Iterable[str] = ()) -> pd.DataFrame:
    """One row per article (``source``): counts of quotes and distinct speakers by type, named people
    by gender, quotes by women and men, and ``share_women`` = women / (women + men) among the named
    people quoted (None when no gender is known). ``articles`` adds rows of zeros for articles
    without quotes."""
    frame = quotes.reindex(columns=["source", "speaker", "speaker_type", "speaker_gender"]).copy()
    frame["speaker_type"] = frame["speaker_type"].where(frame["speaker"].notna(), "none")
    people = frame[frame["speaker_type"] == "person"].drop_duplicates(["source", "speaker"])
    by_source = frame.groupby("source", sort=True)
    summary = pd.DataFrame({
        "quotes": by_source.size(),
        "speakers": frame.dropna(subset=["speaker"]).groupby("source")["speaker"].nunique(),
        "people": people.groupby("source").size(),
        "women": people[people["speaker_gender"] == "female"].groupby("source").size(),
        "men": people[people["speaker_gender"] == "male"].groupby("source").size(),
        "organizations": _distinct(frame, "organization"),
        "descriptions": _distinct(frame, "description"),
        "documents": _distinct(frame, "document"),
        "no_speaker": frame[frame["speaker_type"] == "none"].groupby("source").size(),
        "quotes_from_women": frame[(frame["speaker_type"] == "person") & (frame["speaker_gender"] == "female")]
        .groupby("source").size(),
        "quotes_from_men": frame[(frame["speaker_type"] == "person") & (frame["speaker_gender"] == "male")]
        .groupby("source").size(),
    })
    extra = [a for a in articles if a not in summary.index]
    if extra:
        summary = pd.concat([summary, pd.DataFrame(index=pd.Index(extra, name="source"))])
    summary = summary.fillna(0).astype("int64")
    summary["gender_unknown"] = summary["people"] - summary["women"] - summary["men"]
    summary["share_women"] = _share(summary["women"], summary["men"])
    summary.index.name = "source"
    return summary.reset_index().reindex(columns=SUMMARY_COLUMNS)


def total(summary: pd.DataFrame, label: str = "(all)") -> pd.DataFrame:
    """The summary's column sums as one row (people are counted once per article they are quoted in)."""
    sums = summary.drop(columns=["source", "share_women"]).sum()
    row = {"source": label, **{k: int(v) for k, v in sums.items()}}
    row["share_women"] = _share(pd.Series([row["women"]]), pd.Series([row["men"]])).iloc[0]
    return pd.DataFrame([row]).reindex(columns=SUMMARY_COLUMNS)


def _distinct(frame: pd.DataFrame, kind: str) -> pd.Series:
    return frame[frame["speaker_type"] == kind].groupby("source")["speaker"].nunique()


def _share(women: pd.Series, men: pd.Series) -> pd.Series:
    known = women + men
    return (women / known.where(known > 0)).round(3).astype("float64")
