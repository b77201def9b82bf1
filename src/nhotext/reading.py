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
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
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
_C1 = re.compile(r"[\x80-\x9f]")
_STRAY = re.compile("[\udc80-\udcff]")
_C1_AS_CP1252 = {chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
                 if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}  # the five bytes cp1252 leaves undefined
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of an article: ``text == article.text[start:end]``."""

    index: int
    start: int
    end: int
    text: str
    role: str | None = None  # HTML pages: "headline", "standfirst" or "byline" where the markup says so

    def to_dict(self) -> dict:
        """The contract's paragraph object (``role`` only where there is one)."""
        record: dict = {"index": self.index, "start": self.start, "end": self.end, "text": self.text}
        if self.role:
            record["role"] = self.role
        return record


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
    """Decode article bytes; returns ``(text, encoding)``. See :func:`decode_text`."""
    text, encoding, _ = decode_text(data, source)
    return text, encoding


def decode_text(data: bytes, source: str = "<bytes>") -> tuple[str, str, list[str]]:
    """Decode article bytes; returns ``(text, encoding, warnings)``.

    * UTF-8 (a BOM dropped), or UTF-16/32 by their BOM;
    * mostly UTF-8 with a few stray bytes (a cp1252 ``æ`` pasted into UTF-8
      text): each stray byte is read as cp1252 and the rest as UTF-8; the
      encoding is reported as ``utf-8 (N bytes as cp1252)`` with a warning;
    * otherwise cp1252, then latin-1, with a warning;
    * C1 control characters (U+0080-U+009F: cp1252 dashes and quote marks
      decoded as latin-1 somewhere upstream) become the cp1252 characters they
      stand for (U+0096 -> ``–``), with a warning; other control characters
      are kept (terminal output shows them escaped).

    Raises:
        EmptyInputError: nothing but whitespace.
        BinaryInputError: a known binary format, NUL bytes, or mostly control characters.
        UndecodableInputError: a BOM that does not fit, or a non-UTF-8 text that is mostly control characters.
    """
    if not data.strip():
        raise EmptyInputError(source, "the file is empty")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInputError(source, f"this is {what}, not text")
    warnings: list[str] = []
    text = encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:  # the utf-16/32 codecs read and drop their own BOM
                text = data[len(bom):].decode(name) if name == "utf-8" else data.decode(name)
            except UnicodeDecodeError as err:
                raise UndecodableInputError(
                    source, f"starts with a {name} mark but is not {name}: {err.reason}") from None
            encoding = name
            break
    if text is None:
        if data[:8192].count(b"\x00") > 8:
            raise BinaryInputError(source, "binary data (NUL bytes), not text")
        text, encoding = _decode_unmarked(data, warnings)
    assert encoding is not None
    text = normalize_newlines(text)
    c1 = len(_C1.findall(text))  # C1 characters are mapped below, unless they are most of the text
    controls = len(_CONTROL.findall(text)) - c1
    if controls > max(2, 0.1 * len(text)) or controls + c1 > max(2, 0.3 * len(text)):
        if encoding.startswith("utf-8"):
            raise BinaryInputError(source, f"binary data ({controls} control characters), not text")
        raise UndecodableInputError(
            source, f"not UTF-8, and as {encoding} it holds {controls} control characters: not a text encoding we know"
        )
    if c1:
        text = _C1.sub(lambda m: _C1_AS_CP1252.get(m.group(), m.group()), text)
        warnings.append(f"{c1} C1 control characters read as the cp1252 characters they stand for (U+0096 -> –)")
    if not text.strip():
        raise EmptyInputError(source, "the file holds only whitespace")
    return text, encoding, warnings


def _decode_unmarked(data: bytes, warnings: list[str]) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", errors="surrogateescape")  # a stray byte b becomes U+DC00 + b
    n_stray = len(_STRAY.findall(escaped))
    n_utf8 = sum(1 for ch in escaped if ord(ch) > 127) - n_stray  # characters of valid multi-byte sequences
    if n_utf8 >= max(1, n_stray):
        # mostly UTF-8: each stray byte is read as cp1252 (latin-1 where cp1252 has no character)
        text = _STRAY.sub(lambda m: _byte_as_cp1252(ord(m.group()) - 0xDC00), escaped)
        bytes_ = "byte" if n_stray == 1 else "bytes"
        warnings.append(f"not all UTF-8: {n_stray} stray {bytes_} read as cp1252, the rest as UTF-8")
        return text, f"utf-8 ({n_stray} {bytes_} as cp1252)"
    for name in ("cp1252", "latin-1"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        warnings.append(f"not UTF-8: read as {name}")
        return text, name
    raise AssertionError("latin-1 decodes any byte")


def _byte_as_cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_SNIFF.match(data[:1024].lstrip(b"\xef\xbb\xbf")))


def read_bytes(data: bytes, source: str, *, html: bool | None = None, markdown: bool = False) -> Article:
    """Turn raw bytes into an :class:`Article`; ``html=None`` sniffs the content; ``markdown`` blanks
    Markdown syntax out (offsets kept, see :mod:`nhotext.markdown`)."""
    text, encoding, warnings = decode_text(data, source)
    if html is None:
        html = looks_like_html(data)
    if html:
        from .html import html_to_blocks

        blocks = html_to_blocks(text, source)
        text = "\n\n".join(block.text for block in blocks)
        if not text.strip():
            raise EmptyInputError(source, "the HTML page has no article text")
        paragraphs = split_paragraphs(text)
        if len(paragraphs) == len(blocks):  # a block never holds a blank line, so they pair up
            paragraphs = [replace(p, role=b.role) for p, b in zip(paragraphs, blocks)]
        return Article(source=source, text=text, encoding=encoding, format="html", warnings=warnings,
                       paragraphs=paragraphs)
    if markdown:
        from .markdown import strip_markdown

        text = strip_markdown(text)
        if not text.strip():
            raise EmptyInputError(source, "the Markdown file has no text")
        return Article(source=source, text=text, encoding=encoding, format="markdown", warnings=warnings)
    return Article(source=source, text=text, encoding=encoding, warnings=warnings)


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
    suffix = path.suffix.lower()
    return read_bytes(data, source, html=True if suffix in HTML_SUFFIXES else None, markdown=suffix == ".md")


def _mb(n_bytes: int) -> str:
    return f"{n_bytes / 1024 / 1024:.1f} MB"


def expand_paths(paths: Iterable[str | Path],
                 suffixes: tuple[str, ...] = ARTICLE_SUFFIXES) -> Iterator[str | InputError]:
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
            found = sorted(f for f in p.rglob("*") if f.suffix.lower() in suffixes and not _hidden(f.relative_to(p))
                           and not f.is_dir())
            if not found:
                yield NoArticlesError(source, f"the folder has no article files ({', '.join(suffixes)})")
            for f in found:
                problem = _not_a_file(f)
                yield f"{f}" if problem is None else UnreadableError(str(f), problem)
        elif p.exists() or p.is_symlink():
            yield source
        else:
            yield MissingPathError(source, "no such file or folder")


def _not_a_file(path: Path) -> str | None:
    """Why a path found in a folder walk is not an article file to read, or None: a broken link, a named
    pipe (reading it would wait for a writer forever), a socket or a device."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        # a file that vanished since the walk is reported when it is read
        return "a broken symbolic link (its target does not exist)" if path.is_symlink() else None
    except OSError as err:
        return f"cannot be read: {err.strerror or err}"
    if stat.S_ISREG(mode):
        return None
    kind = "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"{kind}, not a regular file: skipped in a folder (give it by name to read it)"


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
