"""Text normalisation with an offset map, word shingles and Norwegian sentence splitting.

Everything that compares paragraphs goes through :func:`normalize`: Unicode NFKC,
case folded, every run of whitespace (non-breaking spaces included) and every
punctuation mark, dash or quote mark becomes one space. Comparison is then on
words only, so ``– Dette`` and ``- Dette`` and ``Dette`` are equal, and so are
``«sitat»`` and ``"sitat"``. The offset map leads each normalised character back
to the original, so a match found in normalised text has exact spans in the
article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .resources import ABBREVIATIONS


@dataclass(frozen=True)
class Normalized:
    """A normalised text: ``text`` and, for each of its characters, the offset in the original."""

    text: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised stretch ``text[start:end]``."""
        if end <= start:
            raise ValueError("empty stretch")
        # skip the separator spaces at the edges of the stretch
        while start < end - 1 and self.text[start] == " ":
            start += 1
        while end - 1 > start and self.text[end - 1] == " ":
            end -= 1
        return self.offsets[start], self.offsets[end - 1] + 1

    @property
    def words(self) -> list[str]:
        return self.text.split()

    def word_spans(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each word in the normalised text."""
        spans, pos = [], 0
        for word in self.words:
            spans.append((pos, pos + len(word)))
            pos += len(word) + 1
        return spans


_WORD = re.compile(r"[^\W_]+")


def strip_accents(text: str) -> str:
    """``text`` without accents, for matching a name's forms (``Martínez`` is ``Martinez``, ``Nobelkomitéen`` is
    ``Nobelkomiteen``); the letters of Norwegian keep theirs (``å``; ``æ``, ``ø`` have none to lose)."""
    parts = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in parts if not unicodedata.combining(c) or c == "\u030a"))


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).casefold()


def normalize(text: str, base: int = 0) -> Normalized:
    """Normalise ``text`` (which starts at offset ``base`` of its article)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if len(folded) != len(text):
        return _normalize_slow(text, base)
    parts: list[str] = []
    offsets: list[int] = []
    for m in _WORD.finditer(folded):
        if parts:
            parts.append(" ")
            offsets.append(base + m.start())
        parts.append(m.group())
        offsets.extend(range(base + m.start(), base + m.end()))
    return Normalized("".join(parts), tuple(offsets))


def _normalize_slow(text: str, base: int) -> Normalized:
    """Character by character, for the rare text whose folding changes its length (ß, ligatures)."""
    out: list[str] = []
    offsets: list[int] = []
    pending_space = False
    for i, ch in enumerate(text):
        for c in _fold(ch):
            if c.isalnum():
                if pending_space and out:
                    out.append(" ")
                    offsets.append(base + i)
                pending_space = False
                out.append(c)
                offsets.append(base + i)
            else:
                pending_space = True
    return Normalized("".join(out), tuple(offsets))


def key(text: str) -> str:
    """The exact-duplicate key of a text: its normalised words (``normalize(text).text``, without the offsets)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if len(folded) != len(text):
        return _normalize_slow(text, 0).text
    return " ".join(_WORD.findall(folded))


_SENTENCE_END = re.compile(
    r"""(?P<end>[.!?…]+[»"”’')\]]*)      # the full stop, with closing quotes or brackets
        (?=(?P<space>\s*)(?P<next>.))   # what follows
    """,
    re.VERBOSE | re.DOTALL,
)
_OPENERS = "«\"“‘'(-–—―‐"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a paragraph.

    Handles what news text does: no space after a full stop
    (``velferdssamfunnet.Disse``), Norwegian abbreviations (``bl.a.``,
    ``f.eks.``, ``mill.``, ``kl.``, ``nr.``), initials (``J. Kristiansen``),
    numbers and dates (``1.5``, ``27.11.``) and closing quote marks.
    """
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end("end")
        nxt, space = m.group("next"), m.group("space")
        if not _breaks(text, m.start("end"), m.group("end"), space, nxt):
            continue
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


@lru_cache(maxsize=1)
def words_to_stop() -> str:
    """A regular expression for one character of the words up to a sentence's end: any but ``.!?``, and a full stop
    only after a capital's initial or a one-word abbreviation (``Rolf B. Wegner``, ``ved St. Olavs hospital``)."""
    after = "|".join(rf"(?<=\b{re.escape(a[:-1])})" for a in sorted(ABBREVIATIONS) if a.count(".") == 1
                     and a[:-1].isalpha())
    return rf"(?:[^.!?]|(?<=\b[A-ZÆØÅ])\.|(?i:(?:{after})\.))"


def _breaks(text: str, stop: int, mark: str, space: str, nxt: str) -> bool:
    word = _word_before(text, stop)
    if mark.startswith("."):
        if word.lower() + "." in ABBREVIATIONS and not (word.lower() == "min" and not _after_number(text, stop - 3)):
            return False  # _word_before keeps "bl.a" whole; "30 min." is minutes, "sier mora min." the pronoun
        if len(word) == 1 and word.isupper():  # an initial: "J. Kristiansen"
            return False
        if word.isdigit() and (nxt.isdigit() or nxt.islower()):  # "1.5", "27. november"
            return False
    if not space:
        # glued sentences: "samfunnet.Disse" is a break; "NHO.no", "1.5", "bl.a.x" are not
        return mark in ".!?" and nxt.isupper() and len(word) >= 2 and word.islower()
    return nxt.isupper() or nxt.isdigit() or nxt in _OPENERS


def _after_number(text: str, start: int) -> bool:
    """Whether a number stands right before the word at ``start`` (``30 min.``)."""
    before = text[:start].rstrip()
    return bool(before) and before[-1].isdigit()


def _word_before(text: str, stop: int) -> str:
    i = stop
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    chunk = text[i:stop]
    # "bl.a" -> keep the dotted chunk for the abbreviation check; else the last word
    return chunk if "." in chunk and (chunk + ".").lower() in ABBREVIATIONS else chunk.rsplit(".", 1)[-1]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def shingles(words: list[str], size: int = 3) -> set[int]:
    """Hashes of the word ``size``-grams (the whole text if it is shorter)."""
    if len(words) < size:
        return {hash(" ".join(words))} if words else set()
    return {hash(" ".join(words[i:i + size])) for i in range(len(words) - size + 1)}
