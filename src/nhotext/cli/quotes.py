"""``nhotext quotes``: who is quoted saying what, for a file or a folder."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from ..errors import EXIT_BAD_INPUT, EXIT_OK
from ..reading import DEFAULT_MAX_BYTES
from ._common import MaxBytesOpt, PathsArg, QuietOpt, TableFormat, collect_rows, write_table

app = typer.Typer()


class By(str, Enum):
    quote = "quote"
    speaker = "speaker"
    article = "article"


@app.command("quotes")
def quotes_cli(
    paths: PathsArg,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.table,
    by: Annotated[By, typer.Option("--by", help="One row per quote; counts per speaker (with gender); or a "
                                   "sources summary per article (people quoted, women/men, unnamed "
                                   "sources), with a total row.")] = By.quote,
    model: Annotated[str | None, typer.Option("--model", "-m", help="spaCy pipeline (default: bundled).")] = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    quiet: QuietOpt = False,
) -> None:
    """Tabulate quotes: speaker, title, organisation, kind, quote and source.

    Exit codes: 0 all inputs read; 2 bad usage or a bad input (the rest are still tabulated).
    """
    import pandas as pd

    sources: list[str] = []  # every article read, also those without quotes

    def rows_of(record: dict) -> list[dict]:
        sources.append(record["source"])
        rows = []
        for q in record["quotes"]:
            s = q["speaker"] or {}
            rows.append({"speaker": s.get("name"), "speaker_type": s.get("type"), "speaker_gender": s.get("gender"),
                         "title": s.get("title"),
                         "organization": s.get("organization"), "kind": q["kind"], "quote": q["text"],
                         "cue": q["cue"], "source": record["source"], "start": q["start"], "end": q["end"],
                         "reused_in": ",".join(map(str, q.get("reused_in") or []))})
        return rows

    rows, failed = collect_rows(paths, max_bytes, model, quiet, "quotes", rows_of)
    table = pd.DataFrame(rows, columns=["speaker", "speaker_type", "speaker_gender", "title", "organization", "kind",
                                        "quote", "cue", "source", "start", "end", "reused_in"])
    if by is By.article:
        from ..quotes.sources import SUMMARY_COLUMNS, summarize, total

        summary = summarize(table, articles=sources)
        write_table(pd.concat([summary, total(summary)], ignore_index=True), format, SUMMARY_COLUMNS)
        raise typer.Exit(EXIT_BAD_INPUT if failed else EXIT_OK)
    if by is By.speaker:
        table = (table.assign(direct=table["kind"].eq("direct"), indirect=table["kind"].eq("indirect"))
                 .groupby(["speaker"], dropna=False, as_index=False)
                 .agg(speaker_type=("speaker_type", "first"), gender=("speaker_gender", "first"),
                      title=("title", "first"),
                      organization=("organization", "first"), quotes=("quote", "size"),
                      direct=("direct", "sum"), indirect=("indirect", "sum"), articles=("source", "nunique"))
                 .sort_values(["quotes", "speaker"], ascending=[False, True]))
    columns = (["speaker", "gender", "title", "organization", "quotes", "direct", "indirect", "articles"]
               if by is By.speaker
               else ["speaker", "title", "organization", "kind", "quote"])
    write_table(table, format, columns, wide="quote")
    raise typer.Exit(EXIT_BAD_INPUT if failed else EXIT_OK)
