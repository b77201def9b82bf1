"""Direct speech: the paragraph that opens with a dash (attribution at the end or in the middle,
continuations, ``Han legger til:``, ``Det sier X til NTB.``) and words in quote marks."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicon
from ..lexicon import NOT_QUOTE_CUES, cue_pattern, definite_title, normalize_title, relation_noun, same_title
from ..reading import Paragraph
from .clauses import ADVERBIAL_OPENERS, subject_last
from .colon import (
    intro_before,
    introducer,
    introduces_after_speech,
    introducing_cue,
    lead_in_giver,
    message_source,
    verb_introducer,
)
from .documents import document_noun
from .fragments import work_named
from .interview import names_person, spoken_of
from .layout import (
    asks_then_narrates,
    caption_quote,
    dash_label_speaker,
    dash_opening,
    dash_speech,
    labelled_speech,
)
from .marks import attribution_after_mark, quote_pairs
from .parse import subject_of
from .person_nouns import person_noun, someone
from .postposed import SENTENCE_END, as_said_after, attribution_after, verb_attribution
from .reported import passive
from .saying import SAID_NOUN_FROM, saying_noun, saying_noun_at
from .speakers import ArticleContext
from .titles import EPITHET
from .types import FIRST_PERSON, MIN_QUOTE_WORDS, SECOND_PERSON, Quote, Speaker, lstrip_span, make_quote, rstrip_span

_DASH_AT = re.compile(r"[\s\u00a0]*[–—―‒-][\s\u00a0]*")


def paragraph_quotes(article: ArticleContext, paragraph: Paragraph, last: Speaker | None,
                      introduced: Speaker | None, pending: list[Quote], narrative: Speaker | None = None,
                      voice: Speaker | None = None):  # voice: the speaker of the last dash paragraph
    text, base = paragraph.text, paragraph.start
    found: list[Quote] = []
    # "Det sier X til NTB." / "Det mener X." names the speaker of the quotes just before
    cataphoric = re.match(r"^(?:Det|Dette|Slik|Så)\s+(?P<cue>\w+(?:\s+(?:til|fast|på|om|det))?)\s+(?P<who>[^.!?]+)"
                          r"(?:[.!?]?$|[.!?]\s+(?=\S))", text)
    if cataphoric and cue_pattern().fullmatch(cataphoric.group("cue")) and pending:
        # "Slik beskriver en småbarnsmor møtet med dommer Tor Bertelsen ...": the verb's subject
        who_start, who_end = _subject_of_cue(article, base + cataphoric.start("cue"), base + cataphoric.start("who"),
                                             base + cataphoric.end("who"))
        speaker = article.who(who_start, who_end) or article.described(who_start, who_end)
        for quote in pending:
            quote.speaker, quote.cue = speaker, quote.cue or cataphoric.group("cue").lower()
        last = speaker or last
        if cataphoric.end() >= len(text.rstrip()):
            return found, last, None

    written = _WRITTEN_BY.match(text)
    if written and pending and _written_or_said(article, base + written.start("noun"), base + written.end("noun")):
        # "«Til minne om ...»" / "Den rørende hilsenen fra Ingrid i Berlin er en av ...": the greeting's sender
        speaker = article.who(base + written.start("who"), base + written.end("who"))
        for quote in pending if speaker is not None else ():
            quote.speaker, quote.cue, quote.tentative = speaker, quote.cue or written.group("noun").lower(), False

    dash = dash_opening(article, paragraph)
    labelled_by = dash_label_speaker(article, paragraph, dash) if dash else None  # "Ullevålseter: - Trist"
    if dash and not labelled_by and not dash_speech(article, paragraph, dash.end()):
        return found, last, None
    caption = caption_quote(article, paragraph, dash.end()) if dash and not labelled_by else None
    if caption is not None:  # "- Jeg er uskyldig: Den tiltalte 44-åringen (t.h.) nekter ...": a photo's caption
        return [caption], last, None
    if dash and len(text) > dash.end():
        about = narrative or last  # "I 1982 vurderte Justin ..." / "- Jeg mente han ...": spoken of; the voice goes on
        spoken = about is not None and spoken_of(article, text[dash.end():], paragraph.index, about, voice)
        if narrative is not None and (spoken or names_person(text[dash.end():], narrative)):
            narrative = None  # "Det var Harald Zwart som ..." / "- Jeg kjenner Harald godt": spoken about, not by
        introduced = labelled_by or introduced
        default = introduced or narrative or (voice if spoken else last)
        found = _speech(article, paragraph, dash.end(), len(text), default, introduced)
        asks = asks_then_narrates(found[0].text) if len(found) == 1 and found[0].cue is None else None
        rest = article.doc.char_span(found[0].start + asks, found[0].end, alignment_mode="expand") if asks else None
        if rest is not None and len(rest) and article.doc.has_annotation("POS") \
                and not any(t.pos_ in ("VERB", "AUX") for t in rest):
            asks = None  # "- Gjorde han? Så hyggelig, da.": an exclamation after the question, no narrative
        elif rest is not None and len(rest) and not SECOND_PERSON.search(text[:rest.start_char - base]) and not any(
                t.ent_type_ == "PER" or t.lower_ in ("han", "hun") or "Past" in t.morph.get("Tense", []) for t in rest):
            asks = None  # "- Skal vi avbryte da? Det er en reell risiko ...": no one asked or narrated: speech goes on
        if asks is not None and introduced is None:
            # an unattributed question in a dash paragraph: the interviewer's, who is never named, without the
            # narrative that goes on after it ("- Er du pompøs? Erik Poppe har reist seg fra sofaen.")
            found[0] = make_quote(article, paragraph, found[0].start, found[0].start + asks, "direct", None, None,
                                  absolute=True)
            return found, last, None
        speaker = next((q.speaker for q in reversed(found) if q.speaker), None)
        if speaker is not None and all(q.cue in ASKING for q in found) and (
                speaker.type == "description" or any(SECOND_PERSON.search(q.text) for q in found)):
            # "- Er fansen her som hjemme? spør amerikaneren.", "- Hvor mange er dere, spør Chaudry.": an
            # unnamed asker or a question to someone, and the answer after it is not the asker's
            return found, last if last != speaker else None, None
        return found, speaker or last, speaker if introduces_after_speech(article, paragraph, found) else None

    labelled = labelled_speech(article, paragraph)
    if labelled is not None:  # "Øystein Djupedal (SV): Jeg vil gjerne stille ministeren et spørsmål."
        return [labelled], labelled.speaker or last, None
    if narrative is not None and names_person(text, narrative):
        narrative = None  # a paragraph in marks that names the narrative's person is about them
    # a paragraph all in marks after a narrative one is its person's, as a dash paragraph is ("Han får panikk." /
    # "«Mannen med sprøyten tar et hardt tak rundt armen min ...»": a memoir's words)
    for q in _marked(article, paragraph, last, introduced, narrative):
        found.append(q)
    if found and all(q.speaker is None and q.cue is None for q in found) and text.lstrip()[:1] in "«\"“":
        return found, None, None  # words no one in the article said ("Her er noen av meldingene:"): neither do the next
    intro = None
    stripped = text.rstrip()
    if stripped.endswith(":"):
        # "Kristiansen sier:" / "Han legger til:" / "Kristiansen:" introduces the next paragraph
        line = stripped[:-1]
        first, cue = introducing_cue(article, line, base)
        who_start, who_end = (first, len(line)) if cue is None else (
            (first, cue.start()) if line[first:cue.start()].strip() else (cue.end(), len(line)))
        subject = _subject_of_cue(article, base + cue.start(), base, base + len(line)) if cue is not None else None
        verb = article.doc.char_span(base + cue.start(), base + cue.end(), alignment_mode="expand") if cue else None
        if verb is not None and len(verb) and passive(verb[0]):
            subject = None  # "Her har mange av Vamps sanger blitt skrevet ...:": what was written, no source
        parsed = subject is not None and subject != (base, base + len(line)) \
            and article.text[subject[0]:subject[1]].lower() not in ("det", "dette")  # "står det:" no source
        if parsed and subject is not None:
            who_start, who_end = subject[0] - base, subject[1] - base  # "Da Aftenposten spurte, svarte Hagen bare:"
        message = message_source(article, base, base + len(line))
        intro = message or article.who(base + who_start, base + who_end, last_speaker=last)
        if intro is None and cue is not None and who_start == 0:  # "Som sagt av Franz Kafka:"
            intro = article.who(base + cue.end(), base + len(line), last_speaker=last)
        if intro is None and cue is not None and not line[cue.end():].strip(" ,") \
                and line[:cue.start()].strip().lower() in ("", "og", "men", "så", "og så"):
            intro = last  # "- ..., sier Sharif." / "Og legger til:": the subject left out is the one quoted last
        if intro is None and (parsed or cue is None and _person_label(line)):
            # an unnamed subject ("..., sa den ene kommentatoren til den andre:") or a transcript's label
            # ("Sønnen:" before the son's words): the description as written; not what a document describes
            # ("Slik er hendelsen beskrevet i sakspapirene:" -> sakspapirene)
            span = article.doc.char_span(base, base + len(line), alignment_mode="expand")
            words = article.doc.char_span(base + who_start, base + who_end, alignment_mode="expand")
            if span is not None and words is not None and len(words) and not someone(words.root):
                intro = article.document(span)
            intro = intro or article.described(base + who_start, base + who_end)
    speaker = next((q.speaker for q in reversed(found) if q.speaker), None)
    return found, speaker or intro or last, intro


# "Den rørende hilsenen fra Ingrid i Berlin er ...", "Meldingen fra statsministeren kom ...": what the quotes before are
_WRITTEN_BY = re.compile(r"^(?:Den|Det|Denne|Dette)?\s*(?:[a-zæøå]+\s+)?(?P<noun>[A-ZÆØÅa-zæøå]+)\s+fra\s+"
                         r"(?P<who>[A-ZÆØÅ][^.!?,]*?)(?=\s+(?:er|var|ble|kom|har|hadde)\b|[.!?,])")


def _written_or_said(article: ArticleContext, start: int, end: int) -> bool:
    noun = article.doc.char_span(start, end, alignment_mode="expand")
    return noun is not None and len(noun) == 1 and noun[0].pos_ in ("NOUN", "PROPN") and (
        document_noun(noun[0]) or saying_noun(noun[0]))


def _person_label(line: str) -> bool:
    """A line of at most three words that ends in a noun for a person (``Sønnen``, ``Den ene
    dommeren``), the speaker's label of a transcript; not a crosshead (``Kilder / metode``)."""
    words = line.split()
    if not 0 < len(words) <= 3:
        return False
    last = words[-1].lower()
    return relation_noun(last) or person_noun(last) or definite_title(last) is not None


