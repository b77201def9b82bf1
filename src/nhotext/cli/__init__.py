"""The ``nhotext`` command line: one Typer app per command group, assembled here."""

from __future__ import annotations

from typing import Annotated

import typer

from . import analyze, batch, check, model, orgs, quotes

app = typer.Typer(
    name="nhotext",
    help="Norwegian news text analysis: duplicated paragraphs, organisations, quotes.\n\n"
    "Exit codes: 0 success; 1 check found duplicates; 2 bad usage or bad input; "
    "3 batch finished but some inputs failed.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
for group in (analyze, check, batch, orgs, quotes, model):
    app.registered_commands.extend(group.app.registered_commands)


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"nhotext {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Norwegian news text analysis: duplicated paragraphs, organisations, quotes."""


def main() -> None:
    app()
