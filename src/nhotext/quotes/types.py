"""What a quote is: :class:`Quote` and its :class:`Speaker`, and span helpers every quote finder uses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..lexicon import NEGATED_CUES, cue_pattern
from ..reading import Paragraph
from ..text import split_sentences


class _HasText(Protocol):
    text: str

DASH_START = re.compile(r"^[\s\u00a0]*[–—―‒-][\s\u00a0]*")
# A photo caption's label before a dash quote (quotes-dev GUIDELINES: the label stays with its caption)
LABELLED_DASH = re.compile(r"^[A-ZÆØÅ][\w ,-]{0,30}(:)[\s\u00a0]+[–—―‒-][\s\u00a0]+")

MIN_QUOTE_WORDS = 6

_NAME_MARKS = "«»\"“”‘’' ,.:;"


@dataclass(frozen=True)
class Speaker:
    """Who is quoted. ``type`` (contract version 2): ``person``, ``organization`` (an organisation,
    newspaper or party that states something itself), ``description`` (an unnamed source as the
    article describes it) or ``document``. ``gender`` (an addition to the contract) is what the first
    name says (the first-name list, else the morphologizer), for the share of women among sources."""

    name: str
    title: str | None = None
    organization: str | None = None
    type: str = "person"
    gender: str | None = None  # "female" | "male" for a person whose first name says it, else None

    def __post_init__(self) -> None:
        for name in ("name", "title", "organization"):  # one space between words, whatever the text had
            value = getattr(self, name)
            if value is not None and value != (single := " ".join(value.split())):
                object.__setattr__(self, name, single)
        # a name taken with the quote marks around a title ("i «Skal vi danse», Hanne Lein")
        if self.organization is not None:
            org = self.organization.strip(_NAME_MARKS)
            if org and "." in org and self.organization.rstrip(" ,:;«»\"“”‘’'").endswith("."):
                org += "."  # an abbreviation keeps its last dot ("Fr.p.", "Kr.F.")
            object.__setattr__(self, "organization", org or None)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "title": self.title, "organization": self.organization,
                "gender": self.gender}


@dataclass
class Quote:
    """A quote: ``text`` is ``article_text[start:end]``, the quoted words only."""

    text: str
    start: int
    end: int
    kind: str  # "direct" | "indirect"
    speaker: Speaker | None
    cue: str | None
    paragraph: int
    reused_in: list[int] = field(default_factory=list)
    tentative: bool = field(default=False, repr=False, compare=False)  # speaker guessed from context

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Quote:
        speaker = Speaker(**record["speaker"]) if record.get("speaker") else None
        return cls(record["text"], record["start"], record["end"], record["kind"], speaker, record.get("cue"),
                   record["paragraph"], list(record.get("reused_in") or []))

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
                "speaker": self.speaker.to_dict() if self.speaker else None, "cue": self.cue,
                "paragraph": self.paragraph, "reused_in": self.reused_in}




def make_quote(article: _HasText, paragraph: Paragraph, start: int, end: int, kind: str, speaker: Speaker | None,
           cue: str | None, absolute: bool = False) -> Quote:
    s, e = (start, end) if absolute else (paragraph.start + start, paragraph.start + end)
    if cue is not None and (" ikke " in cue or cue in NEGATED_CUES):
        cue = cue.split()[0]  # "legger ikke skjul på": only the verb of a discontinuous cue (GUIDELINES)
    return Quote(article.text[s:e], s, e, kind, speaker, cue, paragraph.index)


_SPEAKER_WORDS = "jeg|vi|meg|oss|min|mitt|mine|vår|vårt|våre"
FIRST_PERSON = re.compile(rf"\b(?:{_SPEAKER_WORDS}|du|dere|deg|din|ditt|deres)\b", re.IGNORECASE)  # one's own words
FIRST_PERSON_ONLY = re.compile(rf"\b(?:{_SPEAKER_WORDS})\b", re.IGNORECASE)  # the speaker, no one addressed
SECOND_PERSON = re.compile(r"\b(?:du|deg|din|ditt|dine|dere|deres)\b", re.IGNORECASE)  # someone addressed


_CLAUSE_BREAK = re.compile(r"\s[–—-]\s|,\s+(?:mens|samtidig\s+som)\s|,\s+(?:nær\s+)?\d[\d,.]*\s+prosent\b"
                           # a second source's report: ", men Bysting understreker at", ", og hun sier at"
                           r"|,\s+(?:men|og)\s+(?:[A-ZÆØÅ][\w-]*\s+){1,3}[a-zæøå]+\s+at\s"
                           r"|,\s+(?:men|og)\s+(?:han|hun|de)\s+[a-zæøå]+\s+at\s"
                           # the medium the source spoke to, closing the sentence: ", til NTB."
                           r"|,\s+til\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2}\s*[.!?]?\s*$")


_SPACED_DASH = re.compile(r"\s[–—-]\s")  # an aside's dash, or either dash of an insertion
_SECOND_VERB = re.compile(r",\s+(?:og|men)\s+(?:\w+\s+)??(?P<verb>[a-zæøå]+)\s+(?:(?:mot|om|på)\s+)?at\s")


def lower_start(words: str) -> str:
    """A description as written, lower-cased at the start (GUIDELINES), unless it starts with an acronym or its
    compound (``TV-kanalen``, ``NRK-journalisten``)."""
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]


def written_list(names: list[str]) -> str:
    """Several sources joined as written (GUIDELINES): ``A``, ``A og B``, ``A, B og C``."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def clause_end(text: str, start: int, end: int, verb_between: Callable[[int, int], bool] | None = None) -> int:
    """Where a reported clause ends inside ``text[start:end]``: at a dash aside (``... generasjon - noe han
    mente ...``), a contrast with another source (``, mens flere dommere ...``, ``, samtidig som X``), a second
    report (``, men Bysting understreker at ...``) or the next answer of a poll (``..., 26 prosent at ...``),
    else ``end``.
    With ``verb_between`` (offsets into ``text``), a dash before the clause has a verb of its own opens an
    insertion that the next dash closes (``at opplysningen om slipingen - og at lengden ... - svekker ...``)."""
    m = _CLAUSE_BREAK.search(text, start, end)
    if m is not None and _SPACED_DASH.fullmatch(m.group()) and verb_between is not None \
            and not verb_between(start, m.start()):
        closing = _SPACED_DASH.search(text, m.end(), end)
        m = _CLAUSE_BREAK.search(text, closing.end(), end) if closing is not None else m
    elif m is not None and _SPACED_DASH.fullmatch(m.group()) and text.startswith("og ", m.end()):
        m = _CLAUSE_BREAK.search(text, m.end(), end)  # "... i år - og at de må ned": the report goes on
    if m is None:  # ", og advarer mot at ...": a second verb of saying of the same source reports a clause of its own
        m = next((c for c in _SECOND_VERB.finditer(text, start, end) if cue_pattern().fullmatch(c.group("verb"))), None)
    return m.start() if m and len(text[start:m.start()].split()) >= 3 else end


