"""Renderings after a colon inside a paragraph, without dash or quote marks: ``Legen ga klar beskjed: Hold deg i ro i
minst en uke.``, ``Han svarte kort: Jeg vet ikke.`` (quotes-dev GUIDELINES: a colon-introduced rendering in the
speaker's own form, the imperative or the first or second person, is a direct quote), and speech a dash sets off after
a named person's colon with no verb of saying (``Solbakken var fornøyd: – Gutta leverte.``); and who a sentence ending
in a colon introduces (``En kamerat av meg sa: «...»``)."""

from __future__ import annotations

import re
from functools import cache
from itertools import chain, islice

from spacy.tokens import Doc, Span, Token

from ..lexicon import PRONOUNS, THOUGHT_CUES, cue_pattern, reporting_verb_set
from ..reading import Paragraph
from ..text import split_sentences
from .documents import document_noun
from .interview import names_person
from .parse import has_verb, possessor, subject_of
from .reported import WRITER, cue_forms, cue_subject
from .saying import saying_noun
from .speakers import ArticleContext
from .types import DASH_START, FIRST_PERSON, Quote, Speaker, make_quote, rstrip_span


def colon_rendering(article: ArticleContext, sentences: list[Span], k: int, paragraph: Paragraph,
                    last: Speaker | None) -> Quote | None:
    """The words after a colon in the paragraph's sentence ``k`` and the sentences after it: a direct quote of the
    subject of the verb of saying before the colon, for as long as they are in the speaker's own form; None where
    the words after the colon are not (``Planen er enkel: Skatten skal økes.``) or no verb of saying comes before
    it; with none, a dash after the colon sets off a named person's speech (``Solbakken var fornøyd: – Gutta
    leverte.``), to its attribution, with no cue."""
    doc, sent = article.doc, sentences[k]
    if article.text.find(":", sent.start_char, sent.end_char) < 0:
        return None
    colon = next((t for t in sent if t.text == ":" and t.i + 1 < sent.end), None)
    cue = _cue(doc[sent.start:colon.i]) if colon is not None else None
    said = _said_is(doc[sent.start:colon.i]) if colon is not None and cue is None else None
    cue = cue or said
    # a dash after the colon sets off speech as quote marks do ("Solbakken var fornøyd: – Gutta leverte."): no cue
    dashed = colon is not None and DASH_START.match(article.text[colon.idx + 1:colon.idx + 4]) is not None
    if colon is None or cue is None and not dashed:
        return None
    subject = source = None
    if said is not None:  # "Svaret fra NVE var klart: ...": the answer's source speaks, not its noun
        source = message_source(article, sent.start_char, colon.idx) or _owner(article, said, last)
        if source is None:
            return None
    else:
        verb = doc[sent.start:colon.i].root if cue is None else cue if cue.pos_ == "VERB" else _light_verb(cue) \
            or cue.head
        subject = subject_of(verb)
        if cue is None and (subject is None or subject.ent_type_ != "PER"
                            or any(c.dep_ in ("DOBJ", "obj") for c in verb.children)):
            return None  # "Kontrollørene fant dette: - To av fem ...": a finding listed; a named person's state only
        if subject is None or subject.i > colon.i \
                or subject.lower_ in WRITER and not article.coref.in_quote(subject.idx):
            return None  # "sendte jeg en epost og spurte: ...": the writer's own voice (GUIDELINES), no one's quote
    start = doc[colon.i + 1].idx
    dash = DASH_START.match(article.text[start:start + 3])  # "ga ham klar beskjed: - Hold deg i ro"
    if dash is not None:
        start += dash.end()
    end, kind, spoken = None, "direct", cue.lower_ if cue is not None else None
    for n, part in enumerate(chain([doc[colon.i + 1:sent.end]], islice(sentences, k + 1, None))):
        attributed = comma_cue().search(part.text) if cue is None else None
        if attributed is not None:  # "var enig: – Vi var gode i dag, sier han.": to its attribution
            end, spoken = part.start_char + attributed.start(), attributed.group().lstrip(", ").lower()
            break
        if cue is None and (n == 0 or ":" not in part.text):
            end = part.end_char  # the speech the dash sets off, to an attribution or a colon of its own
            continue
        if cue is None:
            break
        if n == 0 and not _own_form(part) and (cue.pos_ in ("VERB", "NOUN") or said is not None) and len(part) > 3 \
                and not any(mark in part.text for mark in "«»\"“”"):
            if not has_verb(part, part.start_char):
                break  # "brev som varslet nye initiativ: Stengning av Guantánamo, dialog med Iran": a list, no clause
            end, kind = part.end_char, "indirect"  # "Som en klok rektor sa til meg: Det viktigste ... skjer ...":
            break  # rendered in the writer's words (GUIDELINES: an unmarked rendering is indirect), one sentence
        if any(mark in part.text for mark in "«»\"“”") or not _own_form(part) \
                or n > 0 and (":" in part.text or cue_pattern().search(part.text)):
            break  # a later sentence with an attribution or a colon of its own ("Hun sa: Hva skjer nå?") is not his
        end = part.end_char
    if end is None:
        return None
    # the speaker only now: describing one records the description for later mentions
    who = source
    if subject is not None:
        who_span = doc[subject.left_edge.i:subject.right_edge.i + 1]
        who = article.who(who_span.start_char, who_span.end_char, last_speaker=last) \
            or article.described(who_span.start_char, who_span.end_char)
    if who is None:
        return None
    return make_quote(article, paragraph, start, rstrip_span(article.text, start, end, keep_stop=kind == "direct"),
                      kind, who, spoken, absolute=True)


