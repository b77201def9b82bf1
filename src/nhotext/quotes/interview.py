"""Interviews whose questions are printed as the paper's own paragraphs (in bold, without a dash: ``Hvordan ser din
perfekte søndag ut?``) and whose answers are dash paragraphs: each answer is the interviewee's, the person the
article names most, or the one person it names before the first question (a headline's ``Halvdan Sivertsen vil
redde et flygel``). quotes-dev GUIDELINES: an answer in an interview gets the interviewee. The answers to questions
printed as dash paragraphs (:func:`interview_answers`), also to the interviewee named only after them. Also whether
speech or a question names or speaks about a person, who is then not its speaker (:func:`names_person`,
:func:`talked_about`)."""

from __future__ import annotations

import re

from ..coref import PERSON_PRONOUNS, mentions_between
from ..lexicon import POSSESSIVE_PRONOUNS, cue_pattern
from .relations import kin
from .speakers import ArticleContext
from .types import SECOND_PERSON, Quote, Speaker

# interviews whose questions need no "du" ("Hva har vært det verste?"): at least this many questions of the paper's,
# each answered by a dash paragraph
ANSWERED_QUESTIONS = 2


def _asked(text: str) -> bool:
    stripped = text.strip()
    return stripped.endswith("?") and stripped[:1] not in "-–—«\""


def _printed_question(text: str) -> bool:
    """A paragraph of the paper's that asks its interviewee: a question in the second person, not a dash quote."""
    return _asked(text) and SECOND_PERSON.search(text) is not None


def printed_questions(article: ArticleContext) -> frozenset[int]:
    """The paragraphs (indexes) that are the paper's questions to its interviewee: one in the second person, and, in
    an article with :data:`ANSWERED_QUESTIONS` or more questions of its own each answered by a dash paragraph, every
    such question (``Hva har vært det verste?`` / ``- Å sitte hjemme ...``). Found once per article."""
    found = article.question_paragraphs
    if found is None:
        paragraphs = article.paragraphs
        answered = [k for k in range(len(paragraphs) - 1) if _asked(paragraphs[k].text)
                    and paragraphs[k + 1].text.lstrip()[:1] in "-–—"]
        found = frozenset(answered if len(answered) >= ANSWERED_QUESTIONS else ()) | frozenset(
            k for k, p in enumerate(paragraphs) if _printed_question(p.text))
        article.question_paragraphs = found
    return found


def answers_printed_question(article: ArticleContext, quote: Quote) -> bool:
    """Whether ``quote`` opens the paragraph right after a question the paper prints as its own (an answer, not a
    quote the next paragraph's person says: ``Hvordan vil du møte kuttene?`` / ``- Vi må prioritere.`` / ``Tidligere
    rektor Dag Rune Olsen sier ...``)."""
    return quote.paragraph > 0 and quote.paragraph - 1 in printed_questions(article)


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
    questions = printed_questions(article)
    if not questions:
        return
    asked_at = paragraphs[min(questions)].start
    interviewee = _interviewee(article, asked_at)
    if interviewee is None:
        return
    for quote in quotes:
        k = quote.paragraph
        if quote.cue is not None or quote.kind != "direct" or k == 0 or quote.text.rstrip().endswith("?"):
            continue
        before = paragraphs[k - 1].text.strip()
        if quote.speaker is not None and not _printed_question(before):
            continue  # a dash paragraph going on from its speaker; not one answering the paper's "du" (a question
            # without it may ask whoever spoke last: "Hva ville barnevernet gjort?" to the agency's expert)
        # once the paper asks its interviewee, a short question of its own asks too ("Hvorfor?")
        if k - 1 in questions or _asked(before) and paragraphs[k - 1].start > asked_at:
            quote.speaker = interviewee


def names_person(text: str, speaker: Speaker) -> bool:
    """Whether ``text`` names the person ``speaker`` by a word of their name (``Harald`` for Harald Zwart):
    someone the speech is about, since a speaker rarely names themself; not in a sentence that attributes the
    speech to them (``Dette forteller angrepsspiller Bernt Hulsker``)."""
    if speaker.type != "person":
        return False
    words = {w for w in speaker.name.split() if len(w) > 1 and w[0].isupper()}
    for word in words:
        if word not in text:
            continue  # the cheap test first: a pattern a name, compiled anew when the cache has moved on
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?:s|'s|')?(?!\w)", text):
            sentence = text[:m.start()].rsplit(".", 1)[-1]
            if not cue_pattern().search(sentence):
                return True
    return False


def spoken_of(article: ArticleContext, text: str, index: int, narrative: Speaker, voice: Speaker | None) -> bool:
    """Whether a dash paragraph's ``text`` (paragraph ``index``) after a narrative paragraph that names no one but
    ``narrative`` speaks of that person in its first sentence, by a pronoun of their gender, in the first person (``I
    1982 vurderte Justin å komme ut.`` / ``- Jeg mente han burde vente ...``): ``voice``, who spoke the dash
    paragraphs before, goes on speaking about them."""
    if voice is None or voice.type != "person" or narrative.type != "person" or voice.name == narrative.name \
            or index == 0 or narrative.gender not in ("male", "female"):
        return False
    words = set(re.findall(r"\w+", re.split(r"[.!?]", text, maxsplit=1)[0].lower()))
    # a pronoun of the person's gender ("male" -> "m": han, ham, hans)
    if not (words & {"jeg", "vi"} and any(PERSON_PRONOUNS.get(w) == narrative.gender[0] for w in words)):
        return False
    previous, person = article.paragraphs[index - 1], article.person(narrative.name)
    return person is not None and all(m.person is person for m in mentions_between(article.coref.mentions,
                                                                                   previous.start, previous.end)
                                      if m.kind != "pronoun")


