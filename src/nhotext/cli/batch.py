"""``nhotext batch``: a corpus on Dask, into tables."""

from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..duplicates.thresholds import DEFAULT_THRESHOLD
from ..errors import EXIT_BATCH_PARTIAL, EXIT_OK, BatchError, NhotextError
from ..reading import DEFAULT_MAX_BYTES
from ._common import MaxBytesOpt, QuietOpt, fail, stderr, stdout

app = typer.Typer()


class TableFormat(str, Enum):
    parquet = "parquet"
    jsonl = "jsonl"
    csv = "csv"


@app.command("batch")
def batch_cli(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (recursively) and .jsonl corpora "
                                                '(one {"id": ..., "text": ...} a line).', show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for the tables.")],
    workers: Annotated[int | None, typer.Option("--workers", "-w", min=1, help="Local worker processes "
                                                "(default: the machine's cores).")] = None,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Address of a running Dask scheduler "
                                                  "(tcp://host:8786) instead of a local cluster.")] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="Table format.")] = TableFormat.parquet,
    resume: Annotated[bool, typer.Option("--resume", help="Finish an interrupted run in OUT; finished "
                                         "partitions are not redone.")] = False,
    boilerplate_min_docs: Annotated[int, typer.Option("--boilerplate-min-docs", min=2, help="A paragraph found in "
                                                      "this many articles or more is boilerplate.")] = 10,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1, help="Articles per task.")] = 100,
    model: Annotated[str, typer.Option("--model", "-m", help="spaCy pipeline: 'sm' (default) the fast bundled "
                                       "one, 'md' the accurate bundled one, an installed package or a folder; "
                                       "'blank' for no model: paragraphs and duplicates only, much faster.")
                     ] = "sm",
    threshold: Annotated[float, typer.Option("--threshold", "-t", min=0.01, max=1.0, help="Similarity a near copy "
                                             "needs (lowered a little for paragraphs under 20 words).")
                         ] = DEFAULT_THRESHOLD,
    scheduler_timeout: Annotated[float, typer.Option("--scheduler-timeout", min=0.1, help="Seconds to wait for "
                                                     "--scheduler to answer.")] = 10.0,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    quiet: QuietOpt = False,
) -> None:
    """Analyse a corpus on Dask and write the tables articles, paragraphs (with dup_group and
    boilerplate), duplicates, organizations, quotes and errors.

    Exit codes: 0 every input analysed; 2 bad usage; 3 finished, but some inputs failed
    (listed in the errors table).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..batch import run_batch

    logging.getLogger("distributed").setLevel(logging.ERROR)
    progress = Progress(TextColumn("[bold]batch[/]"), BarColumn(), MofNCompleteColumn(), TextColumn("partitions"),
                        TextColumn("{task.fields[articles]} articles, {task.fields[rate]:.1f}/s"),
                        TimeElapsedColumn(), console=stderr, transient=False, disable=quiet)
    state: dict = {"articles": 0, "task": None}

    def on_plan(total: int, done: int) -> None:  # before the first partition: no silent start
        state["task"] = progress.add_task("batch", total=total, completed=done, articles=0, rate=0.0)

    def on_partition(total: int, counts: dict[str, float]) -> None:
        if state["task"] is None:
            on_plan(total, 0)
        state["articles"] += int(counts["articles"])
        elapsed = progress.tasks[0].elapsed or 1e-9
        progress.update(state["task"], advance=1, articles=state["articles"], rate=state["articles"] / elapsed)

    try:
        with progress:
            result = run_batch(inputs, out, workers=workers, scheduler=scheduler, fmt=format.value, resume=resume,
                               boilerplate_min_docs=boilerplate_min_docs, partition_size=partition_size,
                               model=model, max_bytes=max_bytes, threshold=threshold, on_partition=on_partition,
                               on_plan=on_plan,
                               scheduler_timeout=f"{scheduler_timeout}s")
    except NhotextError as err:
        fail(err)
    except OSError as err:
        fail(BatchError(f"cannot write {out}: {err.strerror or err}"))
    stdout.print(f"{result.n_articles} articles, {result.n_errors} failed inputs, {result.n_partitions} partitions"
                 f"{f' ({result.n_skipped} already done)' if result.n_skipped else ''} -> {out}")
    if result.n_errors:
        stderr.print(f"[yellow]{result.n_errors} inputs failed: see {result.tables.get('errors')}[/]")
    raise typer.Exit(EXIT_BATCH_PARTIAL if result.n_errors else EXIT_OK)