@cache
def comma_cue() -> re.Pattern:
    """``, sier``: where the attribution of a dash paragraph (or of speech a dash sets off) starts."""
    return re.compile(r",\s*(?:" + cue_pattern().pattern + r")\b")


def introducer(article: ArticleContext, colon_at: int, last: Speaker | None) -> tuple[Speaker, str] | None:
    """Who a sentence ending in the colon at ``colon_at`` introduces, and the cue, from the parse: the subject of its
    verb of saying as named or described (``En kamerat av meg sa: «...»``; ``Direktøren ... så meg inn i øynene -
    dette var i 1986, da Tom Mathiesen og jeg ... - og sa: «...»``, whose subject is not the name nearest the
    colon); None where no verb of saying has a subject before the colon."""
    doc = article.doc
    colon = next((t for t in doc.char_span(colon_at, colon_at + 1, alignment_mode="expand") or () if t.text == ":"),
                 None)
    if colon is None or not doc.has_annotation("DEP"):
        return None
    cue = _cue(doc[colon.sent.start:colon.i])
    owner = article.persons_in(cue.i - 1, cue.i) if cue is not None and cue.pos_ != "VERB" and cue.i > 0 \
        and possessor(doc[cue.i - 1]) else []
    if owner and cue is not None:  # "Jeg husker Jens Stoltenbergs uttalelse til VG:": the owner's, not who recalls
        who = article.who(owner[0].start_char, owner[0].end_char, last_speaker=last)
        return (who, cue.text.lower()) if who is not None else None
    verb = cue if cue is None or cue.pos_ == "VERB" else cue.head
    subject = subject_of(verb) if verb is not None else None
    if subject is not None and subject.lower_ in ("det", "dette"):  # the parser hung "og sa" on an aside's verb
        subject = subject_of(colon.sent.root)
    if cue is None or subject is None or subject.i > colon.i:
        return None
    span = doc[subject.left_edge.i:subject.right_edge.i + 1]
    who = article.who(span.start_char, span.end_char, last_speaker=last) \
        or article.described(span.start_char, span.end_char)
    if who is not None and who.type == "person" and subject.lower_ in PRONOUNS \
            and names_person(_rendering(article.paragraphs, colon_at), who):
        # "Han sa det flere ganger: «Clough respekterer meg ikke»": not Clough, whom the words name
        person = article.person(who.name)
        mention = article.coref.antecedent(subject.idx, PRONOUNS[subject.lower_], frozenset({person})) \
            if person is not None else None
        who = article.speaker_of(mention.person) if mention is not None else None
    return (who, cue.text.lower()) if who is not None else None