def talked_about(article: ArticleContext, question: str, narrative: Speaker) -> bool:
    """Whether an interviewer's question speaks about the person the narrative set up, by a word of their name or
    by the relation they were introduced with (``sønnen hans Odin`` / ``sønnen din``): the answer is not theirs."""
    if narrative.type != "person":
        return False
    if names_person(question, narrative):
        return True
    asked_relations = {kin(w.lower()) for w in re.findall(r"\w+", question)} - {None}
    doc = article.doc
    for span in article.person_spans:
        person = article.coref.person_at(span)
        if person is None or person.name != narrative.name or span.start == 0:
            continue
        before = span.start - 1
        if before > 0 and doc[before].lower_ in POSSESSIVE_PRONOUNS:
            before -= 1  # "sønnen hans Odin"
        if kin(doc[before].text) in asked_relations:
            return True
    return False


def interview_answers(article: ArticleContext, quotes: list[Quote]) -> None:
    """An interview's answers: a dash quote with no source right after an interviewer's question is the
    interviewee's, the person the article names most often (``Hvor mange tilbud har du fått?`` / ``- Jeg
    har fått fire.``), when nothing before it in the article set up a speaker; an interviewee named only after the
    first answers (``- ...`` / ``Det forteller Kari Nordmann.``) answers those too (GUIDELINES: the fullest form
    anywhere, also when given only later)."""
    main = article.coref.most_named()
    answering = False
    interviewee = article.speaker_of(main) if main is not None else None
    answers = [False] * len(quotes)  # answers to an interviewer's question, and their dash paragraphs after
    for k, (before, quote) in enumerate(zip(quotes, quotes[1:]), start=1):
        if before.cue is not None and before.speaker is not None and before.kind == "direct":
            interviewee = before.speaker  # the one quoted last: "- ..., sier Cathrines far." / "- Var hun ...?"
        # the question may go on with a narrative sentence ("- Men er du pompøs? Erik Poppe har reist seg ...")
        # a question, also one that opens with a statement ("- Vatikanstaten ligger i Roma. Hvordan preges ...?")
        asked = _asking(before)
        addressed = _addressee(article, before) if asked else None
        if addressed is not None:  # "- Kenneth, er følelsen i NHL at ...?" / "- Definitivt. ...": Kenneth answers
            interviewee = addressed
        unattributed = quote.speaker is None and quote.cue is None and _QUESTION.match(quote.text) is None \
            and not (quote.text.rstrip().endswith("?") and SECOND_PERSON.search(quote.text))  # "Nå har dere ...?"
        # an answer goes on in the next dash paragraph without a source ("- Ja. ..." / "- Og så ...")
        answering = unattributed and (asked or answering and quote.start - before.end < 400)
        answers[k] = answering or asked and not _asking(quote)  # (an answer with a source too)
        if answering:
            quote.speaker = interviewee
        elif unattributed and before.cue is not None and before.speaker is not None and before.kind == "direct" \
                and quote.start - before.end < 400 and article.text[:quote.start].rstrip()[-1:] in "-–—" \
                and not quote.text.rstrip().endswith("?"):
            # a dash quote that goes on from a mixed quote found after the paragraphs ("Olsen sa til ei avis at det
            # var «...»" / "- Vi kunne ikke ha fortsatt ...")
            quote.speaker = before.speaker
    later: Speaker | None = None  # the answerer named next in the same run of questions and answers
    for k in range(len(quotes) - 1, 0, -1):
        quote = quotes[k]
        if _asking(quote):
            continue  # the interviewer's question: the run goes on
        if not answers[k]:
            later = None
        elif quote.speaker is None:
            quote.speaker = later
        else:
            later = quote.speaker


def _asking(quote: Quote) -> bool:
    """An interviewer's question: no source, no cue, and a question (also one opening with a statement)."""
    return quote.speaker is None and quote.cue is None and (
        _QUESTION.match(quote.text) is not None or quote.text.rstrip().endswith("?"))


_QUESTION = re.compile(r"(?:[^.!?]|\.(?=\s+[a-zæøå\d]))*\?")  # a quote whose first sentence asks ("til 22. juli?")
_VOCATIVE = re.compile(r"^(?P<first>[^\W\d_][\w-]*),[\s\u00a0]|,[\s\u00a0]+(?P<last>[^\W\d_][\w-]*)\?$")


def _addressee(article: ArticleContext, question: Quote) -> Speaker | None:
    """The person a question calls by name (``Kenneth, er følelsen ...?``, ``Hvorfor det, Espen?``), a name
    the recogniser takes for a person's, in its fullest form in the article."""
    vocative = _VOCATIVE.search(question.text)
    if vocative is None:
        return None
    group = "first" if vocative.group("first") else "last"
    start, end = question.start + vocative.start(group), question.start + vocative.end(group)
    name = article.doc.char_span(start, end)
    if name is None or any(t.ent_type_ != "PER" for t in name):
        return None
    return article.who(start, end)
