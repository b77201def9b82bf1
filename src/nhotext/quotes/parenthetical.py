"""A cue set off inside a sentence (``Ikke bare har det vært et problem, som han selv skriver i forordet, å bli klok
på Borten``; ``Men, sier Stokke, de dubber ikke alt.``): the whole sentence is the quote, the cue inside it
(quotes-dev GUIDELINES)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from ..lexicon import DEP_LABELS, cue_pattern
from ..reading import Paragraph
from .parse import COORDINATED, finite_at, subject_of, verb_in
from .speakers import ArticleContext
from .types import Quote, Speaker, lstrip_span, make_quote, rstrip_span


@cache
def _pattern() -> re.Pattern:
    """``, som han selv skriver i forordet,`` or, after a fronted phrase, ``I dag, sier John Fiskvik, en av
    bransjens nestorer, gjør ...`` (the clause goes on with its finite verb: checked by the caller)."""
    cue = cue_pattern().pattern
    # "sier han", "de Seynes", an anonymised "B"
    name = r"(?:han|hun|(?:(?:de|van|von|da|di|du|le|la|af)\s+)?[A-ZÆØÅ][^,.!?«»]{0,40}?)"
    return re.compile(r",\s*(?:(?:slik|som)\s+(?P<who>[^,.!?«»]{1,40}?)\s+(?:selv\s+)?(?P<cue>" + cue
                      + r")\b[^,.!?«»]{0,40}|(?P<cue2>" + cue + r")\s+(?P<who2>" + name + r")"
                      r"(?:,\s[^,.!?«»]{1,60})?),\s(?P<verb>[a-zæøå])?")


_NAME_THEN_VERB = re.compile(r",\s(?=[a-zæøå])")
_COORDINATION = re.compile(r",\s+(?:og|men|Og|Men)\s+")  # a main clause joined to the one before


def parenthetical_cue(article: ArticleContext, sent: Span, paragraph: Paragraph,
                      last: Speaker | None) -> Quote | None:
    """``Ikke bare har det vært et problem, som han selv skriver i forordet, å bli klok på Borten``: a
    cue set off inside the clause makes the whole sentence the quote, the cue inside it (GUIDELINES)."""
    text, base = sent.text, sent.start_char
    m = _pattern().search(text)
    if m is None or any(ch in text for ch in "«»\""):
        return None
    inserted = m.group("cue2") is not None
    q_start = lstrip_span(text, 0, len(text))
    joined = inserted and text[q_start:m.start()].strip().lower() in ("men", "og", "så")
    rest = m.start("verb") if m.group("verb") else m.end()
    if inserted and (bare := _NAME_THEN_VERB.match(text, m.end("who2"))) is not None and bare.end() < rest \
            and finite_at(article.doc, base + bare.end()):
        rest = bare.end()  # "På høyrefløyen, mener Stjernfelt, er forklaringen ..., mens": no apposition after all
    coordinated = [] if inserted else [c for c in _COORDINATION.finditer(text, q_start, m.start())
                                       if verb_in(sent, base + c.end(), base + m.start())]
    if joined and verb_in(sent, base + rest, base + len(text)):
        q_start = rest  # "Men, sier Stokke, de dubber ikke alt.": a conjunction, then the clause reported
    elif coordinated:
        # "Nobelprisen er en oppmuntring for Obama, og den er, som han selv sa, en oppfordring til handling": the
        # clause the cue is set off in, coordinated after the writer's own
        q_start = coordinated[-1].end()
    elif inserted and not (m.group("verb") and (finite_at(article.doc, base + rest) or text.startswith("at ", rest))):
        # the clause goes on with its finite verb or its content clause ("Problemet er, sier B, at ...");
        return None  # ", sier Kari Moe, leder i NHO, til NTB.": an attribution at the end, not set off inside
    who_at = (m.start("who2"), m.end("who2")) if inserted else (m.start("who"), m.end("who"))
    cue = article.doc.char_span(base + m.start("cue"), base + m.end("cue")) if not inserted else None
    if cue and (subject := subject_of(cue[0])) is not None and not who_at[0] <= subject.idx - base < who_at[1]:
        return None  # ", som på forhånd spådde tysk seier,": a relative clause ("som" its subject), not "as"
    who = (article.who(base + who_at[0], base + who_at[1], last_speaker=last)
           or article.described(base + who_at[0], base + who_at[1]))
    q_end = rstrip_span(text, q_start, len(text), keep_stop=False)
    if who is None or not joined and len(text[q_start:m.start()].split()) < 2 or len(text[rest:q_end].split()) < 2:
        return None
    return make_quote(article, paragraph, base - paragraph.start + q_start, base - paragraph.start + q_end,
                      "indirect", who, (m.group("cue") or m.group("cue2")).lower())


def across_attribution(verb: Token, start: int) -> Token | None:
    """The subject of a set-off attribution (the parse's ``PAR``: ``sier Bjerke``) that a verb after it goes on from,
    where the parser coordinated the verb with the speech before the attribution (``- De har vært ..., sier Bjerke,
    og påpeker at``: not "De"); ``start`` is where the attribution begins (0 where there is none: then None)."""
    head = verb.head
    if not start or verb.dep_ not in COORDINATED or head.idx >= start \
            or any(c.dep_ in DEP_LABELS["subject"] for c in verb.children):
        return None
    said = next((c for c in head.children if c.dep_ in ("PAR", "parataxis") and head.i < c.i < verb.i), None)
    if said is None or any(t.morph.get("Tense", []) for t in verb.doc[said.i + 1:verb.i]):
        return None  # "sier Kari Lunde når avisen ringer og forteller at": the verb goes on from "ringer"
    return next((c for c in said.children if c.dep_ in DEP_LABELS["subject"]), None)