def rstrip_span(text: str, start: int, end: int, keep_stop: bool = True) -> int:
    strip = " \t\n\u00a0,;:–—-«»\"”“)]" + ("" if keep_stop else ".")
    while end > start and text[end - 1] in strip and not _closes_inner(text, start, end):
        end -= 1
    return end


def _closes_inner(text: str, start: int, end: int) -> bool:
    """Whether the mark at ``end - 1`` closes one opened inside the span (``Dette er «den store finalen»``, sier):
    an inner quote's marks stay (GUIDELINES), only the quote's own are left out; so does a bracket opened inside,
    not one closing an aside the quote stands in (``(jfr. Trump som sa at pressen var en «folkefiende»)``)."""
    mark = text[end - 1]
    if mark not in "»”\")]":
        return False  # (a space or comma: no slice of the span for every character stripped)
    inner = text[start:end - 1]
    if mark in ")]":
        return inner.count("(" if mark == ")" else "[") > inner.count(mark)
    if mark in "»”":
        return inner.count("«“"[mark == "”"]) > inner.count(mark)
    return inner.count('"') % 2 == 1


def lstrip_span(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t\n\u00a0,;:«»\"“”":
        start += 1
    return start


def sentences_of(doc: Any, paragraph: Paragraph) -> list[Any]:
    """The paragraph's sentences (spans of ``doc``) as the rule-based Norwegian splitter finds them: attribution
    must not hang on the parser's sentence errors (it also splits at a colon)."""
    spans = []
    for start, end in split_sentences(paragraph.text):
        span = doc.char_span(paragraph.start + start, paragraph.start + end, alignment_mode="expand")
        if span is not None and span.text.strip():
            spans.append(span)
    return spans
