"""Shared CLI helpers: consoles, error reporting, loading the model once."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from ..errors import EXIT_BAD_INPUT, NhotextError

stdout = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


class TextOrJson(str, Enum):
    text = "text"
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
