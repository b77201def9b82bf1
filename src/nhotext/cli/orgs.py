"""``nhotext orgs``: organisations of one article or many, as a table."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import EXIT_BAD_INPUT, EXIT_OK
from ..reading import DEFAULT_MAX_BYTES
from ._common import MaxBytesOpt, PathsArg, QuietOpt, TableFormat, collect_rows, write_table

app = typer.Typer()


@app.command("orgs")
def orgs_cli(
    paths: PathsArg,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.table,
    model: Annotated[str | None, typer.Option("--model", "-m", help="spaCy pipeline (default: bundled).")] = None,
    by_article: Annotated[bool, typer.Option("--by-article", help="One row per organisation and article.")] = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    quiet: QuietOpt = False,
) -> None:
    """Tabulate organisations: canonical name, kind, mentions and articles.

    Exit codes: 0 all inputs read; 2 bad usage or a bad input (the rest are still counted).
    """
    import pandas as pd

    def rows_of(record: dict) -> list[dict]:
        return [{"organization": org["name"], "kind": org["kind"], "parent": org.get("parent"),
                 "current": org.get("current"), "evidence": org.get("evidence"),
                 "confidence": org.get("confidence"), "mentions": len(org["mentions"]),
                 "source": record["source"]} for org in record["organizations"]]

    rows, failed = collect_rows(paths, max_bytes, model, quiet, "orgs", rows_of)
    columns = ["organization", "kind", "confidence", "parent", "current", "evidence", "mentions", "source"]
    table = pd.DataFrame(rows, columns=columns)
    if not by_article:
        table = (table.groupby(["organization", "kind"], as_index=False, dropna=False)
                 .agg(mentions=("mentions", "sum"), articles=("source", "nunique"),
                      parent=("parent", "first"), current=("current", "first"), evidence=("evidence", "first"),
                      confidence=("confidence", "max"))
                 .sort_values(["mentions", "organization"], ascending=[False, True]))
    columns = [c for c in ("organization", "kind", "confidence", "mentions", "articles", "source", "current")
               if c in table]
    write_table(table, format, columns)
    raise typer.Exit(EXIT_BAD_INPUT if failed else EXIT_OK)