def _rendering(paragraphs: list[Paragraph], colon_at: int) -> str:
    """The words a colon at ``colon_at`` introduces: the rest of its paragraph (the article's, :mod:`nhotext.reading`),
    or the next one where the colon ends it."""
    k = next((k for k, p in enumerate(paragraphs) if p.start <= colon_at < p.end), None)
    if k is None:
        return ""
    rest = paragraphs[k].text[colon_at + 1 - paragraphs[k].start:]
    return rest if rest.strip() or k + 1 == len(paragraphs) else paragraphs[k + 1].text


def _cue(sent: Span) -> Token | None:
    """The verb of saying before the colon (``svarte``), of the main clause where there are two (``Da Kari Holm
    spurte hvorfor, svarte hun:``), else a noun of saying it governs (``ga klar beskjed``)."""
    verbs = [t for t in sent if t.pos_ == "VERB" and t.lower_ in reporting_verb_set() and t.morph.get("Tense", [])]
    if verbs:
        return next((v for v in verbs if not _subordinate(sent.doc, v)), verbs[0])
    return next((t for t in sent if saying_noun(t) and (verb := _light_verb(t)) is not None
                 and verb.pos_ == "VERB" and verb.morph.get("Tense", [])), None)


def _light_verb(noun: Token) -> Token | None:
    """The verb a noun of saying is the object of (``ga klar beskjed``), also through ``med`` (``kom med en klar
    melding``), or None."""
    if noun.dep_ in ("DOBJ", "obj"):
        return noun.head
    with_ = noun.head if noun.dep_ in ("PUTFYLL", "pobj") and noun.head.lower_ == "med" else None
    return with_.head if with_ is not None and with_.head.i != with_.i else None


def _said_is(sent: Span) -> Token | None:
    """A noun of saying as the subject of a finite ``være`` before the colon (``Svaret fra NVE var klart:``)."""
    return next((t for t in sent if saying_noun(t) and t.dep_ in ("SUBJ", "nsubj") and t.head.lemma_ == "være"
                 and t.head.morph.get("Tense", [])), None)


def _owner(article: ArticleContext, noun: Token, last: Speaker | None) -> Speaker | None:
    """The genitive owner of a noun of saying (``NVEs svar var klart:``), or None."""
    if noun.i == 0 or not possessor(article.doc[noun.i - 1]):
        return None
    owner = article.doc[noun.i - 1]
    return article.who(owner.idx, owner.idx + len(owner), last_speaker=last)


def _own_form(sent: Span) -> bool:
    """The speaker's own form: the first or second person, an imperative among its first words (``Ikke løft noe
    tungt``), or a question."""
    words = [t for t in sent if not (t.is_punct or t.is_space)][:3]
    return bool(FIRST_PERSON.search(sent.text)) or sent.text.rstrip().endswith("?") \
        or any("Imp" in t.morph.get("Mood", []) for t in words)


@cache
def _intro_pattern() -> re.Pattern:
    cues = "|".join((cue_pattern().pattern, *THOUGHT_CUES))  # thought rendered verbatim: "Hun tenkte: «...»"
    return re.compile(r"(?P<who>[^.!?«»:]*?)\s*(?P<cue>" + cues + r")?\s*[^\w\s]?\s*:\s*$")


def intro_before(before: str) -> tuple[int, int, str | None] | None:
    """``X sier:`` right before a quote mark: where the speaker is named and the cue, or None. Only the
    words after the last sentence end are searched, so a long paragraph costs no more than a short one."""
    stripped = before.rstrip()
    if not stripped.endswith(":"):
        return None
    window = max(stripped.rfind(c, 0, len(stripped) - 1) for c in ".!?«»:") + 1
    m = _intro_pattern().search(before, window)
    if m is None or not m.group("who").strip():
        return None
    return m.start("who"), m.end("who"), m.group("cue").lower() if m.group("cue") else None


def introducing_cue(article: ArticleContext, line: str, base: int,
                    speech_end: int | None = None) -> tuple[int, re.Match | None]:
    """Where the sentence that ends a paragraph's ``line`` before its colon begins, and its cue: the last one,
    of its main clause first (``Eldstesønnen grep ordet da pappaen nevnte det:``). The sentence that ends in the
    colon introduces, not one before it (``X påpekte dette. ... dreide seg om:``). After speech that ends at
    ``speech_end`` (an offset in the article), the last cue past it (``- ..., sier X, som legger til:``)."""
    first = next((s for s, e in reversed(split_sentences(line)) if line[s:e].strip()), 0)
    cues = list(cue_pattern().finditer(line, first))
    if speech_end is not None:
        cues = [m for m in cues if base + m.start() >= speech_end]
        return first, cues[-1] if cues else None
    main = [m for m in cues if not _subordinate_at(article, base + m.start())]
    return first, (main or cues)[-1] if cues else None


