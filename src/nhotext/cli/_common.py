"""Shared CLI helpers: consoles, error reporting, loading the model once."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from ..output import terminal_safe
from ..errors import EXIT_BAD_INPUT, NhotextError

stdout = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class TextOrJson(str, Enum):
    text = "text"
    json = "json"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


PathsArg = Annotated[
    list[str],
    typer.Argument(help="Article files (.txt, .md, .html, .htm), folders (searched recursively) or - for stdin.",
                   show_default=False),
]
MaxBytesOpt = Annotated[
    int, typer.Option("--max-bytes", help="Refuse files larger than this many bytes.", min=1)
]


def report(error: Exception) -> None:
    """One line on stderr, never a traceback."""
    message = str(error).replace("\n", " ")
    stderr.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)


def fail(error: NhotextError | str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    report(error if isinstance(error, Exception) else Exception(error))
    raise typer.Exit(getattr(error, "exit_code", code))


def load_model(name: str | None):
    """Load the pipeline once for the whole command, or fail with exit 2."""
    from ..pipeline import load

    try:
        return load(name)
    except NhotextError as err:
        fail(err)


def read_inputs(paths: list[str], max_bytes: int) -> tuple[list, int]:
    """The readable articles of ``paths`` and the number of bad inputs (each reported)."""
    from ..errors import InputError
    from ..reading import iter_articles

    articles, failed = [], 0
    for item in iter_articles(paths, max_bytes=max_bytes):
        if isinstance(item, InputError):
            report(item)
            failed += 1
        else:
            warn(item)
            articles.append(item)
    return articles, failed


def warn(article) -> None:
    """The reader's warnings of an article (a fallback encoding, mapped characters), one line each."""
    for message in article.warnings:
        stderr.print(f"[yellow]warning:[/] {escape(terminal_safe(article.source))}: {escape(message)}")


def write_table(table, format: TableFormat, columns: list[str], wide: str | None = None) -> None:
    """A pandas table as CSV, JSON records, or a terminal table of ``columns``."""
    if format is TableFormat.csv:
        stdout.file.write(table.to_csv(index=False))
    elif format is TableFormat.json:
        stdout.file.write(table.to_json(orient="records", force_ascii=False, indent=2) + "\n")
    else:
        from rich.table import Table

        view = Table(header_style="bold", box=None, pad_edge=False)
        for column in columns:
            numeric = str(table[column].dtype).startswith(("int", "Int", "float"))
            view.add_column(column, justify="right" if numeric else "left", overflow="fold",
                            max_width=70 if column == wide else None)
        for row in table[columns].itertuples(index=False):
            view.add_row(*["" if v is None or v != v else str(v) for v in row])
        stdout.print(view)
