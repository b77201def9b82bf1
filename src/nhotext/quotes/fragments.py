"""Words in quote marks inside the writer's own sentence (quotes-dev GUIDELINES: quoted fragments are direct entries,
their cue the verb that governs them, if any): ``Ordføreren kaller forslaget «et hån mot innbyggerne»``."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from ..coref import genitive
from ..lexicon import BARE_CLAUSE_CUES
from .parse import subject_of
from .reported import WRITER, _source, body_pronoun, cue_forms, hypothetical, passive
from .speakers import ArticleContext
from .types import Quote, make_quote, rstrip_span

CALLING_VERBS = {"kalle", "beskrive", "omtale", "karakterisere", "betegne", "stemple", "bedømme", "vurdere"}
MARKED_MIN_WORDS = 3
DESCRIBING = {"ha", "være", "bli", "få"}  # verbs whose subject the words in marks describe
_MARKED = re.compile(r"«([^«»\n]+)»|“([^“”\n]+)”|\"([^\"\n]+)\"")


def marked_fragments(article: ArticleContext, taken: list[tuple[int, int]]) -> list[Quote]:
    """Words in quote marks inside a sentence whose subject reports or names them (``Ordføreren kaller
    forslaget «et hån mot innbyggerne»``, ``Hun syntes dårlig om at «nasjonalsymbolet vårt ble
    misbrukt»``): a direct quote of the subject (quotes-dev GUIDELINES, mixed quotes). Not a title or a
    name (a capital first word), not a scare-quoted word or two, not a stretch another quote holds."""
    if not article.doc.has_annotation("DEP"):
        return []
    found = []
    starts = [p.start for p in article.paragraphs]
    for m in _MARKED.finditer(article.text):
        start, end = m.start() + 1, m.end() - 1
        inner = article.text[start:end]
        if not inner[:1].islower() or any(s < end and start < e for s, e in taken):
            continue
        span = article.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span[0].sent
        before = span.doc[span.start - 2] if span.start >= 2 else None
        if before is not None and before.pos_ == "ADP" and before.head.pos_ == "NOUN" and before.head.i < before.i:
            continue  # "politisk gevinst på «å ta de rike»": a label inside a noun phrase (GUIDELINES), no one's words
        about = span.start >= 2 and span.doc[span.start - 2].lower_ == "om"  # "snakket om «utbredt valgfusk»"
        verb = next((t for t in sent if t.i < span.start and t.pos_ in ("VERB", "AUX")
                     and (t.lower_ in cue_forms() or t.lower_ in BARE_CLAUSE_CUES
                          or t.lemma_.lower() in CALLING_VERBS or about and t.lemma_.lower() == "snakke")), None)
        cue: str | None = verb.lower_ if verb is not None else None
        if verb is None and len(inner.split()) >= MARKED_MIN_WORDS:
            verb = _uncued(span)  # "Likevel tør hun «ikke å ta stilling til ...»": a person's words, no cue
        calling = verb is not None and verb.lemma_.lower() in CALLING_VERBS
        if verb is None or hypothetical(verb) or len(inner.split()) < MARKED_MIN_WORDS and (
                not calling and not (about and verb.lemma_.lower() == "snakke")
                and not (len(inner.split()) == 2 and _reported_predicate(span, verb))) \
                or len(inner.split()) == 1 and not (calling and _predicative(span, verb)):
            # two words only as what someone is called ("kalte Clinton en «rar dame»"), one only as the predicate
            # of a verb of calling ("kaller kuttene «hensynsløse»", GUIDELINES' «samfunnsproblem»), no scare quote
            continue
        subject = subject_of(verb)
        if calling and passive(verb):
            # "ble av Aftenposten omtalt som «...»": the agent's words; "ble den beskrevet som «...»": no one's
            # named (GUIDELINES: an agentless passive's speaker is null)
            agent = _agent(verb)
            if agent is None and not (span.start >= 2 and span.doc[span.start - 2].lower_ == "som"):
                continue  # "det som ble omtalt som en «politisk tsunami»": a label inside the phrase, no words quoted
            if agent is None:
                who = None
            elif (who := _source(article, agent[0].idx, agent[-1].idx + len(agent[-1]), None)) is None:
                continue
        elif subject is None or subject.lower_ in WRITER or subject.i > span.start or passive(verb):
            continue  # "USAs president ble fortalt om ... «...»": the subject of a passive is told, not telling
        else:
            words = list(subject.subtree)
            who = _source(article, words[0].idx, words[-1].idx + len(words[-1]), None) or body_pronoun(article, subject)
            if who is None:  # "Dagsavisen var så begeistret at den omtalte Obama som «...»": the paper
                continue
        q_end = rstrip_span(article.text, start, end)
        paragraph = article.paragraphs[max(0, bisect.bisect_right(starts, start) - 1)]
        found.append(make_quote(article, paragraph, start, q_end, "direct", who, cue, absolute=True))
    return found


def _agent(verb: Token) -> list[Token] | None:
    """The words of a passive verb's agent (``av Aftenposten`` on the participle or on its ``ble``/``er blitt``),
    without ``av``; None when the passive names no agent."""
    holders = [verb, *(a for a in verb.ancestors if a.lemma_.lower() in ("bli", "være"))]
    by = next((c for h in holders for c in h.children if c.lower_ == "av" and c.i < verb.i + 4), None)
    body = next((c for c in by.children if c.dep_ in ("PUTFYLL", "pobj")), None) if by is not None else None
    return list(body.subtree) if body is not None else None


def _reported_predicate(span: Span, verb: Token) -> bool:
    """Whether the words in marks are the whole predicate of the clause a verb of saying or opinion reports
    (``synes Operaen er «meget fantastisk»``): the speaker's own words for it, not a label inside a phrase."""
    word, copula = span.root, span.root.head
    return word.dep_ in ("SPRED", "xcomp", "acomp") and copula.lemma_.lower() in ("være", "bli") \
        and copula.head.i == verb.i and all(t.head.i == word.i or t.i == word.i for t in span if not t.is_punct)


