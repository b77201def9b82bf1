"""A postposed attribution without quote marks: ``Den norske produksjonen har falt med 10 prosent, skriver
Nationen.``, ``..., mener ordføreren.``, ``... - slik Bertelsen selv mener?``, ``..., er beskjeden fra Grimstad.``;
and a sentence that ends in a colon, which introduces the quote after it rather than reporting."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from .. import lexicon
from ..lexicon import cue_pattern, normalize_title
from ..reading import Paragraph
from ..text import words_to_stop
from .according import before_where_read
from .clauses import not_saying
from .documents import document_noun
from .parse import relative_only, verb_in
from .saying import SAID_NOUN_FROM, saying_noun
from .speakers import ArticleContext
from .types import DASH_START, FIRST_PERSON, Quote, Speaker, lstrip_span, make_quote, rstrip_span


def introduces(sent: Span) -> bool:
    """A sentence ending in a colon introduces the quote after it and reports nothing itself: ``Espen sier det han
    har sagt mange ganger:``, ``Da jeg sa nei, sa han:``, ``Ifølge X er dette hendelsesforløpet:``."""
    doc, i = sent.doc, sent.end - 1  # the last word, not Span.text (it joins the sentence on every call)
    while i > sent.start and doc[i].is_space:
        i -= 1
    return doc[i].text.endswith(":")


@cache
def _trailing_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """``..., mener ordføreren.`` (the source may hold an apposition: ``, bekrefter forlagssjef i Oktober,
    Geir Berdahl, overfor Klassekampen.``), ``... - slik Bertelsen selv mener?`` (the source before
    the cue) and ``..., er beskjeden fra Grimstad.`` (a noun of saying and its source)."""
    cue, thought = cue_pattern().pattern, "|".join(lexicon.THOUGHT_CUES)
    # the source's words up to the sentence's end, past an initial or an abbreviation ("Rolf B. Wegner", "St. Olavs")
    return (re.compile(r",\s*(?P<cue>" + cue + "|" + thought + r")\s+(?P<who>" + words_to_stop() + r"+?)"
                       r"[.!?]?\s*$"),
            # "som" after a comma or a dash ("tabber som politiet selv beklager": a relative clause on a noun)
            re.compile(r"(?:\s?[,–—-]\s*(?:slik|som)|\sslik)\s+(?P<who>[^.!?,]+?)\s+(?:selv\s+)?(?P<cue>" + cue
                       + r")[.!?]?\s*$"),
            re.compile(SAID_NOUN_FROM + r"(?P<who>[^.!?,]+?)[.!?]?\s*$"))


def trailing_cue(article: ArticleContext, sent: Span, paragraph: Paragraph, last: Speaker | None) -> Quote | None:
    """``Innbyggerne får lengre vei, mener ordføreren.``"""
    text, base = sent.text, sent.start_char
    if introduces(sent):
        return None
    patterns = _trailing_patterns()
    text = before_where_read(sent)  # "..., mener selskapet, ifølge en artikkel": the cue's subject speaks
    m = patterns[0].search(text) or patterns[1].search(text) or patterns[2].search(text)
    cue = article.doc.char_span(base + m.start("cue"), base + m.end("cue")) if m is not None else None
    if m is not None and m.re is patterns[2]:
        if cue is None or not saying_noun(cue[0]):
            return None  # "..., er beskjeden fra Grimstad.", not "..., er gaven fra Per."
    elif cue is not None and m is not None and not_saying(cue[0], after_comma=m.re is patterns[0]):
        return None  # "hus med grå skifertak, svarte tak, røde": an adjective the tagger read, no verb of saying
    marks = [ch for ch in text if ch in "«»\""]
    stray = marks == ["«"] and text.lstrip(" -–").startswith("«")  # "«Stortinget betaler ..., opplyser VG.": unclosed
    # '... for hele nasjoner ", sa Kofi Annan.': the opening mark lost before the paragraph (a passage's cut)
    closed_only = len(marks) == 1 and marks[0] in "»\"" and m is not None \
        and re.search(r"[»\"]\s*,?\s*$", text[:m.start() + 1]) is not None \
        and not any(ch in paragraph.text[:sent.start_char - paragraph.start] for ch in "«»\"")
    stray = stray or closed_only
    if not m or marks and not stray and (text.lstrip(" -–").startswith(("«", '"', "“"))
                                         or re.search(r"[»\"”]\s*,?\s*$", text[:m.start() + 1])):
        return None  # «...», skriver hun: the quote's own attribution (not a label inside: "Vestens «rådgivere» ...")
    aside = lexicon.ASIDE.match(m.group("who"))  # ", står det blant annet i notatet", ", sier blant andre X"
    who_start = base + m.start("who") + (aside.end() if aside else 0)
    first = article.doc.char_span(who_start, base + m.end("who"), alignment_mode="expand")
    who_end = base + m.end("who")
    joined = next((t for t in first[1:-1] if t.lower_ == "og" and t.nbor(1).pos_ == "VERB"
                   and t.nbor(1).morph.get("Tense", [])), None) if first is not None else None
    if first is not None and joined is not None:  # "..., forteller han og ler.": the source, then a second verb
        first, who_end = first[:joined.i - first.start], joined.idx  # (", og legger til at ...": a report of its own)
    if re.match(r"(?:ikke|aldri|neppe)\b", m.group("who")) or re.search(r"\sat\s", article.text[who_start:who_end]):
        # ", tror ikke eksperten at ...": negated, and what is reported comes after the cue, not before it
        return None
    if first is not None and len(first) and first[0].pos_ in ("ADP", "SCONJ") \
            and not (first[0].lower_ == "i" and any(document_noun(t) for t in first[1:4])):
        return None  # ", fortsetter med en vikarierende statsråd": no source (", heter det i forslaget" has one)
    relative = next((k for k, t in enumerate(first) if t.lower_ == "som"), len(first)) if first is not None else 0
    if first is not None and any(t.pos_ in ("VERB", "AUX") and t.morph.get("Tense", []) and t.is_lower
                                 and normalize_title(t.lower_) is None for t in first[:relative]):
        return None  # "X, forsker ved Y, tror Obama vinner": the report follows (not "mener ordfører X", "som ...")
    cue = article.doc.char_span(base + m.start("cue"), base + m.end("cue"), alignment_mode="expand")
    opening = sent[1] if len(sent) > 1 and sent[0].pos_ == "CCONJ" else sent[0]  # past "Og", "Men"
    if cue is not None and (cue[0].dep_ == "ROOT" and opening.pos_ == "SCONJ"
                            or opening.pos_ == "ADP" and opening.head.i == cue[0].i):
        # "Da ungene ble voksne, ba de faren ...", "På spørsmålet om hvem ..., svarer 52 prosent Obama", "Og mens
        # Voldas spillere hang med hodet, jublet Stordal-spillerne": a fronted clause or phrase of the cue's own
        return None
    dash = DASH_START.match(text)  # "- Sitat, sier Espen." inside a paragraph: direct speech
    who = article.who(who_start, who_end, last_speaker=last) or article.described(who_start, who_end)
    q_end = rstrip_span(text, 0, m.start(), keep_stop=False)
    q_start = lstrip_span(text, dash.end() if dash else 0, q_end)
    opener = re.match(r"(?:Men|Og|Eller)\s+", text[q_start:q_end])
    if opener and not dash:
        q_start += opener.end()  # GUIDELINES: a sentence-initial "Men" is left out of a postposed clause
    if who is None and not dash or len(text[q_start:q_end].split()) < (1 if dash else 3):
        return None
    if not dash and (not verb_in(sent, base + q_start, base + q_end) or relative_only(sent, base + q_start,
                                                                                          base + q_end)):
        return None  # "Og en del annet godt bondevett, som Andersen sier.", "KrF på sin side, nevner ...": a phrase
    start, end = base - paragraph.start + q_start, base - paragraph.start + q_end
    own = bool(FIRST_PERSON.search(text[q_start:q_end]))  # GUIDELINES: first or second person is direct
    if m.group("cue").lower() in lexicon.THOUGHT_CUES and not (own or dash):
        return None  # "Dette klarer jeg, tenkte han." is thought rendered verbatim; "Det var sent, tenkte han" not
    before = paragraph.text[:start]
    if not dash and before.strip() and FIRST_PERSON.search(before) and not cue_pattern().search(before) \
            and not any(ch in before for ch in "«»\""):
        # "Min klient stiller seg uforstående. Han vil kjempe, sier advokat X.": an undashed paragraph that
        # speaks in the first person up to its attribution is one quote, direct
        start, own = lstrip_span(paragraph.text, 0, start), True
    if closed_only:
        start = lstrip_span(paragraph.text, 0, start)  # the words in marks from the paragraph's start
    return make_quote(article, paragraph, start, end, "direct" if dash or own or stray else "indirect", who,
                      m.group("cue").lower())
