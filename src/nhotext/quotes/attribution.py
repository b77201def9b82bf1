"""Direct and indirect quotes of a parsed Doc, attributed to their speakers.

Norwegian conventions first:

* a paragraph that opens with a dash is direct speech; its attribution
  (``, sier regiondirektør Jon Kristiansen.``) may stand at the end or in the
  middle, and the speech may go on after it; a following dash paragraph
  without attribution continues the same speaker; a paragraph ending in a
  colon (``Han legger til:``) introduces the speaker of the next one; a
  following ``Det sier X til NTB.`` names the speaker of the one before;
* ``«...»``, ``"..."`` and ``“...”`` with an attribution before (``X sier: «...»``)
  or after (``«...», skriver hun``), or a whole sentence in quote marks;
  short titles and names in quote marks (``boka «Hender små»``) are not quotes;
* indirect speech: ``X sier at ...``, ``ifølge X ...``, ``etter det X erfarer``,
  ``..., opplyser X.``

Speakers are resolved to the fullest form of the name in the article (also
from a surname, a pronoun or a definite title such as ``regiondirektøren``),
with their title and organisation where the article gives them.
"""

from __future__ import annotations

import bisect

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from ..organizations import find_organizations, load_gazetteer
from ..reading import Paragraph, split_paragraphs
from .lexicon import (
    DEP_LABELS,
    NOT_QUOTE_CUES,
    ORG_NOUNS,
    PRONOUNS,
    UNNAMED,
    BARE_CLAUSE_CUES,
    cue_pattern,
    definite_title,
    gender_of,
    normalize_title,
)

_DASH_START = re.compile(r"^[\s\u00a0]*[–—―‒-][\s\u00a0]*")
_DASH_AT = re.compile(r"[\s\u00a0]*[–—―‒-][\s\u00a0]*")
_SENTENCE_END = re.compile(r"[.!?](?=[\s\u00a0»\"”]|$)|:(?=[\s\u00a0]*[–—«\"“-])")
# What may stand between a cue and "at": a channel, an adverb, a pronoun or a name
# ("sier til NTB at", "mener også at", "sier han at", "mener Kristiansen at").
_MID = re.compile(r"^(?P<mid>(?:\s+(?:" + "|".join(ORG_NOUNS) + r"|[a-zæøå]+(?:ene|erne|na)))?"  # "skriver organisasjonene at"
                  r"(?:\s+(?:til|overfor|i|på|for|via)\s+(?:en|et|ei)?\s*[^\s,.]+"
                  r"|\s+(?:også|nå|likevel|derfor|ikke|heller|fortsatt|selv|først|bare|han|hun|hen|de|vi|det)"
                  r"|\s+[A-ZÆØÅ][\w-]*)*)\s+at\s+")
_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"))
# A channel after the speaker's name: "til NTB", "i en pressemelding" (not "i NHO Innlandet").
_CHANNEL = re.compile(r"\s+(?:til|overfor|via)\s+\S.*$"
                      r"|\s+i\s+(?:en|et|ei|sin|sitt|sine)\s+(?:pressemelding|uttalelse|innlegg|e-post|melding|"
                      r"kommentar|intervju|brev|SMS|kronikk|debattinnlegg|tweet|post|svar)\b.*$")
MIN_QUOTE_WORDS = 6


@dataclass(frozen=True)
class Speaker:
    """Who is quoted. ``type`` (contract version 2): ``person``, ``organization`` (an organisation,
    newspaper or party that states something itself), ``description`` (an unnamed source as the
    article describes it) or ``document``."""

    name: str
    title: str | None = None
    organization: str | None = None
    type: str = "person"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "title": self.title, "organization": self.organization}


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

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind,
                "speaker": self.speaker.to_dict() if self.speaker else None, "cue": self.cue,
                "paragraph": self.paragraph, "reused_in": self.reused_in}


@dataclass
class _Person:
    name: str
    title: str | None = None
    organization: str | None = None
    gender: str | None = None
    last_seen: int = 0


@dataclass
class _Who:
    """What an attribution clause says about its speaker."""

    person: _Person | None = None
    organization: str | None = None


