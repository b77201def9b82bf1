"""Batch inputs: files, folders and JSON-lines corpora, split into partitions of references.

The client only ever holds references (a file path, or a byte range of a
``.jsonl`` file), never article texts, so the plan of a corpus far larger than
memory stays small; workers read the texts.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, MissingPathError
from ..reading import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, STDIN, Article, expand_paths, read_article, read_bytes

BATCH_SUFFIXES = ARTICLE_SUFFIXES + (".jsonl",)


@dataclass(frozen=True)
class Ref:
    """One input of a partition: ``kind`` is ``file``, ``jsonl`` (the lines in bytes
    ``[start, end)`` of ``source``) or ``error`` (an input that failed before reading, such
    as a missing path; ``error`` says why)."""

    kind: str
    source: str
    start: int = 0
    end: int = 0
    error: str = ""
    size: int = 1  # articles (jsonl lines) in this reference
    path: str = ""  # the absolute path workers read (``source`` is the path as the user gave it)

    @property
    def location(self) -> str:
        return self.path or self.source

    def to_json(self) -> list:
        return [self.kind, self.source, self.start, self.end, self.error, self.size, self.path]

    @classmethod
    def from_json(cls, row: list) -> Ref:
        return cls(*row)


def plan(inputs: Iterable[str], partition_size: int = 100) -> list[list[Ref]]:
    """Partitions of about ``partition_size`` articles each, in input order."""
    partitions: list[list[Ref]] = []
    current: list[Ref] = []
    count = 0
    for ref in _refs(inputs, partition_size):
        current.append(ref)
        count += ref.size
        if count >= partition_size:
            partitions.append(current)
            current, count = [], 0
    if current:
        partitions.append(current)
    return partitions


def _refs(inputs: Iterable[str], lines_per_ref: int) -> Iterator[Ref]:
    for item in expand_paths(inputs, BATCH_SUFFIXES):
        if isinstance(item, InputError):
            yield Ref("error", item.source, error=item.reason)
        elif item == STDIN:
            yield Ref("error", item, error="batch reads files, not standard input: save it to a file first")
        elif item.endswith(".jsonl"):
            yield from _jsonl_refs(item, lines_per_ref)
        else:
            yield Ref("file", item, path=os.path.abspath(item))


def _jsonl_refs(path: str, lines_per_ref: int) -> Iterator[Ref]:
    """Byte ranges of ``lines_per_ref`` lines; only offsets are kept."""
    absolute = os.path.abspath(path)
    try:
        with open(path, "rb") as handle:
            start = pos = lines = 0
            for line in handle:
                pos += len(line)
                if line.strip():
                    lines += 1
                if lines >= lines_per_ref:
                    yield Ref("jsonl", path, start, pos, size=lines, path=absolute)
                    start, lines = pos, 0
            if lines:
                yield Ref("jsonl", path, start, pos, size=lines, path=absolute)
    except OSError as err:
        yield Ref("error", path, error=f"cannot be read: {err.strerror or err}")


def read_ref(ref: Ref, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """The articles of one reference; a bad file or line is yielded as its error."""
    if ref.kind == "error":
        yield InputError(ref.source, ref.error)
    elif ref.kind == "file":
        if not os.path.lexists(ref.location):
            yield MissingPathError(ref.source, _missing_on_worker(ref))
            return
        try:
            article = read_article(ref.location, max_bytes=max_bytes)
        except InputError as err:
            yield type(err)(ref.source, err.reason)
            return
        article.source = ref.source
        yield article
    else:
        try:
            with open(ref.location, "rb") as handle:
                handle.seek(ref.start)
                data = handle.read(ref.end - ref.start)
        except FileNotFoundError:
            yield MissingPathError(ref.source, _missing_on_worker(ref))
            return
        except OSError as err:
            yield InputError(ref.source, f"cannot be read: {err.strerror or err}")
            return
        offset = ref.start
        for line in data.splitlines(keepends=True):
            line_start = offset
            offset += len(line)
            if line.strip():
                yield _jsonl_article(ref.source, line_start, line, max_bytes)


def _missing_on_worker(ref: Ref) -> str:
    return (f"the worker on {socket.gethostname()} finds no file at {ref.location}: the workers must see the "
            "inputs at the same path as the client (a shared file system)")


def _jsonl_article(path: str, offset: int, line: bytes, max_bytes: int) -> Article | InputError:
    where = f"{path}@{offset}"
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        return InputError(where, f"not a JSON object: {err}")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return InputError(where, 'a line must be a JSON object with a "text" string')
    article_id = str(record["id"]) if record.get("id") is not None else str(offset)
    source = f"{path}#{article_id}"
    text = record["text"]
    if len(text.encode("utf-8")) > max_bytes:
        return InputError(source, f"the article is over the {max_bytes / 1024 / 1024:.1f} MB limit")
    try:
        article = read_bytes(text.encode("utf-8"), source)
    except InputError as err:
        return err
    article.id = article_id
    article.where = where
    return article


def write_plan(partitions: list[list[Ref]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for refs in partitions:
            out.write(json.dumps([r.to_json() for r in refs], ensure_ascii=False) + "\n")
    tmp.replace(path)


def read_plan(path: Path) -> list[list[Ref]]:
    with path.open(encoding="utf-8") as handle:
        return [[Ref.from_json(r) for r in json.loads(line)] for line in handle if line.strip()]
