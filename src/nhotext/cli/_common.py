"""Shared CLI helpers: consoles, the one error path, reading inputs with progress, safe tables.

Every command reports a bad input the same way, one line on stderr:
``nhotext: error E104: drafts/bilde.txt: this is a PNG image, not text``
(the code is the error class's, see ``nhotext.errors`` and ``docs/cli.md``),
and goes on with the other inputs. Warnings (a fallback encoding, stray
bytes) are one line each too. Article text shown on the terminal goes through
:func:`nhotext.output.terminal_safe`, so escape sequences in an article stay inert.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import EXIT_BAD_INPUT, InputError, NhotextError
from ..output import safe_csv, terminal_safe

stdout = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class TextOrJson(str, Enum):
    text = "text"
    json = "json"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    summary = "summary"


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
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no warnings on stderr "
                                        "(errors are still reported).")]


def show(text: Any) -> str:
    """Article-derived text for rich markup on a terminal: control characters made visible, markup escaped."""
    return escape(terminal_safe(str(text)))


def error_line(error: BaseException | str) -> str:
    code = getattr(error, "code", None) or "E000"
    message = " ".join(str(error).split("\n"))
    return f"nhotext: error {code}: {terminal_safe(message)}"


def report(error: BaseException | str) -> None:
    """One line on stderr, never a traceback."""
    stderr.print(error_line(error), markup=False, highlight=False, soft_wrap=True)


def fail(error: NhotextError | str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    """Report an error that ends the command, and exit with its code (2 unless the error says otherwise)."""
    report(error)
    raise typer.Exit(getattr(error, "exit_code", code))


def warn(article: Any, quiet: bool = False) -> None:
    """The reader's warnings of an article (a fallback encoding, mapped characters), one line each."""
    if quiet:
        return
    for message in getattr(article, "warnings", ()):
        stderr.print(f"nhotext: warning: {terminal_safe(article.source)}: {terminal_safe(message)}", markup=False,
                     highlight=False, soft_wrap=True)


def load_model(name: str | None):
    """Load the pipeline once for the whole command, or fail with exit 2."""
    from ..pipeline import load

    try:
        return load(name)
    except NhotextError as err:
        fail(err)


def expand(paths: list[str]) -> list:
    """The inputs named by ``paths`` (folders walked), each a source or an :class:`InputError`."""
    from ..reading import expand_paths

    return list(expand_paths(paths))


def read_items(items: Iterable, max_bytes: int, quiet: bool = False) -> Iterator:
    """Read each expanded input: an :class:`~nhotext.reading.Article` (its warnings said) or its error."""
    from ..reading import read_article

    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            article = read_article(item, max_bytes=max_bytes)
        except InputError as err:
            yield err
            continue
        warn(article, quiet)
        yield article


class Progress:
    """A progress bar on stderr for commands over many inputs, shown only on a terminal and without --quiet."""

    def __init__(self, total: int, label: str, quiet: bool = False):
        self._bar = None
        if not quiet and total > 1 and stderr.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as Bar

            self._bar = Bar(TextColumn(f"[bold]{label}[/]"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            console=stderr, transient=True)
            self._task = self._bar.add_task(label, total=total)

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def analysed(paths: list[str], max_bytes: int, model: str | None, quiet: bool, label: str,
             batch_size: int = 16) -> Iterator:
    """Every input analysed by the pipeline, in order: the contract's record (a dict) or the input's
    error (reported here, once). Loads the model first and shows progress."""
    from ..analysis import analyze_articles  # imports spaCy: keep it out of `nhotext check`

    nlp = load_model(model)
    items = expand(paths)
    with Progress(len(items), label, quiet) as progress:
        for result in analyze_articles(nlp, read_items(items, max_bytes, quiet), batch_size=batch_size):
            progress.advance()
            if isinstance(result, InputError):
                report(result)
            yield result


def collect_rows(paths: list[str], max_bytes: int, model: str | None, quiet: bool, label: str,
                 rows_of: Callable[[dict[str, Any]], Iterable[dict[str, Any]]]) -> tuple[list[dict[str, Any]], int]:
    """Table rows from every analysed input (``rows_of`` turns one contract record into rows) and the
    number of inputs that failed (each reported once)."""
    rows: list[dict[str, Any]] = []
    failed = 0
    for record in analysed(paths, max_bytes, model, quiet, label):
        if isinstance(record, InputError):
            failed += 1
        else:
            rows.extend(rows_of(record))
    return rows, failed


def write_table(table, format: TableFormat, columns: list[str], wide: str | None = None) -> None:
    """A pandas table as CSV (formula-safe), JSON records, or a terminal table of ``columns``."""
    if format is TableFormat.csv:
        stdout.file.write(safe_csv(table).to_csv(index=False))
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
            view.add_row(*["" if v is None or v != v else show(v) for v in row])
        stdout.print(view)