class _Article:
    """What attribution needs to know about the whole article."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.ents = list(doc.ents)  # doc.ents and Span.ents scan the whole doc on every call: once here
        self._ent_starts = [e.start for e in self.ents]
        self.paragraphs: list[Paragraph] = split_paragraphs(doc.text)
        organizations = doc._.organizations if Doc.has_extension("organizations") and doc._.organizations \
            is not None else find_organizations(doc)
        # organisation of each token of a mention (mentions are cleaned: "Eidsiva" in an entity "Eidsiva ,")
        self.org_of_token = {}
        for org in organizations:
            for m in org.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                for i in range(span.start, span.end) if span is not None else ():
                    self.org_of_token[i] = org
        self.organizations = organizations
        self.people: dict[str, _Person] = {}
        self.person_mentions: list[tuple[int, _Person]] = []
        self._collect_people()

    # -- people -------------------------------------------------------------------------------------
    def _person_spans(self) -> list[Span]:
        """PER entities, completed: a capitalised word the recognizer left out after a name
        (``Geir Ove`` + ``Ystmark``), and names it missed that start with a known first name."""
        doc = self.doc
        spans = []
        for ent in self.ents:
            if ent.label_ == "PER":
                start, end = ent.start, ent.end
                while start > 0 and gender_of(doc[start - 1].text) and doc[start - 1].is_title \
                        and doc[start - 1].ent_type_ in ("", "PER"):
                    start -= 1  # a first name the recognizer left out: "Kari" + "Nessa Nordtun"
                while end < len(doc) and _name_word(doc[end]) and doc[end].ent_type_ in ("", "PER"):
                    end += 1
                if spans and spans[-1].end >= start:  # two PER entities side by side: one name
                    spans[-1] = doc[spans[-1].start:max(end, spans[-1].end)]
                else:
                    spans.append(doc[start:end])
        covered = {i for s in spans for i in range(s.start, s.end)} | {i for e in self.ents for i in range(e.start, e.end)}
        i = 0
        while i < len(doc) - 1:
            if i not in covered and gender_of(doc[i].text) and doc[i].is_title and _name_word(doc[i + 1]) \
                    and (i + 1) not in covered:
                end = i + 1
                while end < len(doc) and _name_word(doc[end]) and end not in covered:
                    end += 1
                spans.append(doc[i:end])
                i = end
            else:
                i += 1
        return sorted(spans, key=lambda s: s.start)

    def _collect_people(self) -> None:
        persons = self._person_spans()
        self.person_spans = persons
        # fullest form per surname: "Jon Kristiansen" for "Kristiansen"
        for ent in sorted(persons, key=lambda e: -len(e.text.split())):
            name = _clean_name(ent.text)
            if not name:
                continue
            surname = name.split()[-1]
            if surname not in self.people:
                first = name.split()[0] if len(name.split()) > 1 else None
                self.people[surname] = _Person(name, gender=gender_of(first) if first else None)
        for ent in sorted(persons, key=lambda e: e.start):
            person = self.person(ent.text)
            if person is None:
                continue
            title, org = self._describe(ent)
            person.title = person.title or title or _name_title(ent.text)
            person.organization = person.organization or org
            self.person_mentions.append((ent.start_char, person))
        # "Konsernsjefen understreker ...": a later mention of the person with that title
        for token in self.doc:
            title = definite_title(token.text) if token.ent_type_ == "" else None
            if title:
                person = self.recent_titled(title, token.idx)
                if person is not None:
                    self.person_mentions.append((token.idx, person))
        self.person_mentions.sort(key=lambda m: m[0])

    def person(self, name: str) -> _Person | None:
        name = _clean_name(name)
        if not name:
            return None
        person = self.people.get(name.split()[-1])
        if person is None and name.endswith("s"):  # genitive: "Kristiansens"
            person = self.people.get(name.split()[-1][:-1])
        return person

    def _describe(self, ent: Span) -> tuple[str | None, str | None]:
        """Title and organisation written around a person's name."""
        doc = self.doc
        title = org = None
        # "regiondirektør Jon Kristiansen", "LO-leder Peggy Hessen Følsvik", "administrerende direktør i Equinor, X"
        i = ent.start - 1
        while i >= 0 and doc[i].text in {",", "(", "og"} and i > ent.start - 3:
            i -= 1
        window = doc[max(0, i - 4):i + 1]
        for token in reversed(list(window)):
            if token.is_punct and token.text != "-":
                break
            found = _title_of(token.text, capital_ok=token.is_sent_start or token.i == 0)
            if found:
                title, prefix_org = found
                if token.i > 0 and (two := normalize_title(f"{doc[token.i - 1].text} {title}")) and " " in two:
                    title = two  # "administrerende direktør", "daglig leder"
                org = org or self._org_name(prefix_org)
                break
        # organisation between the title and the name: "direktør i Equinor, Anders Opedal"
        if title and org is None:
            org = self._org_in(doc[window.start:ent.start])
        # after the name: "Jon Kristiansen i NHO Innlandet", "Busterud (H)", ", som er regiondirektør i X,"
        after = doc[ent.end:min(len(doc), ent.end + 12)]
        stop = next((t.i for t in after if t.text in {".", "!", "?", ":"} or t.is_space), after.end)
        after = doc[ent.end:stop]
        if len(after) > 1 and after[0].text in {"i", "fra", "ved"} and after[1].ent_iob_ == "B":
            org = org or self._org_in(after[1:6], first_only=True)  # "i NHO Innlandet", not "i en kommentar"
        if len(after) >= 3 and after[0].text == "(":
            org = org or self._org_in(after[:3], first_only=True)
        if len(after) >= 3 and after[0].text == "," and after[1].lower_ in {"som", "er"}:
            for token in after[2:]:
                found = _title_of(token.text)
                if found:
                    title = title or found[0]
                    break
            org = org or self._org_in(after)
        if len(after) >= 2 and after[0].text == "," and title is None:
            found = _title_of(after[1].text)  # "Kari Bakken, leder i ..."
            if found:
                title = found[0]
                org = org or self._org_in(after[1:8])
        return title, org

    def _org_at(self, ent: Span):
        return next((self.org_of_token[i] for i in range(ent.start, ent.end) if i in self.org_of_token), None)

    def ents_in(self, span: Span) -> list[Span]:
        """The entities inside ``span`` (what ``span.ents`` gives, by binary search)."""
        i = bisect.bisect_left(self._ent_starts, span.start)
        found = []
        while i < len(self.ents) and self.ents[i].start < span.end:
            if self.ents[i].end <= span.end:
                found.append(self.ents[i])
            i += 1
        return found

    def _org_in(self, span: Span, first_only: bool = False) -> str | None:
        for ent in self.ents_in(span):
            org = self._org_at(ent)
            if org is not None:
                return org.name
            if first_only:
                return None
        return None

    def _org_name(self, written: str | None) -> str | None:
        if not written:
            return None
        for org in self.organizations:
            if any(m.text == written for m in org.mentions) or org.name == written:
                return org.name
        entry = load_gazetteer().lookup(written)
        return entry.name if entry else None

    def recent_person(self, before: int, gender: str | None = None) -> _Person | None:
        """The person mentioned last before ``before``; for ``han``/``hun``, the last one whose
        first name does not say the other gender."""
        for position, person in reversed(self.person_mentions):
            if position < before and (gender is None or person.gender in (None, gender)):
                return person
        return None

    def recent_titled(self, title: str, before: int) -> _Person | None:
        for position, person in reversed(self.person_mentions):
            if position < before and person.title and (person.title == title or person.title.endswith(title)):
                return person
        return None

    def recent_org(self, kinds: tuple[str, ...], before: int, first: bool = False) -> str | None:
        """The organisation of those kinds mentioned last before ``before`` (with ``first``,
        the first of those mentioned in the same stretch: "NHO og LO ... organisasjonene");
        failing that, the first one mentioned after."""
        mentions = sorted((m.start, o.name) for o in self.organizations if o.kind in kinds for m in o.mentions)
        earlier = [m for m in mentions if m[0] < before]
        if earlier:
            if first:
                stretch = [m for m in earlier if earlier[-1][0] - m[0] < 200]
                return stretch[0][1]
            return earlier[-1][1]
        return mentions[0][1] if mentions else None

    def speaker_like(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` names someone, resolvable or not (``kvinnen``,
        ``lederen i organisasjonen``)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        return any(t.lower_ in PRONOUNS and t.pos_ in ("PRON", "") or t.lower_ in UNNAMED or t.lower_ in ORG_NOUNS or t.ent_type_
                   or definite_title(t.text) for t in span)

    # -- attribution clauses ----------------------------------------------------------------------------
    def who(self, start: int, end: int, *, last_speaker: Speaker | None = None) -> Speaker | None:
        """The speaker named in ``text[start:end]`` (the words after a cue, or before it)."""
        clause = self.text[start:end]
        channel = _CHANNEL.search(clause)
        if channel and channel.start() > 0:
            end = start + channel.start()
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        for ent in [p for p in self.person_spans if p.start < span.end and span.start < p.end]:
            person = self.person(ent.text)
            if person is not None:
                title, org = self._describe(ent)
                title = title or _name_title(ent.text)
                return Speaker(person.name, title or person.title, org or person.organization)
        for ent in self.ents_in(span):
            person = self.person(ent.text) if len(ent) <= 2 else None
            if person is not None:  # a known surname the recognizer took for something else
                return self.speaker_of(person)
            org = self._org_at(ent)
            if org is not None:
                return Speaker(org.name, None, org.name, "organization")
        for token in span:
            lower = token.lower_
            if lower in UNNAMED:
                return None  # "kvinnen": someone the article does not name
            if lower in PRONOUNS and (token.pos_ in ("PRON", "") or not self.doc.has_annotation("POS")):
                person = self.recent_person(token.idx, PRONOUNS[lower])
                if person is None and last_speaker is not None:
                    return last_speaker
                return self.speaker_of(person) if person else None
            title = definite_title(token.text)
            if title:
                # "lederen i organisasjonen": someone unnamed, not the last leader mentioned
                nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
                if nxt is not None and nxt.lower_ in {"i", "for", "av"} and token.i + 2 < span.end + 3:
                    owner = self.doc[token.i + 2] if token.i + 2 < len(self.doc) else None
                    if owner is not None and (owner.lower_ in ORG_NOUNS or owner.ent_type_):
                        return None
                person = self.recent_titled(title, token.idx)
                if person is None and last_speaker is not None and last_speaker.title == title:
                    return last_speaker
                return self.speaker_of(person) if person else None
            if lower in ORG_NOUNS:
                name = self.recent_org(ORG_NOUNS[lower], token.idx, first=lower.endswith("ene"))
                if name is None and lower == "politiet":
                    name = "Politiet"
                return Speaker(name, None, name, "organization") if name else None
            if token.is_title and token.ent_type_ == "":
                person = self.person(token.text)  # a known surname the recognizer missed
                if person is not None:
                    return self.speaker_of(person)
        return None

    @staticmethod
    def speaker_of(person: _Person) -> Speaker:
        return Speaker(person.name, person.title, person.organization)


def _name_word(token) -> bool:
    """A capitalised word that can continue a person's name (not a title, not a function word)."""
    text = token.text
    return (text[:1].isupper() and text.replace("-", "").isalpha() and len(text) > 1
            and normalize_title(text.lower()) is None)


def _clean_name(name: str) -> str:
    """``Politiadvokat Lise Haugen`` -> ``Lise Haugen`` (the recognizer sometimes takes a
    capitalised title into the name)."""
    name = re.sub(r"['’]s$|s['’]$", "", name.strip(" ,.«»\"()"))
    words = [w for w in name.split() if w[:1].isupper() or w in {"von", "de", "van", "af"}]
    while len(words) > 1 and normalize_title(words[0].lower()) is not None:
        words = words[1:]
    return " ".join(words)


def _name_title(name: str) -> str | None:
    first = name.split()[0] if len(name.split()) > 1 else ""
    return normalize_title(first.lower()) if first[:1].isupper() else None


def _title_of(word: str, capital_ok: bool = False) -> tuple[str, str | None] | None:
    """``regiondirektør`` -> (title, None); ``LO-leder`` -> ("leder", "LO"). A capitalised
    word is a title only at a sentence start (``Ordfører Einar Busterud``)."""
    if "-" in word.strip("-"):
        prefix, _, rest = word.rpartition("-")
        title = normalize_title(rest)
        if title and prefix[:1].isupper():
            return title, prefix
    if word[:1].isupper() and not capital_ok:
        return None
    title = normalize_title(word)
    return (title, None) if title else None


# -- finding quotes --------------------------------------------------------------------------------------


def find_quotes(doc: Doc) -> list[Quote]:
    """All quotes of ``doc`` in text order (see the module docstring)."""
    article = _Article(doc)
    quotes: list[Quote] = []
    pending: list[Quote] = []  # unattributed dash quotes waiting for "Det sier X."
    last: Speaker | None = None
    introduced: Speaker | None = None  # "Han legger til:" at the end of the previous paragraph
    narrative: Speaker | None = None  # someone named in the previous, narrative paragraph
    for paragraph in article.paragraphs:
        found, last, intro = _paragraph_quotes(article, paragraph, last, introduced, pending, narrative)
        introduced, narrative = intro, None
        if found:
            pending = [q for q in found if q.speaker is None or q.tentative]
        elif pending:
            pending = []
        if not found and intro is None:
            # a narrative paragraph that names someone sets up the next dash paragraph:
            # "Klubbleder Per Morten Bakken er stolt." / "– Dette betyr mye ..."
            person = article.recent_person(paragraph.end)
            if person is not None and person_in(article, paragraph, person):
                narrative = article.speaker_of(person)
        quotes.extend(found)
    taken = [(q.start, q.end) for q in quotes]
    quotes.extend(q for q in _indirect(article) if not any(s < q.end and q.start < e for s, e in taken))
    quotes.sort(key=lambda q: q.start)
    _mark_reuse(article, quotes)
    return quotes


def person_in(article: _Article, paragraph: Paragraph, person: _Person) -> bool:
    return any(paragraph.start <= pos < paragraph.end and p is person for pos, p in article.person_mentions)


def _paragraph_quotes(article: _Article, paragraph: Paragraph, last: Speaker | None,
                      introduced: Speaker | None, pending: list[Quote], narrative: Speaker | None = None):
    text, base = paragraph.text, paragraph.start
    found: list[Quote] = []
    # "Det sier X til NTB." / "Det mener X." names the speaker of the quotes just before
    cataphoric = re.match(r"^(?:Det|Dette)\s+(?P<cue>\w+(?:\s+(?:til|fast|på|om))?)\s+(?P<who>[^.!?]+)[.!?]?$",
                          text)
    if cataphoric and cue_pattern().fullmatch(cataphoric.group("cue")) and pending:
        speaker = article.who(base + cataphoric.start("who"), base + cataphoric.end("who"))
        for quote in pending:
            quote.speaker, quote.cue = speaker, quote.cue or cataphoric.group("cue").lower()
        return found, speaker or last, None

    dash = _DASH_START.match(text)
    if dash and _bullet(text, dash.end()):
        return found, last, None
    if dash and len(text) > dash.end():
        found = _speech(article, paragraph, dash.end(), len(text), introduced or narrative or last, introduced)
        speaker = next((q.speaker for q in reversed(found) if q.speaker), None)
        return found, speaker or last, None

    for q in _marked(article, paragraph, last):
        found.append(q)
    intro = None
    stripped = text.rstrip()
    if stripped.endswith(":"):
        # "Kristiansen sier:" / "Han legger til:" / "Kristiansen:" introduces the next paragraph
        line = stripped[:-1]
        cue = None
        for m in cue_pattern().finditer(line):
            cue = m
        who_start, who_end = (0, len(line)) if cue is None else (
            (0, cue.start()) if line[:cue.start()].strip() else (cue.end(), len(line)))
        intro = article.who(base + who_start, base + who_end, last_speaker=last)
    speaker = next((q.speaker for q in reversed(found) if q.speaker), None)
    return found, speaker or intro or last, intro


def _bullet(text: str, start: int) -> bool:
    """A dash used as a list bullet: several dash lines, or a short line with no full stop
    and no attribution (``- Nye lokaler``)."""
    if re.search(r"\n[\s\u00a0]*[–—―‒-]\s", text):
        return True
    rest = text[start:].strip()
    return (len(rest.split()) < MIN_QUOTE_WORDS and not re.search(r"[.!?…]$", rest)
            and not cue_pattern().search(rest))


def _speech(article: _Article, paragraph: Paragraph, start: int, end: int, context: Speaker | None,
            introduced: Speaker | None) -> list[Quote]:
    """Direct speech in ``paragraph.text[start:end]``, split around its attributions."""
    text, base = paragraph.text, paragraph.start
    quotes: list[Quote] = []
    attributed: set[int] = set()  # quotes with their own attribution, resolved or not
    pos = start
    speaker_for_rest: Speaker | None = None
    while pos < end:
        attribution = _attribution_after(text, pos, end)
        if attribution is None:
            q_end = _rstrip(text, pos, end)
            if q_end > pos:
                quotes.append(_quote(article, paragraph, pos, q_end, "direct", None, None))
            break
        sep_start, cue, who_start, who_end, clause_end = attribution
        speaker = article.who(base + who_start, base + who_end, last_speaker=context)
        q_end = _rstrip(text, pos, sep_start)
        if q_end > pos:
            quotes.append(_quote(article, paragraph, pos, q_end, "direct", speaker, cue))
            attributed.add(len(quotes) - 1)
        speaker_for_rest = speaker or speaker_for_rest
        pos = clause_end
        rest = _DASH_AT.match(text, pos)
        if rest is None and not _reads_as_speech(text[pos:end]):
            break  # "– ..., sier Hansen. Han la til at ...": the paragraph goes on as narrative
        pos = rest.end() if rest else _lstrip(text, pos, end)
    # unattributed parts take the paragraph's speaker, or the one before (a continuation);
    # a guess from context stays open to "Det sier X." in the next paragraph
    fallback = speaker_for_rest or introduced or context
    for i, quote in enumerate(quotes):
        if i not in attributed and quote.speaker is None:
            quote.speaker = fallback
            if speaker_for_rest is None and introduced is None:
                quote.tentative = True
    return quotes


_FIRST_PERSON = re.compile(r"\b(?:jeg|vi|meg|oss|min|mitt|mine|vår|vårt|våre|du|dere|deg|din|ditt|deres)\b",
                           re.IGNORECASE)


def _reads_as_speech(text: str) -> bool:
    """Speech goes on after an attribution without a new dash if it speaks in the first or
    second person; narrative about the speaker does not."""
    first_sentence = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    return bool(_FIRST_PERSON.search(first_sentence))


def _attribution_after(text: str, pos: int, end: int):
    """``, sier X.`` after a stretch of speech: (separator start, cue, who start, who end, clause end)."""
    for m in cue_pattern().finditer(text, pos, end):
        before = text[pos:m.start()].rstrip(" \u00a0")
        if not before or before[-1] not in ",!?–—-":
            continue
        sep_start = pos + len(before) - 1
        if before[-1] in "!?":
            sep_start += 1  # keep the ! or ? with the quote
        sentence = _SENTENCE_END.search(text, m.end(), end)
        clause_end = sentence.end() if sentence else end
        who_end = sentence.start() if sentence else _rstrip(text, m.end(), end)
        return sep_start, m.group().lower(), m.end(), who_end, clause_end
    return None


def _marked(article: _Article, paragraph: Paragraph, last: Speaker | None) -> list[Quote]:
    """Quotes in quote marks: «...», “...”, "..."."""
    text, base = paragraph.text, paragraph.start
    quotes = []
    for open_at, close_at in _quote_pairs(text):
        inner_start, inner_end = open_at + 1, close_at
        inner = text[inner_start:inner_end]
        words = inner.split()
        after = text[close_at + 1:]
        m_after = re.match(r"^\s*[,]?\s*[–—-]?\s*(?P<cue>" + cue_pattern().pattern + r")\s+(?P<who>[^.!?«»]*)",
                           after, 0)
        before = text[:open_at]
        m_before = re.search(r"(?P<who>[^.!?«»:]*?)\s*(?P<cue>" + cue_pattern().pattern + r")?\s*[^\w\s]?\s*:\s*$",
                             before)
        preceding = re.findall(r"\w+", before[-30:].lower())
        if preceding and preceding[-1] in NOT_QUOTE_CUES and len(words) <= 10:
            continue
        speaker = cue = None
        if m_after:
            cue = m_after.group("cue").lower()
            who_start = close_at + 1 + m_after.start("who")
            speaker = article.who(base + who_start, base + close_at + 1 + m_after.end("who"), last_speaker=last)
        elif m_before and m_before.group("who").strip():
            cue = m_before.group("cue").lower() if m_before.group("cue") else None
            speaker = article.who(base + m_before.start("who"), base + m_before.end("who"), last_speaker=last)
        elif len(words) < MIN_QUOTE_WORDS or not re.search(r"[.!?…]\W*$", inner.strip()):
            continue  # a short phrase in quote marks, a title or a name: not a quote
        q_start = _lstrip(text, inner_start, inner_end)
        q_end = _rstrip(text, q_start, inner_end)
        if q_end > q_start:
            quotes.append(_quote(article, paragraph, q_start, q_end, "direct", speaker or (last if not m_after
                                 else None), cue))
    return quotes


def _quote_pairs(text: str) -> list[tuple[int, int]]:
    """Balanced quote-mark pairs; an unbalanced mark is left alone (and breaks nothing)."""
    pairs = []
    for opening, closing in _PAIRS:
        stack = []
        for i, ch in enumerate(text):
            if ch == opening and (opening != closing):
                stack.append(i)
            elif ch == closing and stack:
                start = stack.pop()
                if not stack:
                    pairs.append((start, i))
    # straight quotes: pair them in order; an odd one out is ignored
    straight = [i for i, ch in enumerate(text) if ch == '"']
    pairs += list(zip(straight[::2], straight[1::2]))
    pairs.sort()
    out, last_end = [], -1
    for start, end in pairs:
        if start > last_end:
            out.append((start, end))
            last_end = end
    return out


def _indirect(article: _Article) -> list[Quote]:
    """``X sier at ...``, ``ifølge X ...``, ``etter det X erfarer``, ``..., opplyser X.``"""
    quotes: list[Quote] = []
    last: Speaker | None = None
    for paragraph, sent in _sentences(article):
        text = sent.text
        for cue, source, q_start, q_end in _sources(sent):
            who = article.who(source[0], source[1], last_speaker=last) or _named(article, *source)
            q_start = _lstrip(article.text, q_start, q_end)
            q_end = _rstrip(article.text, q_start, q_end, keep_stop=False)
            if who and q_end - q_start > 10:
                quotes.append(_quote(article, paragraph, q_start - paragraph.start, q_end - paragraph.start,
                                     "indirect", who, cue))
                last = who
            break
        else:
            quote = _said_that(article, sent, paragraph, last) or _trailing_cue(article, sent, paragraph, last)
            if quote:
                quotes.append(quote)
                last = quote.speaker or last
    return quotes


def _sentences(article: _Article):
    """(paragraph, sentence span) for the narrative paragraphs, split by the rule-based
    Norwegian sentence splitter: the logic must not hang on a parser's sentence errors."""
    from ..duplicates import split_sentences

    for paragraph in article.paragraphs:
        if _DASH_START.match(paragraph.text):
            continue  # direct speech and its attribution: see _speech
        for start, end in split_sentences(paragraph.text):
            span = article.doc.char_span(paragraph.start + start, paragraph.start + end, alignment_mode="expand")
            if span is not None and span.text.strip():
                yield paragraph, span


def _sources(sent: Span):
    """``Ifølge X, ...`` / ``..., ifølge X.`` / ``Etter det X erfarer, ...``: yields
    (cue, source span, quote start, quote end) in characters."""
    doc = sent.doc
    for token in sent:
        if token.lower_ == "ifølge" and token.i + 1 < sent.end:
            end = token.i + 1
            nxt = doc[end]
            if nxt.ent_iob_ == "B":  # the whole entity: "Justis- og beredskapsdepartementet"
                end += 1
                while end < sent.end and doc[end].ent_iob_ == "I":
                    end += 1
            else:
                while end < sent.end and not doc[end].is_punct and (doc[end].is_title or doc[end].lower_ in
                                                                      {"og", "i", "for"} or end == token.i + 1):
                    end += 1
            source = (doc[token.i + 1].idx, doc[end - 1].idx + len(doc[end - 1]))
            before = doc[token.i - 1] if token.i > sent.start else None
            if before is None or before.is_space or before.is_punct and before.text != ",":
                yield "ifølge", source, source[1], sent.end_char
            else:  # "..., ifølge X."
                yield "ifølge", source, sent.start_char, doc[token.i - 1].idx
            return
    m = re.search(r"\b[Ee]tter det (?P<who>.+?) erfarer,?\s*", sent.text)
    if m:
        base = sent.start_char
        yield "erfarer", (base + m.start("who"), base + m.end("who")), base + m.end(), sent.end_char


def _proper(article: _Article, start: int, end: int) -> bool:
    """A short name in capitals (``Norges Skiskytterforbund``) the pipeline did not know."""
    words = article.text[start:end].split()
    if not words or definite_title(words[0]) or normalize_title(words[0].lower()):
        return False  # "Rådmannen": someone unnamed
    if len(words) == 1 and re.search(r"(ene|erne|arne|en|et)$", words[0]) and not load_gazetteer().lookup(words[0]):
        return False  # "Kritikerne": a capitalised common noun at the start of a sentence
    return len(words) <= 5 and words[0][:1].isupper() and all(
        w[:1].isupper() or w in {"og", "i", "for", "av"} for w in words)


def _named(article: _Article, start: int, end: int) -> Speaker | None:
    """A source named in the text but unknown to the pipeline: its name as written."""
    name = article.text[start:end].strip(" ,.")
    if not (name[:1].isupper() and len(name) > 1):
        return None
    known = load_gazetteer().lookup(name)
    return Speaker(name, None, name, "organization") if known or len(name.split()) > 3 else Speaker(name)


def _said_that(article: _Article, sent: Span, paragraph: Paragraph, last: Speaker | None) -> Quote | None:
    """``Kristiansen mener at klyngene gir ...`` (or without ``at`` after ``mener``,
    ``sier``, ...): the reported clause."""
    text, base = sent.text, sent.start_char
    for m in cue_pattern().finditer(text):
        rest = text[m.end():]
        at = _MID.match(rest)
        before = text[:m.start()].rstrip()
        if not before or before.rstrip(",").rstrip()[-1:] in ("«", "»", '"', "”", "–", "—", "-"):
            continue  # «...», skriver hun: the attribution of a quote, not a subject and a cue
        if not at and m.group().lower() in BARE_CLAUSE_CUES:
            at = re.match(r"^(?P<mid>)\s+(?=[a-zæøå])(?!at\b|til\b|seg\b|om\b|ja\b|nei\b)", rest)
            words = rest.split()
            first = words[0] if words else ""
            has_subject = article.speaker_like(base, base + m.start())
            if at and (normalize_title(first) is not None and len(words) > 1 and words[1][:1].isupper()
                       or not has_subject and (first in PRONOUNS or first in ORG_NOUNS)):
                at = None  # "sier fagsjef X", "Nå sier politiet i en pressemelding": no clause
        if not at:
            continue
        mid_start, mid_end = m.end() + at.start("mid"), m.end() + at.end("mid")
        q_start = m.end() + at.end()
        q_end = _rstrip(text, q_start, len(text), keep_stop=False)
        if len(text[q_start:q_end].split()) < 2:
            continue
        subject = _subject(article, sent, m.start())
        who = None
        if subject is not None:
            who = article.who(subject[0], subject[1], last_speaker=last)
        if who is None and mid_end > mid_start:  # inverted: "Nå mener Kristiansen at ..."
            who = article.who(base + mid_start, base + mid_end, last_speaker=last)
        if who is None:
            who = article.who(base, base + m.start(), last_speaker=last)
        if who is None and subject is not None:
            start = subject[0]
            while (prev := re.search(r"([A-ZÆØÅ][\w-]*)\s+$", article.text[max(base, start - 40):start])):
                start -= len(prev.group(0))  # "Norges Skiskytterforbund": the parser may take only the head
            who = _named(article, start, subject[1]) if _proper(article, start, subject[1]) else None
        if who is None and not article.speaker_like(base, base + m.start()):
            continue
        return _quote(article, paragraph, base - paragraph.start + q_start, base - paragraph.start + q_end,
                      "indirect", who, m.group().lower())
    return None


def _trailing_cue(article: _Article, sent: Span, paragraph: Paragraph, last: Speaker | None) -> Quote | None:
    """``Innbyggerne får lengre vei, mener ordføreren.``"""
    text, base = sent.text, sent.start_char
    m = re.search(r",\s*(?P<cue>" + cue_pattern().pattern + r")\s+(?P<who>[^,.!?]+)[.!?]?\s*$", text)
    if not m or any(ch in text for ch in "«»\""):
        return None
    dash = _DASH_START.match(text)  # "- Sitat, sier Espen." inside a paragraph: direct speech
    who = article.who(base + m.start("who"), base + m.end("who"), last_speaker=last)
    q_end = _rstrip(text, 0, m.start(), keep_stop=False)
    q_start = _lstrip(text, dash.end() if dash else 0, q_end)
    if who is None and not dash or len(text[q_start:q_end].split()) < (1 if dash else 3):
        return None
    return _quote(article, paragraph, base - paragraph.start + q_start, base - paragraph.start + q_end,
                  "direct" if dash else "indirect", who, m.group("cue").lower())


def _subject(article: _Article, sent: Span, cue_offset: int) -> tuple[int, int] | None:
    """Character span of the parser's subject of the cue verb, if the pipeline has a parser."""
    doc = article.doc
    if not doc.has_annotation("DEP"):
        return None
    verb = doc.char_span(sent.start_char + cue_offset, sent.start_char + cue_offset + 1, alignment_mode="expand")
    if verb is None:
        return None
    for child in verb[0].children:
        if child.dep_ in DEP_LABELS["subject"]:
            subtree = list(child.subtree)
            return subtree[0].idx, subtree[-1].idx + len(subtree[-1])
    return None


def _quote(article: _Article, paragraph: Paragraph, start: int, end: int, kind: str, speaker: Speaker | None,
           cue: str | None, absolute: bool = False) -> Quote:
    s, e = (start, end) if absolute else (paragraph.start + start, paragraph.start + end)
    return Quote(article.text[s:e], s, e, kind, speaker, cue, paragraph.index)


def _rstrip(text: str, start: int, end: int, keep_stop: bool = True) -> int:
    strip = " \t\n\u00a0,;:–—-«»\"”“" + ("" if keep_stop else ".")
    while end > start and text[end - 1] in strip:
        end -= 1
    return end


def _lstrip(text: str, start: int, end: int) -> int:
    while start < end and text[start] in " \t\n\u00a0,;:«»\"“”":
        start += 1
    return start


def _mark_reuse(article: _Article, quotes: list[Quote]) -> None:
    """``reused_in``: other paragraphs where a quote's words come back unattributed."""
    from ..duplicates.finder import ReuseIndex

    quoted_paragraphs = {q.paragraph for q in quotes if q.kind == "direct"}
    index = ReuseIndex(article.paragraphs) if quotes else None
    for quote in quotes:
        if index is None or quote.kind != "direct" or len(quote.text.split()) < MIN_QUOTE_WORDS:
            continue
        quote.reused_in = [i for i in index.occurrences(quote.text)
                           if i != quote.paragraph and i not in quoted_paragraphs]
