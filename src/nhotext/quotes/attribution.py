"""Direct and indirect quotes of a parsed Doc, attributed to their speakers.

Norwegian conventions first:

* a paragraph that opens with a dash is direct speech; its attribution (``, sier regiondirektør Jon
  Kristiansen.``) may stand at the end or in the middle, and the speech may go on after it; a following dash
  paragraph without attribution continues the same speaker; a paragraph ending in a colon (``Han legger til:``)
  introduces the speaker of the next one; a following ``Det sier X til NTB.`` names the speaker of the one before;
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
import itertools
import re
from dataclasses import replace

from spacy.tokens import Doc

from ..duplicates.finder import ReuseIndex
from ..lexicon import saying_nouns
from ..reading import Paragraph
from ..text import key
from .backward import backward_reports
from .boxes import signed_boxes
from .colon import introducing_cue
from .continued import continued_quotes
from .details import title_then_surname
from .direct import ASKING, paragraph_quotes
from .fragments import marked_fragments
from .headlines import headline_speakers
from .indirect import indirect_quotes
from .interview import answers_printed_question, interview_answers, names_person, printed_interview, talked_about
from .layout import announces_question, asked_about
from .reported import passive
from .speakers import ArticleContext
from .takeup import take_up_descriptions
from .types import (
    DASH_START,
    FIRST_PERSON,
    MIN_QUOTE_WORDS,
    SECOND_PERSON,
    Quote,
    Speaker,
    lstrip_span,
    make_quote,
    rstrip_span,
)


def find_quotes(doc: Doc) -> list[Quote]:
    """All quotes of ``doc`` in text order (see the module docstring)."""
    article = ArticleContext(doc)
    quotes: list[Quote] = []
    pending: list[Quote] = []  # unattributed dash quotes waiting for "Det sier X."
    last: Speaker | None = None
    introduced: Speaker | None = None  # "Han legger til:" at the end of the previous paragraph
    narrative: Speaker | None = None  # someone named in the previous, narrative paragraph
    voice: Speaker | None = None  # the speaker of the last dash paragraph
    rendering: tuple[Speaker, str] | None = None  # "X skrev følgende i Aftenposten:" before an unmarked block
    unused: list[Speaker | None] = []  # the speaker before introductions that no quote has taken up yet
    introduced_cues: list[tuple[Quote, str | None]] = []
    for paragraph in article.paragraphs:
        before = last
        found, last, intro = paragraph_quotes(article, paragraph, last, introduced, pending, narrative, voice)
        if found and DASH_START.match(paragraph.text) and found[0].speaker is not None:
            voice = found[0].speaker  # who speaks in the dash paragraphs (an interview's answers)
        if not found and intro is not None:
            unused = unused or [before]  # "Leo Hansen, programleder i NRK:" and other caption labels
        elif not found and introduced is not None and unused:
            last = unused[0]  # no one's words followed the label: the dash paragraph after is not theirs
            unused = []
        else:
            unused = []
        if not found and rendering is not None:
            found = _rendered(article, paragraph, *rendering)
        introducer, introducing = rendering or (None, None)  # "Hun legger til:" / "- ...": the line's cue is
        introduced_cues += [(q, introducing) for q in found  # the cue of the words it introduces (GUIDELINES),
                            if introducer is not None and q.cue is None and q.speaker == introducer]  # set last
        # an introduction ends in a colon: the cue of the line before it
        cue = introducing_cue(article, paragraph.text.rstrip()[:-1], paragraph.start,
                              found[-1].end if found else None)[1] if intro is not None else None
        rendering = (intro, cue.group().lower()) if intro is not None and cue is not None else None
        asked = bool(found) and all(q.speaker is None and q.cue is None and q.text.endswith("?") for q in found)
        if asked and narrative is not None and (any(talked_about(article, q.text, narrative) for q in found)
                                                or any(names_person(q.text, narrative) for q in quotes)):
            # "sønnen hans Odin ..." / "- Hvordan er det for sønnen din ...?": asked about, not asked; so is
            # someone the answers named before the narrative did ("- ... Paul Hansen har god stemme.")
            narrative = None
        # the interviewer's question keeps the person the narrative set up for the answer after it, and so
        # does a line that announces the quote without a source ("Det ble rene ord:")
        announces = not found and intro is None and paragraph.text.rstrip().endswith(":")
        introduced, narrative = (narrative if announces else intro), narrative if asked or announces else None
        if not found and intro is None:
            # a narrative paragraph that names someone sets up the next dash paragraph:
            # "Klubbleder Per Morten Bakken er stolt." / "– Dette betyr mye ..."; not the interviewer's question
            # printed without a dash ("Hva ville barnevernet gjort hvis nabokvinnen som Cathrine ...?"): the
            # answer after it is the one interviewed
            asking = paragraph.text.rstrip().endswith("?")
            # a question about someone named is theirs to answer, unless someone else is answering the questions
            person = (asked_about(article, paragraph) if last is None else None) if asking \
                else article.salient_person(paragraph)
            if person is not None:
                narrative = article.joined_subject(paragraph, person) or article.speaker_of(person)
                if announces_question(article, paragraph, person):
                    introduced = narrative  # "Kari Holm (H) stiller spørsmål om skolene." / "- Hvordan ...?"
                # a dash quote that opens the article with no one named yet is the person the next paragraph
                # introduces ("- Alt begynner med ..." / "Tor Holger Bertelsen (57) setter ..."), not an answer
                for quote in pending:
                    if quote.speaker is None and quote.cue is None and not quote.text.endswith("?") \
                            and not names_person(quote.text, narrative) \
                            and not answers_printed_question(article, quote):
                        quote.speaker = narrative  # not one the speech names ("... Paul Hansen har god stemme.")
        if found:
            pending = [q for q in found if q.speaker is None or q.tentative]
        elif pending:
            pending = []
        quotes.extend(found)
    starts = [q.start for q in quotes]  # in text order; with the furthest end so far, overlaps by bisection
    reach = list(itertools.accumulate((q.end for q in quotes), max))
    for reported in indirect_quotes(article):
        first, after = bisect.bisect_left(starts, reported.start), bisect.bisect_left(starts, reported.end)
        inside = [q for q in quotes[first:after] if q.end <= reported.end + 2]
        for marked in inside if len(inside) == 1 else ():  # 'fastslo han at "ingen har gjort mer ..."': the frame
            if marked.speaker is None and (marked.cue is None or marked.cue == reported.cue):  # names who said
                marked.speaker, marked.cue = reported.speaker, reported.cue  # the words in marks
        if after == 0 or reach[after - 1] <= reported.start:  # no direct quote overlaps it
            quotes.append(_mixed(article, reported))
    quotes.extend(marked_fragments(article, [(q.start, q.end) for q in quotes]))
    quotes.extend(backward_reports(article, quotes))  # "... Det opplyser politiet til NTB."
    quotes = continued_quotes(article, quotes)  # sorted; «... over paragraphs ... », heter det i begrunnelsen.
    _reported_before(article, quotes)  # after the mixed quotes: "Staveland sa til ei avis at det var «uaktuelt»"
    interview_answers(article, [q for q in quotes if q.kind == "direct"])
    printed_interview(article, quotes)  # "Hvordan ser din perfekte søndag ut?" / "- Da har jeg ..."
    _asked_again([q for q in quotes if q.kind == "direct"])
    quotes = _without_listed_titles(article, quotes)
    headline_speakers(article, quotes)
    _signed(article, quotes)
    title_then_surname(quotes)
    take_up_descriptions(quotes)  # "En lokal innbygger forteller ..." / "- ..., sa mannen."
    _same_details(quotes)
    if quotes:  # the article's paragraphs normalised once, for reuse and display boxes alike
        index = ReuseIndex(article.paragraphs)
        _mark_reuse(index, quotes)
        quotes.extend(_displayed(article, index, quotes))
    quotes.extend(signed_boxes(article, quotes))  # "Hvis du skal drepe deg selv, ..." / "Cathrine"
    quotes.sort(key=lambda q: q.start)
    for quote, introducing in introduced_cues:  # after every rule that reads a missing cue as words without a source
        quote.cue = quote.cue or introducing
    return quotes


_MARKED_LINE = re.compile(r"^\s*[«“\"]([^«»“”\"\n]+)[»”\"][.!]?\s*$")
LISTED_RUN = 3  # paragraphs in a row, each a short phrase in marks and nothing else: a list
LISTED_WORDS = 6


def _without_listed_titles(article: ArticleContext, quotes: list[Quote]) -> list[Quote]:
    """A run of paragraphs that are each a short phrase in quote marks and nothing else (the clippings' headlines
    on a wall, book titles, slogans) lists names, not speech: their quotes are dropped."""
    listed: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for paragraph in [*article.paragraphs, None]:
        m = _MARKED_LINE.match(paragraph.text) if paragraph is not None else None
        if paragraph is not None and m is not None and len(m.group(1).split()) <= LISTED_WORDS:
            run.append((paragraph.start, paragraph.end))
            continue
        if len(run) >= LISTED_RUN:
            listed.extend(run)
        run = []
    return [q for q in quotes if not any(start <= q.start < end for start, end in listed)]


def _rendered(article: ArticleContext, paragraph: Paragraph, speaker: Speaker, cue: str) -> list[Quote]:
    """The paragraph after a line that names a speaker and a verb of saying and ends in a colon, when it has
    neither a dash nor quote marks (``Oddvar Solnørdal ... skrev allerede i februar følgende i Aftenposten:`` /
    ``Det korrekte bilde er dessverre at ...``): that speaker's words, direct in the first or second person,
    else indirect (quotes-dev GUIDELINES on unmarked renderings); never a list's item or a heading."""
    text = paragraph.text
    if DASH_START.match(text) or any(mark in text for mark in "«»\"“”") or re.match(r"\s*(?:\d+[.:)]|[•*])", text) \
            or text.rstrip()[-1:] not in ".!?" or len(text.split()) < MIN_QUOTE_WORDS \
            or _takes_back(article, paragraph) or _narrates(paragraph, speaker):
        return []
    end = rstrip_span(text, 0, len(text))
    kind = "direct" if FIRST_PERSON.search(text) else "indirect"
    return [make_quote(article, paragraph, lstrip_span(text, 0, end), end, kind, speaker, cue)]


