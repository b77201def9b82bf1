"""Indirect speech: ``X sier at ...``, ``ifølge X ...``, ``etter det X erfarer``, ``..., opplyser X.``"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from .. import lexicon
from ..lexicon import BARE_CLAUSE_CUES, NEGATED_CUES, ORG_NOUNS, PRONOUNS, cue_pattern, normalize_title
from ..reading import Paragraph
from .according import according_quote
from .clauses import object_after_cue
from .colon import colon_rendering, comma_cue
from .layout import headline
from .parenthetical import parenthetical_cue
from .parse import (
    finite_at,
    has_verb,
    inverted_subject,
    matrix_resumes,
    names_someone,
    verb_in,
)
from .passive import passive_report
from .person_nouns import indefinite_source
from .reported import (
    VAGUE,
    before_second_source,
    body_pronoun,
    cue_subject,
    hypothetical,
    named_source,
    no_source,
    proper_name,
    reported_clause,
    writers_infinitive,
)
from .saying import saying_noun_clause
from .speakers import ArticleContext
from .trailing import introduces, trailing_cue
from .types import (
    DASH_START,
    Quote,
    Speaker,
    clause_end,
    make_quote,
    rstrip_span,
    sentences_of,
)

# What may stand between a cue and "at": a channel, an adverb, a pronoun or a name
# ("sier til NTB at", "mener også at", "sier han at", "mener Kristiansen at").
# "skriver organisasjonene at"
_SPLIT_PARTICLE = re.compile(r"^(?P<mid>(?:\s+[\w.-]+){1,3}?)\s+(?P<particle>til|fast|om|på|for)\s+at\s+")
_MID = re.compile(r"^(?P<mid>(?:\s+(?:" + "|".join(ORG_NOUNS) + r"|[a-zæøå]+(?:ene|erne|na)))?"
                  r"(?:\s+(?:til|overfor|i|på|for|via)\s+(?:en|et|ei)?\s*[^\s,.]+"
                  r"|\s+(?:også|nå|likevel|derfor|ikke|heller|fortsatt|selv|først|bare|han|hun|hen|de|vi|det|nemlig"
                  r"|imidlertid|dessuten|videre|samtidig|nylig|tidligere|senere|allerede|igjen|nettopp|i\s+dag|jo|faktisk"
                  r"|altså|egentlig|stadig|i\s+går|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
                  r"|\s+[A-ZÆØÅ][\w-]*"
                  r"|\s+(?:nær\s+)?\d[\d,.]*\s+prosent(?:\s+av\s+[\w-]+)?)*)\s+at\s+")  # "svarte 35 prosent at"

_NEGATED_AFTER = re.compile(r"^(?:\s+\S+)?\s+(?:ikke|aldri|neppe)\b")  # "trodde han ikke": V2, the negation after


def indirect_quotes(article: ArticleContext) -> list[Quote]:
    """``X sier at ...``, ``ifølge X ...``, ``etter det X erfarer``, ``..., opplyser X.``"""
    quotes: list[Quote] = []
    last: Speaker | None = None
    for paragraph, sentences, k, dash in _sentences(article):
        sent = sentences[k]
        if quotes and sent.start_char < quotes[-1].end:
            continue  # rendered after a colon (below)
        rendering = None if dash else colon_rendering(article, sentences, k, paragraph, last)
        if rendering is not None:  # "Legen ga klar beskjed: Hold deg i ro i minst en uke."
            quotes.append(rendering)
            last = rendering.speaker
            continue
        going_on = _going_on(article, sent, paragraph, quotes[-1] if quotes else None)
        if going_on is not None:
            quotes.append(going_on)
            continue
        if dash:
            # "- ..., sier Haarder når Klassekampen ringer og forteller at ...": a report in the attribution,
            # from the parse only (what overlaps the direct quote is dropped by find_quotes)
            attribution = comma_cue().search(paragraph.text)
            after = paragraph.start + attribution.end() if attribution is not None else sent.end_char
            # the verbs after the cue only: the cue's own clause is the speech ("- ..., sier Hareide, og legger til
            # at ...": the first verb's was, and hid the second's report)
            rest = sent if after <= sent.start_char else article.doc.char_span(
                after, sent.end_char, alignment_mode="expand") if after < sent.end_char else None
            quote = reported_clause(article, rest, paragraph, last, subject_after=after) if rest is not None else None
            if quote is not None and quote.speaker is not None:
                quotes.append(quote)  # its subject in the attribution, not in the speech ("Boka er ...")
            continue
        given, according = (False, None) if introduces(sent) else according_quote(article, sent, paragraph, last)
        if according is not None and _holds(_said_that(article, sent, paragraph, last), according.cue, sent):
            given, according = False, None  # "X sier at NRK ifølge plakaten er pålagt ...": the outer report
        if according is not None:  # "Ifølge X er ...", "..., ifølge X."
            quotes.append(according)
            last = according.speaker
            rest = article.doc.char_span(according.end, sent.end_char, alignment_mode="expand") \
                if according.end < sent.end_char - 10 else None
            second = reported_clause(article, rest, paragraph, last) if rest is not None else None
            if second is not None:  # "selv om det er ... ifølge CNN, mener CNN at ...": a report of its own after it
                quotes.append(second)
        if not given:
            trailing = trailing_cue(article, sent, paragraph, last)
            quote = (parenthetical_cue(article, sent, paragraph, last) or _said_that(article, sent, paragraph, last)
                     or trailing)
            parsed = reported_clause(article, sent, paragraph, last)
            if parsed is not None and (quote is None or parsed.start < quote.start <= quote.end <= parsed.end
                                       or _words_before_at(article, quote.start, parsed.start)):
                # the parse bridges what the surface pattern cannot ("konstaterer med rette at ...", "sier
                # søndag kveld at ..."), and the outer report holds the inner one ("... at kretser på begge
                # sider mente ...")
                quote = parsed
            elif parsed is not None and quote is not None and parsed.start == quote.start < parsed.end < quote.end \
                    and _second_report(article, parsed.end, quote.end, paragraph):
                quote = parsed  # "sier at han har god tid, og legger til at ...": two reports, each its own quote
            elif parsed is not None and quote is not None and parsed.end <= quote.start and parsed.kind == "indirect":
                quote = parsed  # "Han mener Norge er favoritter, men påpeker at ...": the parse's report before the
                # surface pattern's comes first; the loop below finds the one after it
            passive = passive_report(article, sent, paragraph)
            if quote is not None and passive is not None and passive.start < quote.start <= quote.end <= passive.end:
                quote = passive  # "I dommen slås det fast at ... mannen som mente ...": the outer report holds it
            if trailing is not None and quote is not None and (trailing.end < quote.start or trailing.start
                                                               < quote.start <= quote.end <= trailing.end):
                quote = trailing  # "X sier ..., skriver The Guardian": the paper reports X (GUIDELINES, c11); "...,
                # mener X, og legger til at ...": the report before the cue first, the one after it next (below)
            quote = quote or saying_noun_clause(article, sent, paragraph, last) or passive
            while quote:
                quote = before_second_source(article, paragraph, quote, sent) if quote.kind == "indirect" else quote
                quotes.append(quote)
                last = quote.speaker or last
                # "..., mens 40 prosent sa at ...": a second source with its own cue in the same sentence
                rest = article.doc.char_span(quote.end, sent.end_char, alignment_mode="expand")
                if rest is None or quote.end >= sent.end_char - 10 or rest.start <= sent.start:
                    break
                quote = (_said_that(article, rest, paragraph, last) or reported_clause(article, rest, paragraph, last)
                         or saying_noun_clause(article, rest, paragraph, last))  # "..., med den begrunnelse at"
                if quote is not None and quote.start < quotes[-1].end:
                    break
    return quotes


def _holds(outer: Quote | None, cue: str | None, sent: Span) -> bool:
    """Whether a report with a speaker holds the sentence's ``ifølge`` inside its clause."""
    at = next((t.idx for t in sent if t.lower_ == (cue or "").split()[-1]), None) if cue else None
    return outer is not None and outer.speaker is not None and at is not None and outer.start <= at < outer.end


