"""Interviews whose questions are printed as the paper's own paragraphs (in bold, without a dash: ``Hvordan ser din
perfekte søndag ut?``) and whose answers are dash paragraphs: each answer is the interviewee's, the person the
article names most, or the one person it names before the first question (a headline's ``Halvdan Sivertsen vil
redde et flygel``). quotes-dev GUIDELINES: an answer in an interview gets the interviewee."""

from __future__ import annotations

from .speakers import ArticleContext
from .types import SECOND_PERSON, Quote, Speaker


def _printed_question(text: str) -> bool:
    """A paragraph of the paper's that asks its interviewee: a question in the second person, not a dash quote."""
    stripped = text.strip()
    return stripped.endswith("?") and stripped[:1] not in "-–—«\"" and SECOND_PERSON.search(stripped) is not None


def answers_printed_question(article: ArticleContext, quote: Quote) -> bool:
    """Whether ``quote`` opens the paragraph right after a question the paper prints as its own (an answer, not a
    quote the next paragraph's person says: ``Hvordan vil du møte kuttene?`` / ``- Vi må prioritere.`` / ``Tidligere
    rektor Dag Rune Olsen sier ...``)."""
    return quote.paragraph > 0 and _printed_question(article.paragraphs[quote.paragraph - 1].text)


def _interviewee(article: ArticleContext, before: int) -> Speaker | None:
    """The person the article names most, else the one person it names before character ``before``."""
    main = article.coref.most_named()
    if main is not None:
        return article.speaker_of(main)
    named = {id(m.person): m.person for m in article.coref.mentions
             if m.kind == "name" and not m.quoted and m.start < before}
    return article.speaker_of(next(iter(named.values()))) if len(named) == 1 else None


def printed_interview(article: ArticleContext, quotes: list[Quote]) -> None:
    """Give the interviewee every dash answer with no source that follows a printed question (or goes on from
    such an answer in the next paragraph)."""
    paragraphs = article.paragraphs
    asked_at = next((p.start for p in paragraphs if _printed_question(p.text)), None)
    if asked_at is None:
        return
    interviewee = _interviewee(article, asked_at)
    if interviewee is None:
        return
    for quote in quotes:
        k = quote.paragraph
        if quote.speaker is not None or quote.cue is not None or quote.kind != "direct" or k == 0 \
                or quote.text.rstrip().endswith("?"):
            continue
        before = paragraphs[k - 1].text.strip()
        # once the paper asks its interviewee, a short question of its own asks too ("Hvorfor?")
        if _printed_question(before) or before.endswith("?") and before[:1] not in "-–—«\"" \
                and paragraphs[k - 1].start > asked_at:
            quote.speaker = interviewee