# nouns for words rendered, besides the nouns of saying: what a demonstrative takes back after them
RENDERED_NOUNS = {"beskrivelse", "sitat", "ord", "skildring", "karakteristikk", "formulering", "linje"}


def _takes_back(article: ArticleContext, paragraph: Paragraph) -> bool:
    """A paragraph that opens by taking back the words introduced before it (``Denne beskrivelsen passer fint på
    ...``, ``Disse ordene ...``): the writer's comment on a rendering the page left out, not the rendering."""
    span = article.doc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")
    words = [t for t in span if not t.is_space][:2] if span is not None else []
    return len(words) == 2 and words[0].lower_ in ("denne", "dette", "disse") and words[1].pos_ == "NOUN" \
        and (words[1].lemma_.lower() in RENDERED_NOUNS or words[1].lemma_.lower() in saying_nouns())


def _narrates(paragraph: Paragraph, speaker: Speaker) -> bool:
    """A paragraph that opens with the introduced speaker as its subject, by a pronoun of their gender or their name
    (``Han sier tydelig hva drømmen vil kreve:`` / ``Han motiverer til innsats ...``): the writer narrating them
    after a rendering the page left out, not their words (which would say ``jeg``)."""
    first = paragraph.text.split(maxsplit=1)[0] if paragraph.text.strip() else ""
    pronoun = {"Han": "male", "Hun": "female"}.get(first)
    if pronoun is not None:
        return speaker.type == "person" and speaker.gender in (None, pronoun)
    return speaker.type == "person" and len(first) > 2 and first in speaker.name.split()


