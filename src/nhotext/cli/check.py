"""``nhotext check``: duplicate check of drafts, for editors and scripts (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from ..duplicates import (
    DEFAULT_MIN_WORDS,
    DEFAULT_THRESHOLD,
    Duplicate,
    DuplicateGroup,
    find_duplicates,
    group_duplicates,
)
from ..errors import EXIT_BAD_INPUT, EXIT_DUPLICATES, EXIT_OK, InputError, NhotextError
from ..output import terminal_safe
from ..reading import DEFAULT_MAX_BYTES, Article
from ._common import (
    CheckFormat,
    MaxBytesOpt,
    PathsArg,
    Progress,
    QuietOpt,
    expand,
    fail,
    read_items,
    report,
    show,
    stdout,
)

app = typer.Typer()

SHOW_CHARS = 160


@app.command("check")
def check_cli(
    paths: PathsArg,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format; summary is one line "
                                                "per draft.")] = CheckFormat.text,
    threshold: Annotated[float, typer.Option("--threshold", "-t", min=0.01, max=1.0,
                                             help="Minimum similarity for near, contained and shared-sentence "
                                             "repeats.")] = DEFAULT_THRESHOLD,
    min_words: Annotated[int, typer.Option("--min-words", min=1, help="Ignore paragraphs with fewer words; set "
                                           "1 or 2 to report exact repeats of bylines and one-word lines.")
                         ] = DEFAULT_MIN_WORDS,
    against: Annotated[Path | None, typer.Option("--against", help="Also check the drafts against a "
                                                 "`nhotext batch` output folder (the archive).")] = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    quiet: QuietOpt = False,
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
    items = expand(paths)
    with Progress(len(items), "check", quiet) as progress:
        for item in read_items(items, max_bytes, quiet):
            progress.advance()
            if isinstance(item, InputError):
                report(item)
                failed += 1
                continue
            duplicates = find_duplicates(item.paragraphs, threshold=threshold, min_words=min_words)
            groups = group_duplicates(duplicates, item.paragraphs)
            archived = (index.match(item.paragraphs, exclude_source=item.source, threshold=threshold,
                                    min_words=min_words) if index is not None else None)
            found += bool(duplicates) or bool(archived)
            if format is CheckFormat.json:
                record = _record(item, duplicates, groups)
                if archived is not None:
                    record["archive_matches"] = [m.to_dict() for m in archived]
                results.append(record)
            elif format is CheckFormat.summary:
                stdout.print(summary_line(item, duplicates, groups, archived), markup=False)
            else:
                print_check(item, duplicates, groups, archived)
    if format is CheckFormat.json:
        stdout.file.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT)
    raise typer.Exit(EXIT_DUPLICATES if found else EXIT_OK)


def _record(article: Article, duplicates: list[Duplicate], groups: list[DuplicateGroup]) -> dict[str, Any]:
    return {
        "source": article.source,
        "encoding": article.encoding,
        "text": article.text,
        "paragraphs": [p.to_dict() for p in article.paragraphs],
        "duplicates": [d.to_dict() for d in duplicates],
        "groups": [g.to_dict() for g in groups],
    }


def summary_line(article: Article, duplicates: list[Duplicate], groups: list[DuplicateGroup],
                 archived: list | None) -> str:
    """``path: status`` on one line, for scripts and logs."""
    source = terminal_safe(article.source)
    paired = {i for g in groups for i in g.members}
    others = [d for d in duplicates if not (d.first in paired and d.second in paired)]
    parts = []
    if groups:
        shown = ", ".join("=".join(f"¶{i}" for i in g.members[:6]) + ("…" if len(g.members) > 6 else "")
                          for g in groups[:5])
        parts.append(f"{len(groups)} group{'s' if len(groups) > 1 else ''} of copies "
                     f"({shown}{', …' if len(groups) > 5 else ''})")
    if others:
        parts.append(f"{len(others)} other repeat{'s' if len(others) > 1 else ''}")
    if archived:
        parts.append(f"{len(archived)} already published")
    status = "; ".join(parts) if parts else "ok"
    return f"{source}: {status} ({len(article.paragraphs)} paragraphs)"


def print_check(article: Article, duplicates: list[Duplicate], groups: list[DuplicateGroup],
                archived: list | None = None) -> None:
    """Groups of copies, then each other repeat with paragraph numbers, kind, similarity and the repeated
    words highlighted."""
    source = show(article.source)
    for m in archived or []:
        text = article.paragraphs[m.paragraph].text
        stdout.print(f"[bold red]✗[/] {source} ¶{m.paragraph} is already published: "
                     f"[bold]{show(m.source)}[/] ¶{m.archive_paragraph}  [yellow]{m.kind}[/] {m.similarity:.2f}\n"
                     f"    [dim]{show(text[:120])}{'…' if len(text) > 120 else ''}[/]")
    if not duplicates:
        stdout.print(f"[green]✓[/] {source}: no repeated paragraphs [dim]({len(article.paragraphs)} paragraphs)[/]")
        return
    paired = {i for g in groups for i in g.members}
    others = [d for d in duplicates if not (d.first in paired and d.second in paired)]
    n = len(groups) + len(others)
    stdout.print(f"[bold red]✗[/] [bold]{source}[/]: {n} repeat{'s' if n > 1 else ''} "
                 f"[dim]({len(article.paragraphs)} paragraphs)[/]")
    for g in groups:
        members = " = ".join(f"¶{i}" for i in g.members[:12]) + (f" … ({len(g.members)} in all)"
                                                                 if len(g.members) > 12 else "")
        text = article.paragraphs[g.members[0]].text
        stdout.print(f"  [bold]{members}[/]  [yellow]{g.kind}[/]\n"
                     f"    [dim]{show(' '.join(text.split())[:SHOW_CHARS])}{'…' if len(text) > SHOW_CHARS else ''}[/]")
    for d in others:
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

    def flat(s: str) -> str:
        return show(" ".join(s.split()))

    return f"[dim]{flat(before)}[/]{' ' if before.endswith(' ') else ''}[bold yellow]{flat(match)}[/]" \
           f"{' ' if after.startswith(' ') else ''}[dim]{flat(after)}[/]"
