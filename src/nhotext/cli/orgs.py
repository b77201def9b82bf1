"""``nhotext orgs``: organisations of one article or many, as a table."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import typer

from ..errors import EXIT_BAD_INPUT, EXIT_OK, InputError
from ..reading import DEFAULT_MAX_BYTES, iter_articles
from ._common import MaxBytesOpt, PathsArg, load_model, report, stdout

app = typer.Typer()


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command("orgs")
def orgs_cli(
    paths: PathsArg,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.table,
    model: Annotated[str | None, typer.Option("--model", "-m", help="spaCy pipeline (default: bundled).")] = None,
    by_article: Annotated[bool, typer.Option("--by-article", help="One row per organisation and article.")] = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
) -> None:
    """Tabulate organisations: canonical name, kind, mentions and articles.

    Exit codes: 0 all inputs read; 2 bad usage or a bad input (the rest are still counted).
    """
    import pandas as pd

    nlp = load_model(model)
    rows, failed = [], 0
    articles = []
    for item in iter_articles(paths, max_bytes=max_bytes):
        if isinstance(item, InputError):
            report(item)
            failed += 1
        else:
            articles.append(item)
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        for org in doc._.organizations or []:
            rows.append({"organization": org.name, "kind": org.kind, "parent": org.parent, "current": org.current,
                         "evidence": org.evidence, "mentions": len(org.mentions), "source": article.source})
    columns = ["organization", "kind", "parent", "current", "evidence", "mentions", "source"]
    table = pd.DataFrame(rows, columns=columns)
    if not by_article:
        table = (table.groupby(["organization", "kind"], as_index=False, dropna=False)
                 .agg(mentions=("mentions", "sum"), articles=("source", "nunique"),
                      parent=("parent", "first"), current=("current", "first"), evidence=("evidence", "first"))
                 .sort_values(["mentions", "organization"], ascending=[False, True]))
    if format is TableFormat.csv:
        stdout.file.write(table.to_csv(index=False))
    elif format is TableFormat.json:
        stdout.file.write(table.to_json(orient="records", force_ascii=False, indent=2) + "\n")
    else:
        _print_table(table)
    raise typer.Exit(EXIT_BAD_INPUT if failed else EXIT_OK)


def _print_table(table) -> None:
    from rich.table import Table

    columns = [c for c in ("organization", "kind", "mentions", "articles", "source", "current") if c in table]
    view = Table(header_style="bold", box=None, pad_edge=False)
    for column in columns:
        view.add_column(column, justify="right" if column in ("mentions", "articles") else "left",
                        no_wrap=column == "organization")
    for row in table[columns].itertuples(index=False):
        view.add_row(*["" if v is None or v != v else str(v) for v in row])
    stdout.print(view)