DISPLAY_MIN_WORDS = 4
MIXED_MIN_WORDS = 3
_OPENING = re.compile(r"[«“\"]")


def _mixed(article: ArticleContext, quote: Quote) -> Quote:
    """A mixed quote (quotes-dev GUIDELINES): a reported clause whose content ends in the speaker's own
    words in quote marks is a direct quote of the marked words (``at han vurderer situasjonen som «uklar
    med henblikk på barnets sikkerhet»``, ``at det er et «samfunnsproblem»``), and so are marked words a
    verb of the clause or an infinitive's ``å`` takes whole (``at det er "noe for tidlig" å snakke om``, ``for å
    «stenge ned hele greia»``, ``at evakueringen fortjener
    «the world's attention and praise», ...``); marks that set off a label inside a noun phrase (``en
    «flerkulturell, demokratisk rettstat» ikke kan tåle``) leave it an indirect quote."""
    text = article.text
    lead = 1 if quote.start > 0 and _OPENING.match(text, quote.start - 1) else 0  # "at «Rådets avslag ...»"
    opening = _OPENING.search(text, quote.start - lead, quote.end)
    if opening is None:
        return quote
    start = opening.end()
    closing = {"«": "»", "“": "”", '"': '"'}[opening.group()]
    close = text.find(closing, start, quote.end + 3)
    words = len(text[start:close].split()) if close >= 0 else 0
    if words == 0:
        return quote  # no closing mark, or nothing between the marks
    mark = article.doc.char_span(opening.start(), opening.end(), alignment_mode="expand")
    before = mark[0].nbor(-1) if mark is not None and len(mark) and mark[0].i > 0 else None
    first = article.doc.char_span(start, start + 1, alignment_mode="expand")  # "sa han bare «tok vare på» gavene":
    verb_first = first is not None and len(first) > 0 and first[0].pos_ in ("VERB", "AUX") and (
        bool(first[0].morph.get("Tense", []))  # the speaker's wording, not a label in a noun phrase, also an
        or "Inf" in first[0].morph.get("VerbForm", []) and first[0].head.pos_ in ("VERB", "AUX")
        and first[0].head.i < first[0].i)  # infinitive a modal before the marks takes ("burde alle «se til ...»")
    takes_whole = before is not None and (before.pos_ in ("VERB", "AUX") or before.lower_ in ("at", "å")) or verb_first
    if before is not None and passive(before):
        return quote  # "skal det ha blitt skrevet «hevn», ifølge X": what someone unnamed wrote, not X's words
    # the predicate after a copula ("at han ble «rasende» da han så bildene"): the speaker's word, however short
    predicate = before is not None and (before.lemma_ or before.lower_) in ("være", "vere", "bli")
    if text[start:start + 1].isupper() and (words < MIXED_MIN_WORDS or not takes_whole):
        return quote  # a title or a name: "Hitlers «Mein Kampf»", "rollen i «Pretty Woman A/S»"
    if close < quote.end - 1 and (words < MIXED_MIN_WORDS and not (verb_first or predicate) or not takes_whole):
        # the clause goes on after the marks: a label in a noun phrase ("en «flerkulturell ...»") or a word or two
        # set off stay inside it; words a verb or "at" takes whole are the quote ("at «Rådets avslag ...», siden")
        return quote
    end = rstrip_span(text, start, close)
    return Quote(text[start:end], start, end, "direct", quote.speaker, quote.cue, quote.paragraph)