def _going_on(article: ArticleContext, sent: Span, paragraph: Paragraph, before: Quote | None) -> Quote | None:
    """``Han mener arbeidsgiveren har spredd usanne rykter. At sjefene hans ... har brukt skitne triks.``:
    a sentence that opens with ``At`` right after a reported position goes on with it, a second indirect
    quote of the same speaker without ``At`` and with no cue (quotes-dev GUIDELINES)."""
    if before is None or before.kind != "indirect" or not sent.text.startswith("At ") \
            or before.paragraph != paragraph.index or not 0 <= sent.start_char - before.end <= 3:
        return None
    if article.doc.has_annotation("DEP") and sent[0].head.dep_ in ("SUBJ", "nsubj", "csubj"):
        return None  # "At norske myndigheter ikke makter noe, er for meg uforståelig.": the writer's subject clause
    start = sent.start_char + 3
    end = rstrip_span(article.text, start, sent.end_char, keep_stop=False)
    if len(article.text[start:end].split()) < 3:
        return None
    return make_quote(article, paragraph, start, end, "indirect", before.speaker, None, absolute=True)


def _words_before_at(article: ArticleContext, start: int, end: int) -> bool:
    """Up to six words without a verb and ``at`` between a bare cue and the parse's clause: adverbials the surface
    pattern took for the clause's start (``sa på en pressekonferanse onsdag kveld at``, an adjective used as an adverb:
    ``sier rett ut at``, ``sier ærlig at``; not ``mener det er bra at``, ``sier seg enig i at``)."""
    if not re.fullmatch(r"(?:[\w-]+\s+){1,6}at\s*", article.text[start:end]):
        return False
    gap = article.doc.char_span(start, end, alignment_mode="expand")
    return gap is not None and not any(t.pos_ in ("VERB", "AUX") or t.pos_ == "ADJ" and not _adverbial(t) for t in gap)