def _predicative(span: Span, verb: Token) -> bool:
    """Whether the one word in marks is what the verb of calling calls its object (``kaller kuttene
    «hensynsløse»``): the verb's predicative or object complement, not a word inside another phrase."""
    word = span.root
    if word.pos_ not in ("ADJ", "NOUN", "VERB"):
        return False  # "det han kaller en «vi» mot «de»-tankegang": words mentioned, no one's judgement
    return word.head.i == verb.i or word.head.head.i == verb.i and word.head.dep_ in ("DOBJ", "obj")


def _uncued(span: Span) -> Token | None:
    """The verb that governs words in marks no verb of saying governs, where its subject is a person named or
    referred to by ``han``/``hun`` (the words are then that person's, cue null: GUIDELINES, quoted fragments), not
    where a noun names the words (``Mottoet «alle skal med»``) or the subject is a thing (``Planen ble «lagt ...»``)."""
    doc = span.doc
    if span.start < 2:
        return None
    heads = sorted({t.head.i for t in span if not span.start <= t.head.i < span.end})
    verb = next((doc[i] for i in heads if doc[i].pos_ in ("VERB", "AUX")), None)
    subject = subject_of(verb) if verb is not None else None
    if verb is None or subject is None or not (subject.ent_type_ == "PER" or subject.lower_ in ("han", "hun")) \
            or verb.lemma_.lower() in DESCRIBING:
        return None  # "har hun «kolossale, kreative evner»": someone else's words about the subject
    named = doc[span.start - 2]  # the word before the opening mark
    if named.pos_ in ("NOUN", "PROPN") and named.i != subject.i:
        return None  # "Mottoet «...»" (the tagger may read it as a name): a noun naming the words
    return verb


def work_named(article: ArticleContext, open_at: int, close_at: int) -> bool:
    """A definite noun (or, before a capital, a preposition or genitive) right before marks holding no verb: the
    marks give a work's or a thing's name (``I sosiologiklassikeren «Subculture - The Meaning of Style», skriver Dick
    Hebdige``), not words said."""
    mark = article.doc.char_span(open_at, open_at + 1, alignment_mode="expand")
    word = mark[0].nbor(-1) if mark is not None and len(mark) and mark[0].i > 0 else None
    inner = article.doc.char_span(open_at + 1, close_at, alignment_mode="expand")
    if word is None or inner is None or any(t.pos_ in ("VERB", "AUX") for t in inner if open_at < t.idx < close_at):
        return False
    if word.pos_ == "NOUN" and word.is_lower:
        return "Def" in word.morph.get("Definite", []) or open_at < word.head.idx < close_at  # (or its apposition)
    if word.is_sent_start and word.pos_ in ("NOUN", "PROPN") and not word.ent_type_ \
            and open_at < word.head.idx < close_at:
        return True  # "Aksjonsgruppen «Bevar fødeavdelingen» varsler": the noun opening the sentence, apposed to it
    # a name with a capital inside a phrase: after a preposition ("I andre bok av «Min kamp» skriver Karl Ove
    # Knausgård"), or a genitive ("I Hamsuns «Sult» forteller en ung mann")
    return article.text[open_at + 1:open_at + 2].isupper() and (word.pos_ == "ADP" or genitive(word))
