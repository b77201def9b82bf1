"""``de`` as a source: the group of people the pronoun takes up, described as written (``Sentralt i protestene står
Chiles fagforeninger. De er blant dem som krever at``), people named together (``Både Lars og Erik mener``), or an
organisation's members (``Utvalget sendte ut en pressemelding, der de beklager at``); never a single person."""

from __future__ import annotations

from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from ..lexicon import org_noun_kinds
from ..organizations.kinds import kind_from_pattern
from ..reading import Paragraph
from .parse import inverted_object
from .types import Speaker


class Article(Protocol):
    """What of :class:`~nhotext.quotes.speakers.ArticleContext` the group's antecedent reads."""

    doc: Doc
    coref: Any  # nhotext.coref.People of the article
    paragraphs: list[Paragraph]

    def _org_of_span(self, span: Span) -> str | None: ...

    def _joined(self, named: list[Span]) -> Speaker | None: ...

    def persons_in(self, start: int, end: int) -> list[Span]: ...

    def described(self, start: int, end: int) -> Speaker | None: ...


DASHES = ("-", "–", "—")


def _window(pronoun: Token, paragraphs: list[Paragraph]) -> tuple[int, int]:
    """The tokens in which the antecedent of ``pronoun`` is sought: this and the previous sentence. In a postposed
    attribution (``..., hvis Aker mister status ..., mener de.``) the words before are what is reported, not who
    reports it: the previous written sentence only, and before a dash paragraph the sentence before the paragraph
    (``Marija Suurpalo og Henna Pajunen synes ...`` / ``- Bygget er vakkert. ..., mener de to.``)."""
    doc = pronoun.doc
    start = pronoun.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    postposed = pronoun.i >= pronoun.sent.start + 2 and doc[pronoun.i - 2].text == "," \
        and doc[pronoun.i - 1].pos_ == "VERB"
    if not postposed:
        return start, pronoun.i
    paragraph = next((p for p in paragraphs if p.start <= pronoun.idx < p.end), None)
    opening = doc.char_span(paragraph.start, paragraph.end, alignment_mode="expand") if paragraph else None
    first = opening.start if opening else 0  # the paragraph's first token
    if opening and opening[0].text in DASHES and first >= 2:
        return doc[first - 2].sent.start, first
    # before the written sentence's start (the parser's sentences may run on)
    return start, next((t.i + 1 for t in reversed(doc[start:pronoun.i]) if t.text in (".", "!", "?")), start)


def group_antecedent(article: Article, pronoun: Token, again: bool = True) -> Speaker | None:
    """``de`` (and ``de to``): the plural subject of this or the previous sentence, described as written, people
    named together, or an organisation as subject (its members); never a single person. A subject ``De to`` is the
    group before it (once)."""
    doc = article.doc
    start, stop = _window(pronoun, article.paragraphs)
    for token in reversed(doc[start:stop]):
        # a plural the tagger took for a name at a sentence start ("Fagforeningene", "Fagforeninger") has no number
        plural = "Plur" in token.morph.get("Number", []) or token.is_sent_start and (
            token.lower_.endswith("ene") or not token.ent_type_ and token.lower_.endswith("er"))
        if (token.dep_ in ("SUBJ", "nsubj") or token.is_sent_start) and not plural and (
                token.ent_type_ in ("ORG", "GPE_ORG") or token.is_title and kind_from_pattern(token.text)):
            # an organisation's members: "Scenekunstutvalget sendte ..., der de beklager at" (also where the
            # parse, lost in a long dash-set relative, made it the root)
            return Speaker(article._org_of_span(doc[token.i:token.i + 1]) or token.text, None, None, "organization")
        if token.dep_ in ("SUBJ", "nsubj") and not plural and org_noun_kinds(token.lower_) is not None:
            # "Politiet har sikret seg ... De kan fastslå at": the body as written (GUIDELINES: "politiet"), or the
            # one the noun takes up ("Fortsatt har avisen ikke erklært ..., der de mener": New York Times)
            named = article._org_of_span(doc[token.i:token.i + 1])
            named = named if named is not None and named.casefold() != token.lower_ else None  # ("Politiet")
            return Speaker(named or token.lower_, None, None, "organization")
        # also the inverted subject the parser reads as an object ("men nå advarer flere eksperter mot")
        subject = token.dep_ in ("SUBJ", "nsubj") or token.dep_ in ("DOBJ", "obj") \
            and getattr(inverted_object(token.head), "i", None) == token.i
        together = [c for c in token.children if c.dep_ in ("KOORD", "conj") and c.ent_type_ == "PER"] \
            if subject and token.ent_type_ == "PER" else []
        if together and not article.coref.in_quote(token.idx):
            return article._joined([p for t in (token, *together) for p in article.persons_in(t.i, t.i + 1)])
        if subject and again and token.pos_ == "NUM" and any(c.lower_ == "de" for c in token.children):
            return group_antecedent(article, token, again=False)  # "De to har investert ..., forteller de"
        if subject and again and token.lower_ == "de" and token.pos_ == "PRON" and token.i < pronoun.i \
                and not article.coref.in_quote(token.idx):
            return group_antecedent(article, token, again=False)  # "De ser utilpass ut. ... De svarer at": the same
        if not subject or token.pos_ not in ("NOUN", "PROPN") or not plural or article.coref.in_quote(token.idx):
            continue
        # the noun with its modifiers, a prepositional one whole ("Fagforeninger på Aker universitetssykehus")
        end = max([token.i] + [c.right_edge.i for c in token.rights if c.dep_ in ("ATR", "amod", "nmod")])
        if end - token.left_edge.i >= 8:
            return None
        return article.described(token.left_edge.idx, doc[end].idx + len(doc[end]))
    return None