def _subject_of_cue(article: ArticleContext, cue_at: int, start: int, end: int) -> tuple[int, int]:
    """The characters of the reporting verb's subject inside ``[start, end)`` when the parse gives one
    there, else the whole stretch."""
    verb = article.doc.char_span(cue_at, cue_at + 1, alignment_mode="expand")
    if verb is not None and len(verb) and article.doc.has_annotation("DEP"):
        subject = subject_of(verb[0])
        if subject is not None and start <= subject.idx < end:
            first, last = subject.left_edge, subject_last(subject, verb[0])  # "hevder forsvaret han er uskyldig:"
            if first.idx >= start:
                return first.idx, min(end, last.idx + len(last))
    return start, end


def _before_coordinated_verb(article: ArticleContext, start: int, end: int) -> int:
    """Where the source of ``, sier han og mener PST ...`` ends: before a conjunction or a comma that joins a
    second verb (whose subject and objects are not the source); ``end`` if there is none or no tagger."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not article.doc.has_annotation("POS"):
        return end
    named_last = span[-1].ent_type_ == "PER" or len(span) > 1 and span[-1].is_punct and span[-2].ent_type_ == "PER"
    for token in span[:-1]:
        if token.lower_ in ("og", "men", "mens") and token.nbor(1).pos_ in ("VERB", "AUX") and not (
                named_last and not any(t.ent_type_ == "PER" or t.pos_ == "PRON" for t in span[:token.i - span.start])
                and not any(c.dep_ in ("SUBJ", "nsubj") for c in token.nbor(1).children)):
            return token.idx  # (not "sier daglig leder og driver av gården Nina Karlsen": a role read as a verb)
        if token.i > span.start and token.pos_ == "SCONJ" and token.lower_ in ADVERBIAL_OPENERS:
            return token.idx  # ", sier Trump mens Steve Bannon forsøker å ...": a clause of time, not the source
        if token.text == "," and token.i > span.start and token.nbor(1).pos_ == "VERB" \
                and token.nbor(1).morph.get("Tense", []):
            return token.idx  # ", sier kona, smiler og går": a second verb of the same subject
    return end


def _speech(article: ArticleContext, paragraph: Paragraph, start: int, end: int, context: Speaker | None,
            introduced: Speaker | None) -> list[Quote]:
    """Direct speech in ``paragraph.text[start:end]``, split around its attributions."""
    text, base = paragraph.text, paragraph.start
    quotes: list[Quote] = []
    attributed: set[int] = set()  # quotes with their own attribution, resolved or not
    pos = start
    speaker_for_rest: Speaker | None = None
    resumed, cue = False, None  # the speech goes on in the sentence of its attribution ("..., sier X, men det er ...")
    while pos < end:
        attribution = (attribution_after(text, pos, end, article, base)
                       or verb_attribution(article, paragraph, pos, end))
        if attribution is None:
            stop = SENTENCE_END.search(text, pos, end) if resumed else None
            if stop is not None and not _reads_as_speech(text[stop.end():end]):
                end = stop.end()  # "..., men det er alltid lurt å vente. Han mener ...": then narrative again
            q_end = rstrip_span(text, pos, end)
            if q_end > pos:  # the rest of a sentence resumed after its attribution has that attribution's cue
                quotes.append(make_quote(article, paragraph, pos, q_end, "direct", None, cue if resumed else None))
            break
        sep_start, cue, who_start, who_end, clause_end = attribution
        who_end = _before_coordinated_verb(article, base + who_start, base + who_end) - base
        writer = text[who_start:who_end].split()[:1] in (["vi"], ["jeg"])  # "..., prøver vi oss.": the interviewer
        speaker = None if writer else (article.who(base + who_start, base + who_end, last_speaker=context)
                                       or _epithet(article, base + who_start, base + who_end, context)
                                       or article.described(base + who_start, base + who_end))
        q_end = rstrip_span(text, pos, sep_start)
        if q_end > pos and text[pos:q_end].lower() not in ("men", "og", "så", "eller"):  # "- Men, sier X, det var"
            quotes.append(make_quote(article, paragraph, pos, q_end, "direct", speaker, cue))
            attributed.add(len(quotes) - 1)
        speaker_for_rest = speaker or speaker_for_rest
        pos = clause_end
        rest = _DASH_AT.match(text, pos)
        resumed = rest is None and text[:pos].rstrip().endswith(",")
        if rest is None and not resumed and not _reads_as_speech(text[pos:end]) \
                and not _attributed_sentence(text, pos, end):
            break  # "– ..., sier Hansen. Han la til at ...": the paragraph goes on as narrative
        pos = rest.end() if rest else lstrip_span(text, pos, end)
    # unattributed parts take the paragraph's speaker, or the one before (a continuation);
    # a guess from context stays open to "Det sier X." in the next paragraph
    fallback = speaker_for_rest or introduced or context
    for i, quote in enumerate(quotes):
        if i not in attributed and quote.speaker is None:
            quote.speaker = fallback
            if speaker_for_rest is None and introduced is None:
                quote.tentative = True
    return quotes


def _epithet(article: ArticleContext, start: int, end: int, context: Speaker | None) -> Speaker | None:
    """``sa en beveget regissør`` in speech that goes on from a person: an epithet for that person (an article,
    an adjective and a role that is theirs or unknown), not someone new; the role is their title where none is
    known."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    words = [t for t in span or () if not (t.is_punct or t.is_space)]
    # not the verb's manner or time after the noun ("med et smil", "etterpå")
    words = words[:next((k for k, t in enumerate(words) if k > 2 and t.pos_ in ("ADP", "ADV")), len(words))]
    if context is None or context.type != "person" or len(words) != 3 or words[0].lower_ not in (
            "en", "ei", "et", "den") or words[1].pos_ != "ADJ" or words[2].pos_ != "NOUN":
        return None  # also definite: "sier den jubilerende skøytekongen med et smil", "den glade superstjernen"
    if words[0].lower_ == "den" and any(EPITHET.search(words[2].lower_[:-k]) for k in (1, 2)):
        return context  # an epithet of sports or show business, no post
    title = normalize_title(words[2].lower_)
    if title is None or context.title is not None and not same_title(context.title, title):
        return None
    return replace(context, title=context.title or title)


