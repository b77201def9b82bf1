"""``nhotext check``: duplicate check of drafts, for editors and scripts (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from ..duplicates import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD, Duplicate, find_duplicates
from ..errors import EXIT_BAD_INPUT, EXIT_DUPLICATES, EXIT_OK, InputError, NhotextError
from ..reading import DEFAULT_MAX_BYTES, Article, iter_articles
from ._common import MaxBytesOpt, PathsArg, TextOrJson, fail, report, stdout

app = typer.Typer()

SHOW_CHARS = 160


@app.command("check")
def check_cli(
    paths: PathsArg,
    format: Annotated[TextOrJson, typer.Option("--format", "-f", help="Output format.")] = TextOrJson.text,
    threshold: Annotated[float, typer.Option("--threshold", "-t", min=0.01, max=1.0,
                                             help="Minimum similarity for near, contained and shared-sentence "
                                             "repeats.")] = DEFAULT_THRESHOLD,
    min_words: Annotated[int, typer.Option("--min-words", min=1, help="Ignore paragraphs with fewer words; set "
                                           "1 or 2 to report exact repeats of bylines and one-word lines.")
                         ] = DEFAULT_MIN_WORDS,
    against: Annotated[Path | None, typer.Option("--against", help="Also check the drafts against a "
                                                 "`nhotext batch` output folder (the archive).")] = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
) -> None:
    """Find repeated paragraphs in drafts: exact, near, contained and shared sentences;
    with --against, also paragraphs already published in the archive.

    Exit codes: 0 no duplicates; 1 duplicates found; 2 bad usage or a bad input
    (reported on stderr; the other drafts are still checked).
    """
    index = None
    if against is not None:
        from ..batch.archive import ArchiveIndex

        try:
            index = ArchiveIndex.load(against)
        except NhotextError as err:
            fail(err)
    results: list[dict[str, Any]] = []
    failed = found = 0
    for item in iter_articles(paths, max_bytes=max_bytes):
        if isinstance(item, InputError):
            report(item)
            failed += 1
            continue
        duplicates = find_duplicates(item.paragraphs, threshold=threshold, min_words=min_words)
        archived = (index.match(item.paragraphs, exclude_source=item.source, threshold=threshold, min_words=min_words)
                    if index is not None else None)
        found += bool(duplicates) or bool(archived)
        if format is TextOrJson.json:
            record = _record(item, duplicates)
            if archived is not None:
                record["archive_matches"] = [m.to_dict() for m in archived]
            results.append(record)
        else:
            print_check(item, duplicates, archived)
    if format is TextOrJson.json:
        stdout.file.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT)
    raise typer.Exit(EXIT_DUPLICATES if found else EXIT_OK)


def _record(article: Article, duplicates: list[Duplicate]) -> dict[str, Any]:
    return {
        "source": article.source,
        "encoding": article.encoding,
        "paragraphs": [{"index": p.index, "start": p.start, "end": p.end, "text": p.text}
                       for p in article.paragraphs],
        "duplicates": [d.to_dict() for d in duplicates],
    }


def print_check(article: Article, duplicates: list[Duplicate], archived: list | None = None) -> None:
    """Each repeat with paragraph numbers, kind, similarity and the repeated words highlighted."""
    for m in archived or []:
        text = article.paragraphs[m.paragraph].text
        stdout.print(f"[bold red]✗[/] {escape(article.source)} ¶{m.paragraph} is already published: "
                     f"[bold]{escape(m.source)}[/] ¶{m.archive_paragraph}  [yellow]{m.kind}[/] {m.similarity:.2f}\n"
                     f"    [dim]{escape(text[:120])}{'…' if len(text) > 120 else ''}[/]")
    if not duplicates:
        stdout.print(f"[green]✓[/] {escape(article.source)}: no repeated paragraphs "
                     f"[dim]({len(article.paragraphs)} paragraphs)[/]")
        return
    stdout.print(f"[bold red]✗[/] [bold]{escape(article.source)}[/]: {len(duplicates)} repeat"
                 f"{'s' if len(duplicates) > 1 else ''} [dim]({len(article.paragraphs)} paragraphs)[/]")
    for d in duplicates:
        stdout.print(f"  [bold]¶{d.first} ↔ ¶{d.second}[/]  [yellow]{d.kind}[/]  {d.similarity:.2f}")
        for index, span in ((d.first, d.first_span), (d.second, d.second_span)):
            stdout.print(f"    [dim]¶{index:<3}[/] {_highlight(article, index, span)}")
    stdout.print()


def _highlight(article: Article, index: int, span: tuple[int, int]) -> str:
    paragraph = article.paragraphs[index]
    text, offset = paragraph.text, paragraph.start
    start, end = span[0] - offset, span[1] - offset
    before, match, after = text[:start], text[start:end], text[end:]
    if len(before) > 40:
        before = "…" + before[-40:]
    if len(match) > SHOW_CHARS:
        match = match[: SHOW_CHARS // 2] + " … " + match[-SHOW_CHARS // 2:]
    if len(after) > 40:
        after = after[:40] + "…"
    flat = (lambda s: escape(" ".join(s.split())))
    return f"[dim]{flat(before)}[/]{' ' if before.endswith(' ') else ''}[bold yellow]{flat(match)}[/]" \
           f"{' ' if after.startswith(' ') else ''}[dim]{flat(after)}[/]"
