"""Renderings after a colon inside a paragraph, without dash or quote marks: ``Legen ga klar beskjed: Hold deg i ro i
minst en uke.``, ``Han svarte kort: Jeg vet ikke.`` (quotes-dev GUIDELINES: a colon-introduced rendering in the
speaker's own form, the imperative or the first or second person, is a direct quote)."""

from __future__ import annotations

from itertools import chain, islice

from spacy.tokens import Span, Token

from ..lexicon import cue_pattern, reporting_verb_set
from ..reading import Paragraph
from .reported import saying_noun, subject_of
from .speakers import ArticleContext
from .types import DASH_START, FIRST_PERSON, Quote, Speaker, make_quote, rstrip_span


def colon_rendering(article: ArticleContext, sentences: list[Span], k: int, paragraph: Paragraph,
                    last: Speaker | None) -> Quote | None:
    """The words after a colon in the paragraph's sentence ``k`` and the sentences after it: a direct quote of the
    subject of the verb of saying before the colon, for as long as they are in the speaker's own form; None where
    the words after the colon are not (``Planen er enkel: Skatten skal økes.``) or no verb of saying comes before
    it."""
    doc, sent = article.doc, sentences[k]
    if article.text.find(":", sent.start_char, sent.end_char) < 0:
        return None
    colon = next((t for t in sent if t.text == ":" and t.i + 1 < sent.end), None)
    cue = _cue(doc[sent.start:colon.i]) if colon is not None else None
    if colon is None or cue is None:
        return None
    verb = cue if cue.pos_ == "VERB" else cue.head
    subject = subject_of(verb)
    if subject is None or subject.i > colon.i:
        return None
    start = doc[colon.i + 1].idx
    dash = DASH_START.match(article.text[start:start + 3])  # "ga ham klar beskjed: - Hold deg i ro"
    if dash is not None:
        start += dash.end()
    end = None
    for n, part in enumerate(chain([doc[colon.i + 1:sent.end]], islice(sentences, k + 1, None))):
        if any(mark in part.text for mark in "«»\"“”") or not _own_form(part) \
                or n > 0 and (":" in part.text or cue_pattern().search(part.text)):
            break  # a later sentence with an attribution or a colon of its own ("Hun sa: Hva skjer nå?") is not his
        end = part.end_char
    if end is None:
        return None
    # the speaker only now: describing one records the description for later mentions
    who_span = doc[subject.left_edge.i:subject.right_edge.i + 1]
    who = article.who(who_span.start_char, who_span.end_char, last_speaker=last) \
        or article.described(who_span.start_char, who_span.end_char)
    if who is None:
        return None
    return make_quote(article, paragraph, start, rstrip_span(article.text, start, end), "direct", who, cue.lower_,
                      absolute=True)


def _cue(sent: Span) -> Token | None:
    """The verb of saying before the colon (``svarte``), else a noun of saying it governs (``ga klar beskjed``)."""
    for token in sent:
        if token.pos_ == "VERB" and token.lower_ in reporting_verb_set() and token.morph.get("Tense", []):
            return token
    return next((t for t in sent if saying_noun(t) and t.dep_ in ("DOBJ", "obj")
                 and t.head.pos_ == "VERB" and t.head.morph.get("Tense", [])), None)


def _own_form(sent: Span) -> bool:
    """The speaker's own form: the first or second person, an imperative among its first words (``Ikke løft noe
    tungt``), or a question."""
    words = [t for t in sent if not (t.is_punct or t.is_space)][:3]
    return bool(FIRST_PERSON.search(sent.text)) or sent.text.rstrip().endswith("?") \
        or any("Imp" in t.morph.get("Mood", []) for t in words)
