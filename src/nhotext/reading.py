"""Files to articles: decoding, HTML extraction, paragraphs and offsets.

The rules are those of the command-line contract (``docs/cli.md``, section
"Reading an article"):

* bytes are UTF-8 (a BOM is dropped); anything else is detected, in practice
  cp1252 or latin-1 for Norwegian files, and the encoding used is reported;
* line endings become ``\\n``;
* a paragraph is a maximal run of non-blank lines (a blank line is empty or
  whitespace only, non-breaking spaces included); a text with no blank line
  between its lines has one paragraph a line;
* offsets are character offsets into the decoded text, end exclusive, and a
  paragraph's span excludes the whitespace around it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    MissingPathError,
    NoArticlesError,
    TooLargeError,
    UndecodableInputError,
    UnreadableError,
)

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"

# Signatures of common binary formats that end up renamed to .txt.
_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"%PDF-": "a PDF document",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
# Characters that never occur in real text: C0/C1 controls other than tab, newline, CR, form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of an article: ``text == article.text[start:end]``."""

    index: int
    start: int
    end: int
    text: str


@dataclass
class Article:
    """A decoded article: its text (line endings normalised) and its paragraphs."""

    source: str
    text: str
    encoding: str = "utf-8"
    format: str = "text"
    paragraphs: list[Paragraph] = field(default_factory=list)
    id: str | None = None
    where: str = ""  # where the article was read from when it is not ``source`` alone (PATH@BYTE of a .jsonl line)
    warnings: list[str] = field(default_factory=list)  # said on stderr, the article is still analysed

    def __post_init__(self) -> None:
        if not self.paragraphs:
            self.paragraphs = split_paragraphs(self.text)

    @property
    def n_words(self) -> int:
        return len(self.text.split())


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split a decoded text into paragraphs by the contract's rules.

    >>> [p.text for p in split_paragraphs("Tittel\\n\\nFørste linje\\nandre linje\\n")]
    ['Tittel', 'Første linje\\nandre linje']
    """
    lines = _lines_with_offsets(text)
    content = [i for i, (_, _, line) in enumerate(lines) if line.strip()]
    if not content:
        return []
    has_blank = any(not lines[i][2].strip() for i in range(content[0], content[-1] + 1))
    runs: list[tuple[int, int]] = []  # (first line, last line)
    if not has_blank:
        runs = [(i, i) for i in content]
    else:
        first = None
        for i in range(content[0], content[-1] + 1):
            if lines[i][2].strip():
                first = i if first is None else first
            elif first is not None:
                runs.append((first, i - 1))
                first = None
        if first is not None:
            runs.append((first, content[-1]))
    paragraphs = []
    for index, (first, last) in enumerate(runs):
        start, end = lines[first][0], lines[last][1]
        # Shrink the span to exclude the whitespace around it (NBSP included).
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        paragraphs.append(Paragraph(index, start, end, text[start:end]))
    return paragraphs


def _lines_with_offsets(text: str) -> list[tuple[int, int, str]]:
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return lines


def decode(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes; returns ``(text, encoding)``.

    UTF-8 first (BOM dropped), then UTF-16/32 by BOM, then cp1252, then latin-1.

    Raises:
        EmptyInputError: nothing but whitespace.
        BinaryInputError: a known binary format or NUL bytes.
        UndecodableInputError: the bytes decode only to control characters.
    """
    if not data.strip():
        raise EmptyInputError(source, "the file is empty")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInputError(source, f"this is {what}, not text")
    text = encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:  # the utf-16/32 codecs read and drop their own BOM
                text = data[len(bom):].decode(name) if name == "utf-8" else data.decode(name)
            except UnicodeDecodeError as err:
                raise UndecodableInputError(source, f"starts with a {name} mark but is not {name}: {err.reason}")
            encoding = name
            break
    if text is None:
        if b"\x00" in data[:8192]:
            raise BinaryInputError(source, "binary data (NUL bytes), not text")
        for name in ("utf-8", "cp1252", "latin-1"):
            try:
                text, encoding = data.decode(name), name
                break
            except UnicodeDecodeError:
                continue
    assert text is not None and encoding is not None  # latin-1 decodes any byte
    text = normalize_newlines(text)
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 1000):
        if encoding == "utf-8":
            raise BinaryInputError(source, f"binary data ({controls} control characters), not text")
        raise UndecodableInputError(
            source, f"not UTF-8, and as {encoding} it holds {controls} control characters: not a text encoding we know"
        )
    if not text.strip():
        raise EmptyInputError(source, "the file holds only whitespace")
    return text, encoding


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_SNIFF.match(data[:1024].lstrip(b"\xef\xbb\xbf")))


def read_bytes(data: bytes, source: str, *, html: bool | None = None) -> Article:
    """Turn raw bytes into an :class:`Article`; ``html=None`` sniffs the content."""
    text, encoding = decode(data, source)
    if html is None:
        html = looks_like_html(data)
    if html:
        from .html import html_to_text

        text = html_to_text(text)
        if not text.strip():
            raise EmptyInputError(source, "the HTML page has no article text")
        return Article(source=source, text=text, encoding=encoding, format="html")
    return Article(source=source, text=text, encoding=encoding)


def read_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file (or ``-`` for standard input).

    Raises:
        InputError: a subclass saying what is wrong with the input.
    """
    source = str(path)
    if source == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLargeError(source, f"standard input is over the {_mb(max_bytes)} limit (--max-bytes)")
        return read_bytes(data, source)
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(source, "is a directory")
        if size > max_bytes:
            raise TooLargeError(source, f"the file is {_mb(size)}, over the {_mb(max_bytes)} limit (--max-bytes)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise MissingPathError(source, "no such file (it may have been moved or deleted)") from None
    except PermissionError:
        raise UnreadableError(source, "permission denied") from None
    except OSError as err:
        raise UnreadableError(source, f"cannot be read: {err.strerror or err}") from None
    is_html = True if path.suffix.lower() in HTML_SUFFIXES else None
    return read_bytes(data, source, html=is_html)


def _mb(n_bytes: int) -> str:
    return f"{n_bytes / 1024 / 1024:.1f} MB"


def expand_paths(paths: Iterable[str | Path], suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> Iterator[str | InputError]:
    """Expand files, folders (recursively, sorted) and ``-`` into article sources.

    A missing path or a folder with no article files is yielded as an
    :class:`InputError` in its place, so callers can report it and go on.
    """
    for path in paths:
        source = str(path)
        if source == STDIN:
            yield source
            continue
        p = Path(path)
        if p.is_dir():
            found = sorted(
                str(f) for f in p.rglob("*")
                if f.suffix.lower() in suffixes and f.is_file() and not _hidden(f.relative_to(p))
            )
            if not found:
                yield NoArticlesError(source, f"the folder has no article files ({', '.join(suffixes)})")
            yield from found
        elif p.exists() or p.is_symlink():
            yield source
        else:
            yield MissingPathError(source, "no such file or folder")


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def iter_articles(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """Read every article named by ``paths``; a bad input is yielded as its error."""
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield read_article(item, max_bytes=max_bytes)
        except InputError as err:
            yield err