_SIGNATURE = re.compile(r"(?:Mvh\.?|Med vennlig hilsen|Vennlig hilsen|Hilsen)[\s,]+(?P<who>[A-ZÆØÅ][^.!?«»\"]{1,80})$")


def _signed(article: ArticleContext, quotes: list[Quote]) -> None:
    """A quoted letter or e-mail that ends in its signature (``«... Mvh Gro Kyte, Leder for
    barneverntjenesten»``) is its signer's, with the title and organisation the signature gives, whoever
    received it (``Hun får svar på mail:``)."""
    for quote in quotes:
        signature = _SIGNATURE.search(quote.text) if quote.kind == "direct" else None
        if signature is not None:
            start = quote.start + signature.start("who")
            quote.speaker = article.who(start, quote.start + signature.end("who")) or quote.speaker


def _reported_before(article: ArticleContext, quotes: list[Quote]) -> None:
    """A paragraph wholly in marks, with no source of its own, right after a paragraph that reports what someone
    wrote or said is that person's words (``skriver sjefen ..., Gary Bettman, at ...`` / ``«It's appropriate
    ...»``), and so are the paragraphs in marks that go on from it, not those of whoever was quoted directly
    before the report (indirect quotes are found last)."""
    text = article.text
    moved: tuple[Speaker | None, Speaker] | None = None  # (the speaker replaced, the reporter)
    for before, quote in zip(quotes, quotes[1:]):
        block = quote.kind == "direct" and quote.cue is None and text[quote.start - 1:quote.start] in OPENING_MARKS \
            and text[:quote.start - 1].endswith("\n") and text[before.end:quote.start - 1].count("\n\n") == 1 \
            and re.fullmatch(r"[^.!?\n]*[.!?]?\W*", text[before.end:quote.start - 1]) is not None \
            and not text[:quote.start - 1].rstrip().endswith(":")  # "..., der det het som følger:" chose its own
        if block and before.kind == "indirect" and before.speaker is not None and before.speaker.type == "person" \
                and before.cue != "ifølge":
            moved = (quote.speaker, before.speaker)
        elif not (block and moved is not None and quote.speaker == moved[0]):
            moved = None
        if moved is not None:
            quote.speaker = moved[1]