def _adverbial(adjective: Token) -> bool:
    """An adjective the parse makes an adverbial, or coordinates with one (``klart og tydelig``)."""
    while adjective.dep_ in ("KOORD", "conj") and adjective.head.i != adjective.i:
        adjective = adjective.head
    return adjective.dep_ in ("ADV", "advmod")


def _sentences(article: ArticleContext):
    """(paragraph, its sentences, the index of one, whether a dash opens it) for the narrative paragraphs, split by
    the rule-based Norwegian sentence splitter: the logic must not hang on a parser's sentence errors."""
    for paragraph in (p for p in article.paragraphs if not headline(p)):  # a headline's report is no quote
        dash = bool(DASH_START.match(paragraph.text))  # direct speech and its attribution: see _speech
        sentences = sentences_of(article.doc, paragraph)
        for k in range(len(sentences)):
            yield paragraph, sentences, k, dash


def _said_that(article: ArticleContext, sent: Span, paragraph: Paragraph, last: Speaker | None) -> Quote | None:
    """``Kristiansen mener at klyngene gir ...`` (or without ``at``: ``mener``, ``sier``): the reported clause."""
    text, base = sent.text, sent.start_char
    if introduces(sent):
        return None
    for m in cue_pattern().finditer(text):
        rest = text[m.end():]
        at = _MID.match(rest)
        cue = lexicon.cue_form(m.group().lower())  # "finner det videre bevist": only the verb
        split = _SPLIT_PARTICLE.match(rest) if not at and " " not in cue else None
        if split is not None and f"{cue} {split.group('particle')}" in lexicon.reporting_verbs():
            at = split  # "viser retten til at": subject, then the particle, the cue only the verb (GUIDELINES);
            mid = article.doc.char_span(base + m.end() + split.start("mid"), base + m.end() + split.end("mid"),
                                        alignment_mode="expand")  # with only adverbs between, the particle too
            cue = f"{cue} {split.group('particle')}" if mid is not None and all(t.pos_ == "ADV" for t in mid) else cue
        before = text[:m.start()].rstrip()
        if (re.search(r"\b(?:ikke|aldri|neppe)(?:\s+\S+)?$", before) or _NEGATED_AFTER.match(rest)) \
                and cue not in NEGATED_CUES:  # "selv om hun ikke sier at", "trodde han ikke det": no quote
            continue
        if re.search(r"\b(?:folk|de|mange|noen|alle|flere|enkelte)\s+som$", before, re.IGNORECASE):
            continue  # "folk som mener det vil være ...": a relative clause that defines a group (GUIDELINES)
        if not before or before.rstrip(",").rstrip()[-1:] in ("«", "»", '"', "”", "–", "—", "-"):
            continue  # «...», skriver hun: the attribution of a quote, not a subject and a cue
        cue_token = article.doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
        if cue_token is not None and article.doc.has_annotation("DEP") and (
                hypothetical(cue_token[0]) or writers_infinitive(cue_token[0])):
            continue  # "dersom de tror at ...": a condition, not a report; "vi har ikke lov til å si at"
        if not at and m.group().lower() in BARE_CLAUSE_CUES:
            at = re.match(r"^(?P<mid>)\s+(?=[a-zæøå])(?!at\b|til\b|seg\b|om\b|ja\b|nei\b)", rest)
            words = rest.split()
            first = words[0] if words else ""
            has_subject = names_someone(article.doc, base, base + m.start())
            if at and (normalize_title(first) is not None and len(words) > 1 and words[1][:1].isupper()
                       or not has_subject and (first in PRONOUNS or first in ORG_NOUNS)
                       or inverted_subject(article.doc, base + m.end() + at.end(), cue_token)):
                at = None  # "sier fagsjef X", "Nå sier politiet i en pressemelding": no clause
            elif at and object_after_cue(article.doc, base + m.end(), cue_token):
                at = None  # "sier akkurat hva han mener", "sier litt om": an object, no content
        if not at:
            continue
        if not at.group().rstrip().endswith("at") and (not has_verb(sent, base + m.end() + at.end())
                                                        or finite_at(article.doc, base + m.end() + at.end())):
            continue  # "..., sa damen i luken.", "det hun mener er byens beste" (a relative's gap): no clause
        mid_start, mid_end = m.end() + at.start("mid"), m.end() + at.end("mid")
        q_start = m.end() + at.end()
        q_end = rstrip_span(text, q_start, clause_end(text, q_start, len(text), lambda s, e: verb_in(
            sent, base + s, base + e)), keep_stop=False)
        q_end = matrix_resumes(sent, base + q_start, base + q_end, cue_token) - base
        if len(text[q_start:q_end].split()) < 2 or not at.group().rstrip().endswith("at") and (not verb_in(
                sent, base + q_start, base + q_end) or re.match(r"(?:(?!det\b)\w+\s+)?å\s", text[q_start:q_end])):
            continue  # "som sier noe om folks levekår, er ...": an object, no clause (the verb is the matrix's);
            # "mener åpenbart å kunne skaffe seg ...": an infinitive, an intention
        subject = cue_subject(article, sent, m.start())
        if subject is not None and subject[0] >= base + q_start:
            subject = None  # the parse's subject inside the reported clause ("sier 50 prosent at Romney er")
        if subject is not None and article.text[subject[0]:subject[1]].lower() in ("jeg", "vi", *VAGUE - {"de", "en"}):
            continue  # the writer's own "Jeg tror at"; a generic group, "og mange mener" (GUIDELINES): no quote
        who = None
        front = article.doc.char_span(base, base + m.start(), alignment_mode="expand")
        if front is not None and indefinite_source(front):
            # "En kilde nær den amerikanske regjeringen sier": the description, whatever the parse
            # makes of it (it may take "regjeringen" for the subject); not "Vitner har forklart" (an auxiliary)
            who = article.described(base, base + m.start())
            subject = None if who is not None else subject
        if subject is not None:
            who = article.who(subject[0], subject[1], last_speaker=last)
            head = article.doc.char_span(subject[0], subject[1], alignment_mode="expand")
            noun = head is not None and ("NOUN" in (head[0].pos_, head.root.pos_)  # also "Samtlige lagkamerater"
                                         or bool(lexicon.definite_title(head[0].text))
                                         or len(head) == 1 and head[0].is_sent_start and not head[0].ent_type_)
            if who is None and (article.text[subject[0]:subject[0] + 1].islower()
                                or article.text[subject[0]:subject[0] + 1].isdigit() or noun):
                # "og kommuneadvokaten slo fast at Bertelsen ...", "Vaktsjefen skriver i rapporten at": the
                # parse's subject, described, before any name earlier in the sentence or a document after it
                who = article.described(*subject)
        channel = re.match(r"\s*(?:til|overfor|i|på|for|via)\s", text[mid_start:mid_end]) is not None
        if who is None and mid_end > mid_start and not channel:  # inverted: "Nå mener Kristiansen at ..." (not
            # "Vitner har forklart til politiet at": whom it was said to)
            who = article.who(base + mid_start, base + mid_end, last_speaker=last)
            if who is None and re.search(r"\d", text[mid_start:mid_end]):
                who = article.described(base + mid_start, base + mid_end)  # "sier 50 prosent at": a share polled
        if who is None:
            who = article.who(base, base + m.start(), last_speaker=last)
        pronoun = article.doc.char_span(*subject) if subject is not None else None
        if who is None and pronoun is not None and len(pronoun) == 1:
            who = body_pronoun(article, pronoun[0])  # "Sandman-utvalget utredet ... Det foreslo at"
        if who is None and subject is not None:
            start = subject[0]
            while (prev := re.search(r"([A-ZÆØÅ][\w-]*)\s+$", article.text[max(base, start - 40):start])):
                start -= len(prev.group(0))  # "Norges Skiskytterforbund": the parser may take only the head
            who = named_source(article, start, subject[1]) if proper_name(article, start, subject[1]) else None
            who = who or article.described(*subject)  # "Legene mener at ...": the description
        if who is None and (text[:m.start()].rstrip().endswith(",")  # ", sier blant andre X": the source is after
                            or not names_someone(article.doc, base, base + m.start())):
            continue
        head = article.doc.char_span(*subject, alignment_mode="expand") if subject is not None else None
        if who is not None and cue_token is not None and no_source(cue_token[0], who, head.root if head else None):
            continue  # "siden en del trodde eventyret var over", "Tallene bekrefter at": no source's position
        return make_quote(article, paragraph, base - paragraph.start + q_start, base - paragraph.start + q_end,
                      "indirect", who, cue)
    return None


@cache
def _second_report(article: ArticleContext, start: int, end: int, paragraph: Paragraph) -> bool:
    """Whether ``text[start:end]`` holds a report of its own, a verb of saying with its clause (``, og legger til at
    ...``), which the surface pattern took into the report before it."""
    rest = article.doc.char_span(start, end, alignment_mode="expand")
    return rest is not None and reported_clause(article, rest, paragraph, None) is not None
