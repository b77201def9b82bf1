"""Who speaks a headline's dash quote (``- Har jobbet hardt``) or quote in marks (``«Vi er lei av å vente»``): the
speaker whose quote in the body says the same words, or the one person the ingress is about whom the body quotes
(quotes-dev GUIDELINES: only when the passage makes it evident)."""

from __future__ import annotations

import re

from ..coref import mentions_between
from ..text import key
from .speakers import ArticleContext
from .types import DASH_START, Quote, Speaker

_HEADLINE_TOPIC = re.compile(r"[^.!?:\n]{1,60}:\s*[-–—]\s")  # "Lærere i streik: – ..."
HEADLINE_MAX_WORDS = 10  # a headline quote: "- Lar oss ikke styre av fagbevegelsen" (5 until the seventh session)


def headline_speakers(article: ArticleContext, quotes: list[Quote]) -> None:
    """A quote with no source and no cue whose very words come again later with a speaker is that speaker's (a
    headline's ``- Åh, nå blir jeg varm!`` above the body's same answer); a headline dash quote (``- Har jobbet
    hardt``) is the speaker's whose quote in the body says the same words (``Albania og Kroatia har jobbet veldig
    hardt``: two thirds of its words' lemmas at least), else no one's (quotes-dev GUIDELINES: only when the passage
    makes it evident)."""
    def lemmas(start: int, end: int) -> set[str]:
        span = article.doc.char_span(start, end, alignment_mode="expand")
        return {(t.lemma_ or t.lower_).lower() for t in span or () if t.is_alpha}

    def shared(own: set[str], body: set[str]) -> int:
        # a headline's first word often keeps its form, unlemmatised ("Lagres aldri" / "Vi lagrer aldri"):
        # the same stem of five letters counts
        stems = {w[:5] for w in body if len(w) >= 5}
        return sum(w in body or len(w) >= 5 and w[:5] in stems for w in own)

    # the body's quotes with a speaker: attributed ones, and later ones going on from them without a cue
    bodies = [(q, lemmas(q.start, q.end)) for q in quotes if q.speaker is not None]
    keys = [key(q.text) for q in quotes]
    by_key: dict[str, list[Quote]] = {}
    for quote, words_key in zip(quotes, keys):
        by_key.setdefault(words_key, []).append(quote)
    for quote, words_key in zip(quotes, keys):
        words = quote.text.split()
        again = next((q.speaker for q in by_key[words_key] if q.start > quote.end and q.speaker is not None),
                     None) if quote.cue is None else None
        if quote.speaker is None and again is not None:  # "- Åh, no blir eg varm!" above the body's same answer
            quote.speaker = again
            continue
        paragraph = article.paragraphs[quote.paragraph].text
        # a headline in marks is the whole line ("«Vi er lei av å vente»"), as a dash headline opens its line
        marked = paragraph.strip().startswith(("«", '"')) and len(paragraph.strip()) <= len(quote.text) + 2
        # or a headline's topic before a colon and the dash ("Lærere i streik: – Vi har ikke noe valg")
        topic = quote.speaker is None and _HEADLINE_TOPIC.match(paragraph)  # (not a name label: "Haugland: - ...")
        before = article.paragraphs[quote.paragraph - 1].text.rstrip() if quote.paragraph > 0 else ""
        introduced_or_led = before.endswith(":") \
            or article.text[quote.end:article.paragraphs[quote.paragraph].end].strip(" :\u00a0»\"”") != ""
        if quote.kind != "direct" or quote.cue is not None or len(words) > HEADLINE_MAX_WORDS or introduced_or_led \
                or quote.text.rstrip()[-1:] in ".!?" or not (DASH_START.match(paragraph) or marked or topic):
            continue  # (a line after "Derfor sier forsvareren:" is the words it introduces, and words a caption goes
            # on from are its subject's: no headline)
        own = lemmas(quote.start, quote.end)
        matching = [(n, q) for q, body in bodies if own and (q.cue is not None or q.start > quote.end)
                    and (n := shared(own, body)) >= 2 * len(own) / 3]
        # the most words shared; of as many, the body after the heading first (a crosshead tells what follows:
        # "- Jeg tenker mye" above "- Jeg er ingen normal 13-åring. Jeg tenker mange dype tanker", not an answer
        # before it that has "jeg" and "mye"), nearest first
        best = min(matching, key=lambda m: (-m[0], m[1].start < quote.start, abs(m[1].start - quote.start)),
                   default=None)
        said = best[1].speaker if best is not None else None
        quote.speaker = said or ingress_person(article, quote, [q.speaker for q, _ in bodies if q.cue is not None])


def ingress_person(article: ArticleContext, headline: Quote, speakers: list) -> Speaker | None:
    """The person the paragraph after a headline quote is about (its first subject), when the body quotes that
    person (GUIDELINES: the ingress names the one person the text is about: ``- Moro å bli farmor igjen`` /
    ``Marianne Solberg Behn gleder seg over ...``)."""
    if headline.paragraph + 1 >= len(article.paragraphs):
        return None
    ingress = article.paragraphs[headline.paragraph + 1]
    subject = next((m.person for m in mentions_between(article.coref.mentions, ingress.start, ingress.end)
                    if m.subject and not m.quoted), None)
    name = article.speaker_of(subject).name if subject is not None else None
    return next((s for s in speakers if s is not None and s.name == name), None)