def introduces_after_speech(article: ArticleContext, paragraph: Paragraph, quotes: list[Quote]) -> bool:
    """Whether a paragraph of attributed speech ends by introducing the next one: a colon after a verb of saying past
    its last quote (``- ..., sier Rieber-Mohn, og tilføyer:`` before ``- Det er nærliggende ...``)."""
    line = paragraph.text.rstrip()
    if not quotes or not line.endswith(":"):
        return False
    return introducing_cue(article, line[:-1], paragraph.start, quotes[-1].end)[1] is not None


def _subordinate_at(article: ArticleContext, offset: int) -> bool:
    verb = article.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return verb is not None and len(verb) > 0 and _subordinate(article.doc, verb[0])


def _subordinate(doc: Doc, verb: Token) -> bool:
    """Whether ``verb`` is in a clause a subjunction opens (``da pappaen nevnte det``, ``at det var nødvendig ...
    for å si noe``) or an infinitive's (``for å si noe vesentlig``), not in the main clause."""
    token: Token | None = verb
    while token is not None:
        if any(c.dep_ in ("SBU", "mark") for c in token.children) or token.head.lower_ == "å":
            return True
        token = token.head if token.head.i != token.i else None
    return False


def verb_introducer(article: ArticleContext, open_at: int, inner: str,
                    last: Speaker | None) -> tuple[Speaker | None, str] | None:
    """A verb of saying right before an opening quote mark introduces the words in marks as a colon does (``og sier
    «Vi må skynde oss»``, ``en mann på gata som sa «du ...»``): who its subject names or describes (None for the
    writer's ``jeg``/``vi``, whose words are no quote) and the cue; None where no such verb stands there, or where a
    verb of writing names a work (``skrev «Girl You'll Be A Woman Soon»``: no sentence's end in the marks)."""
    doc = article.doc
    mark = doc.char_span(open_at, open_at + 1, alignment_mode="expand")
    before = doc[mark.start - 1] if mark is not None and mark.start > 0 else None
    if before is None or before.pos_ != "VERB" or before.lower_ not in cue_forms() or not doc.has_annotation("DEP"):
        return None
    if before.lemma_ == "skrive" and not re.search(r"[.!?…,]\W*$", inner.strip()):
        return None
    sent = before.sent
    found = cue_subject(article, sent, before.idx - sent.start_char)
    if found is None:
        return None
    start, end = found
    if article.text[start:end].lower() in WRITER:
        return None, before.lower_
    who = article.who(start, end, last_speaker=last) or article.described(start, end)
    return (who, before.lower_) if who is not None else None


def message_source(article: ArticleContext, start: int, end: int) -> Speaker | None:
    """``fikk han en hilsen fra lærerne:``, ``et brev fra kronprinsregent Haakon, der det het som følger:``: a
    noun of saying or a document with ``fra X`` introduces X's words, not those of the clause's subject."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span[:-2]:
        saying = saying_noun(token) or document_noun(token)
        if saying and token.nbor(1).lower_ == "fra":
            source_start, source_end = token.nbor(2).idx, end
            return article.who(source_start, source_end) or article.described(source_start, source_end)
    return None


def lead_in_giver(article: ArticleContext, start: int, end: int, last: Speaker | None) -> Speaker | None:
    """A lead-in without a cue that names someone given something (``Men i det minste ga han Barack Obama et ...
    stikk: «...»``): the giver, the clause's subject, speaks; the person of the indirect object is no source."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    given = next((t for t in span or () if t.dep_ in ("IOBJ", "iobj") and t.ent_type_ == "PER"), None)
    subject = subject_of(given.head) if given is not None else None
    if subject is None or not start <= subject.idx < end:
        return None
    return article.who(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge), last_speaker=last)
