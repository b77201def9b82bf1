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
    """The ``nhotext`` command: the one place where errors become exit codes and one-line messages.

    * a usage error (unknown option, bad value): ``nhotext: error E001: ...``, exit 2 (not a boxed panel);
    * an :class:`~nhotext.errors.NhotextError` that ends a command: its code and message, its exit code;
    * Ctrl-C: ``nhotext: interrupted``, exit 130;
    * a closed output pipe (``nhotext analyze ... | head``): quiet, exit 141;
    * anything else is a bug: one line naming it (``NHOTEXT_DEBUG=1`` shows the traceback), exit 70.
    """
    import os
    import sys

    from typer import Abort

    try:
        from typer._click import exceptions as click  # Typer 0.2x carries its own copy of Click
    except ImportError:  # pragma: no cover - older Typer uses Click itself
        import click  # type: ignore[no-redef]

    from ..errors import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_PIPE, NhotextError, UsageError
    from ._common import report

    try:
        code = app(standalone_mode=False)
    except click.UsageError as err:
        hint = f" (see `{err.ctx.command_path} --help`)" if err.ctx is not None else ""
        report(UsageError(err.format_message() + hint))
        code = EXIT_BAD_INPUT
    except click.ClickException as err:  # e.g. a file option that cannot be opened
        report(UsageError(err.format_message()))
        code = err.exit_code
    except NhotextError as err:
        report(err)
        code = err.exit_code
    except (KeyboardInterrupt, Abort):
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)  # nothing more can be written; keep the exit quiet
        os.dup2(devnull, sys.stdout.fileno())
        code = EXIT_PIPE
    except SystemExit as exit_:
        # Click turns a broken pipe into exit 1 (the code of "duplicates found") after wrapping the streams
        if type(sys.stdout).__name__ != "PacifyFlushWrapper":
            raise
        del exit_
        code = EXIT_PIPE
    except Exception as err:
        if os.environ.get("NHOTEXT_DEBUG"):
            raise
        report(f"internal error ({type(err).__name__}: {err}); run again with NHOTEXT_DEBUG=1 and report it")
        code = EXIT_INTERNAL
    if code == EXIT_INTERRUPTED:  # Typer turns Ctrl-C into this code; say so on one line
        print("nhotext: interrupted (a batch run is finished with the same command and --resume)", file=sys.stderr)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_PIPE
    sys.exit(code if isinstance(code, int) else 0)