OPENING_MARKS = ("«", '"', "“", "”")


def _asked_again(quotes: list[Quote]) -> None:
    """A question with no source after the answer to a named asker's question is that asker's (a hearing: ``- Hvor
    mange er dere, spør Chaudry.`` / ``- Tre, svarer Kristiansen.`` / ``- Er det nok?``), and so is one right after
    such a question (a speech's questions: ``- Har ikke ...? spurte paven.`` / ``- Har det ikke ...?``); an
    interviewer's questions, never named, give no asker."""
    for asked, answer, quote in zip(quotes, quotes[1:], quotes[2:]):
        if asked.speaker is not None and (asked.cue in ASKING or asked.text.rstrip().endswith("?")) \
                and answer.speaker not in (None, asked.speaker) and answer.cue is not None \
                and quote.speaker is None and quote.cue is None and quote.text.rstrip().endswith("?") \
                and quote.start - answer.end < 400:
            quote.speaker = asked.speaker
    for asked, quote in zip(quotes, quotes[1:]):  # "- Har ikke ...? spurte paven ..." / "- Har det ikke ...?"
        if asked.speaker is not None and asked.cue in ASKING and quote.speaker is None and quote.cue is None \
                and not re.search(r"[.!]", asked.text) and not SECOND_PERSON.search(quote.text) \
                and quote.text.rstrip().endswith("?") and 0 <= quote.start - asked.end < 400:
            quote.speaker = asked.speaker  # a named asker's questions go on: not an interviewer's


def _same_details(quotes: list[Quote]) -> None:
    """A title or organisation once given for a person goes on all that person's quotes (quotes-dev
    GUIDELINES): ``Atabajev`` is ``teatersjef`` in every quote once ``sier teatersjefen`` has said so."""
    details: dict[str, tuple[str | None, str | None]] = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.type == "person":
            title, org = details.get(speaker.name, (None, None))
            details[speaker.name] = (title or speaker.title, org or speaker.organization)
    for quote in quotes:
        speaker = quote.speaker
        if speaker is not None and speaker.type == "person" and speaker.name in details:
            title, org = details[speaker.name]
            if (speaker.title is None and title) or (speaker.organization is None and org):
                quote.speaker = replace(speaker, title=speaker.title or title,
                                        organization=speaker.organization or org)


def _displayed(article: ArticleContext, index: ReuseIndex, quotes: list[Quote]) -> list[Quote]:
    """Display boxes, crossheads and pull-quotes: a paragraph that is nothing but words quoted and
    attributed elsewhere in the article is a direct quote of the same speaker, without a cue."""
    attributed = [q for q in quotes if q.kind == "direct" and q.speaker is not None and q.cue is not None
                  and len(q.text.split()) >= DISPLAY_MIN_WORDS]
    if not attributed:
        return []
    taken = {q.paragraph for q in quotes}
    by_index = {p.index: p for p in article.paragraphs}
    found: list[Quote] = []
    for quote in attributed:
        for i in index.occurrences(quote.text, min_words=DISPLAY_MIN_WORDS):
            paragraph = by_index[i]
            words = set(key(paragraph.text).split())
            if i in taken or len(words - set(key(quote.text).split())) > 0.2 * len(words):
                continue  # quoted already, or narrative that repeats the words among its own (reused_in)
            if not DASH_START.match(paragraph.text) and key(paragraph.text) not in key(quote.text):
                continue  # a headline that paraphrases the quote ("Noen bør settes bak lås og slå"), no excerpt
            start = lstrip_span(article.text, paragraph.start + (m.end() if (m := DASH_START.match(paragraph.text))
                                                                  else 0), paragraph.end)
            end = rstrip_span(article.text, start, paragraph.end)
            if end > start:
                found.append(make_quote(article, paragraph, start, end, "direct", quote.speaker, None, absolute=True))
                taken.add(i)
    return found


def _mark_reuse(index: ReuseIndex, quotes: list[Quote]) -> None:
    """``reused_in``: other paragraphs where a quote's words come back unattributed."""
    quoted_paragraphs = {q.paragraph for q in quotes if q.kind == "direct"}
    for quote in quotes:
        if quote.kind != "direct" or len(quote.text.split()) < MIN_QUOTE_WORDS:
            continue
        quote.reused_in = [i for i in index.occurrences(quote.text)
                           if i != quote.paragraph and i not in quoted_paragraphs]
