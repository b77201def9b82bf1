"""``nhotext analyze``: the full analysis of each article."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from ..errors import EXIT_BAD_INPUT, EXIT_OK, InputError
from ..reading import DEFAULT_MAX_BYTES
from ._common import MaxBytesOpt, OutputFormat, PathsArg, QuietOpt, analysed, show, stdout

app = typer.Typer()

LABEL_STYLE = {"PER": "green", "ORG": "cyan", "GPE_ORG": "cyan", "GPE_LOC": "magenta", "LOC": "magenta",
               "PROD": "yellow", "EVT": "yellow", "DRV": "blue", "MISC": "blue"}


@app.command("analyze")
def analyze_cli(
    paths: PathsArg,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    model: Annotated[str | None, typer.Option("--model", "-m", help="Installed spaCy Norwegian pipeline or a "
                                              "pipeline folder (default: the bundled model).")] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per nlp.pipe batch.", min=1)] = 16,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    quiet: QuietOpt = False,
) -> None:
    """Analyse articles: paragraphs, entities, duplicates, organisations and quotes.

    Exit codes: 0 all inputs analysed; 2 bad usage or at least one bad input
    (each reported on stderr; the good inputs are still analysed and printed).
    """
    failed = 0
    first = True
    if format is OutputFormat.json:
        stdout.file.write("[")
    for result in analysed(paths, max_bytes, model, quiet, "analyze", batch_size):
        if isinstance(result, InputError):
            failed += 1
            continue
        if format is OutputFormat.json:
            stdout.file.write(("\n" if first else ",\n") + json.dumps(result, ensure_ascii=False, indent=2))
        elif format is OutputFormat.jsonl:
            stdout.file.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            print_article(result)
        first = False
        stdout.file.flush()
    if format is OutputFormat.json:
        stdout.file.write("\n]\n")
    raise typer.Exit(EXIT_BAD_INPUT if failed else EXIT_OK)


def print_article(record: dict[str, Any]) -> None:
    """A readable terminal rendering: paragraphs with their entities marked."""
    paragraphs = record["paragraphs"]
    stdout.rule(f"[bold]{show(record['source'])}[/]  [dim]{show(record['encoding'])}, "
                f"{len(paragraphs)} paragraphs, {len(record['entities'])} entities[/]")
    entities = sorted(record["entities"], key=lambda e: e["start"])
    for paragraph in paragraphs:
        role = f" [dim]{paragraph['role']}[/]" if paragraph.get("role") else ""
        stdout.print(f"[dim]¶{paragraph['index']:>3}[/]{role}  {_marked(paragraph, entities)}")
    if record.get("duplicates"):
        stdout.print("[bold]repeats[/]  " + "; ".join(
            f"¶{d['first']}↔¶{d['second']} {d['kind']} {d['similarity']:.2f}" for d in record["duplicates"]))
    if record.get("organizations"):
        stdout.print("[bold]organisations[/]  " + "; ".join(
            f"{show(o['name'])} [dim]({o['kind']}, {len(o['mentions'])}×)[/]" for o in record["organizations"]))
    for q in record.get("quotes") or []:
        s = q["speaker"]
        who = show(s["name"]) + (f", {show(s['title'])}" if s.get("title") else "") + (
            f" ({show(s['organization'])})" if s.get("organization") and s["organization"] != s["name"] else ""
        ) if s else "[dim]unknown[/]"
        text = q["text"] if len(q["text"]) <= 90 else q["text"][:87] + "…"
        stdout.print(f"[bold]quote[/] [dim]{q['kind']}[/] {who}: «{show(text)}»")
    stdout.print()


def _marked(paragraph: dict[str, Any], entities: list[dict[str, Any]]) -> str:
    start, end, text = paragraph["start"], paragraph["end"], paragraph["text"]
    out, pos = [], start
    for ent in entities:
        if ent["start"] < start or ent["end"] > end:
            continue
        out.append(show(text[pos - start:ent["start"] - start]))
        style = LABEL_STYLE.get(ent["label"], "bold")
        out.append(f"[bold {style}]{show(ent['text'])}[/][dim {style}]/{ent['label']}[/]")
        pos = ent["end"]
    out.append(show(text[pos - start:]))
    return "".join(out)