def _reads_as_speech(text: str) -> bool:
    """Speech goes on after an attribution without a new dash if it speaks in the first or
    second person; narrative about the speaker does not."""
    sentences = SENTENCE_END.split(text.strip(), maxsplit=3)
    while len(sentences) > 1 and len(sentences[0].split()) <= 2:
        sentences = sentences[1:]  # "Over. Jeg kan aldri trappe ned": a fragment, then the speech goes on
    return bool(FIRST_PERSON.search(sentences[0]))


def _attributed_sentence(text: str, pos: int, end: int) -> bool:
    """Whether the next sentence ends in its own attribution (``Espen falt 14 meter, sier han.``):
    speech that goes on after a mid attribution, whatever its person."""
    sentence = SENTENCE_END.search(text, pos, end)
    found = attribution_after(text, pos, sentence.end() if sentence else end)
    return found is not None and found[0] > pos


ASKING = {"spør", "spurte"}


def _marked(article: ArticleContext, paragraph: Paragraph, last: Speaker | None,
            introduced: Speaker | None = None, narrative: Speaker | None = None) -> list[Quote]:
    """Quotes in quote marks: «...», “...”, "..."; a paragraph that is one quote takes the speaker the
    paragraph before introduced (``Hun gjentar:`` / ``«Vi må kjøpe blomster».``), else, as a guess that ``Slik
    skriver X`` after it may settle, the person the narrative paragraph before it was about."""
    text, base = paragraph.text, paragraph.start
    quotes: list[Quote] = []
    writer_at = -1  # where the writer's own words in marks ended (what follows in marks is not the last speaker's)
    for open_at, close_at in quote_pairs(text):
        inner_start, inner_end = open_at + 1, close_at
        inner = text[inner_start:inner_end]
        words = inner.split()
        after = text[close_at + 1:]
        m_after = attribution_after_mark().match(after) or _SAID_NOUN_AFTER.match(after) or as_said_after(after)
        if m_after is not None and m_after.re is _SAID_NOUN_AFTER \
                and not saying_noun_at(article, base + close_at + 1 + m_after.start("cue")):
            m_after = None  # «...», er kommentaren fra X: a noun of saying; not «...», er gaven fra Per
        if m_after is not None and m_after.group("cue").lower().endswith((" på", " om", " for")):
            m_after = None  # "Folkene bak «Flukt» legger ikke skjul på sine friheter": a phrase taking an object
        if m_after is not None and m_after.group("cue").lower() in lexicon.THOUGHT_CUES \
                and not (inner.rstrip().endswith((",", ".", "!", "?", "…")) or after.lstrip().startswith(",")):
            m_after = None  # "Med «blasfemi» tenker de fleste på ...": a word, not a thought rendered
        before = text[:open_at]
        m_before = intro_before(before)
        preceding = re.findall(r"\w+", before[-30:].lower())
        if preceding and (preceding[-1] in NOT_QUOTE_CUES or work_named(article, base + open_at, base + close_at)) \
                and len(words) <= 10 or re.match(r" ?-[a-zæøå]", after):
            continue  # a title ("boka «...»") or a label compounded after its mark ("«hvem som er verst» -analysen")
        speaker = cue = guess = None
        unsourced = False
        if m_after:
            cue = m_after.group("cue").lower()
            who_start = close_at + 1 + m_after.start("who")
            who_end = close_at + 1 + m_after.end("who")
            who_start, who_end = (x - base for x in _subject_of_cue(  # the cue's subject, not "... av Herta Müller"
                article, base + close_at + 1 + m_after.start("cue"), base + who_start, base + who_end))
            writer = text[who_start:who_end].strip().lower() in ("jeg", "vi")
            if writer and not article.coref.in_quote(base + who_start):
                writer_at = close_at  # '"Nei, vi feirer ham ikke," svarte jeg.': the writer's own voice (GUIDELINES)
                continue
            speaker = (article.who(base + who_start, base + who_end, last_speaker=last)
                       or article.described(base + who_start, base + who_end))
        elif m_before is not None and not (len(words) < MIN_QUOTE_WORDS and re.match(r"\s+[a-zæøå]", after)
                                           and not re.search(r"[.!?…]\W*$", inner.strip())):
            # not a name in marks the sentence goes on from ("så det er sagt: «De urørlige» er en film hvor")
            speaker, cue = introducer(article, base + len(before.rstrip()) - 1, last) or (None, m_before[2])
            speaker = speaker or lead_in_giver(article, base + m_before[0], base + m_before[1], last) \
                or article.who(base + m_before[0], base + m_before[1], last_speaker=last)
        elif len(words) >= MIN_QUOTE_WORDS \
                and (said := verb_introducer(article, base + open_at, inner, last)) is not None:
            speaker, cue = said  # "... og sier «Vi må skynde oss»": no colon, the verb before the mark
            if speaker is None:
                writer_at = close_at  # "da jeg sa «...»": the writer's own words
                continue
        elif not before.strip() and not after.strip(" .!?…\u00a0"):
            speaker, guess = introduced, narrative  # the whole paragraph in marks, the full stop outside them
            # after a line that announces it and names no one ("Her er noen av meldingene:"), no one's
            unsourced = introduced is None and paragraph.index > 0 \
                and article.paragraphs[paragraph.index - 1].text.rstrip().endswith(":")
            if len(words) < 3:
                continue
        elif writer_at >= 0:
            continue  # the writer's words go on ('svarte jeg. "Vi feirer heller ikke drapet på ham."')
        elif quotes and quotes[-1].speaker is not None and len(words) > 1 \
                and re.search(r"[.!?…]\W*$", inner.strip()):
            speaker = quotes[-1].speaker  # «...», tenkte barnet. «Så fort som mulig!»: a short sentence goes on
        elif len(words) < MIN_QUOTE_WORDS or not re.search(r"[.!?…]\W*$", inner.strip()):
            continue  # a short phrase in quote marks, a title or a name: not a quote
        q_start = lstrip_span(text, inner_start, inner_end)
        q_end = rstrip_span(text, q_start, inner_end)
        if q_end > q_start:
            quote = make_quote(article, paragraph, q_start, q_end, "direct", speaker or (
                guess or last if not (m_after or unsourced) else None), cue)
            quote.tentative = speaker is None and quote.speaker is not None  # a guess: "Slik skriver X" may follow
            quotes.append(quote)
    return quotes


_SAID_NOUN_AFTER = re.compile(r"\s*" + SAID_NOUN_FROM + r"(?P<who>[^.!?«»,]+)")
