"""Display boxes signed with their source: a short paragraph in the first or second person followed by a line that is
nothing but a person's name or a definite person noun (``Hvis du skal drepe deg selv, får du drepe meg også,
mamma.`` / ``Cathrine``; ``Vi er noen sta jævler som vil leve.`` / ``Søsteren``), as feature pages print a pull
quote with its speaker under it. quotes-dev GUIDELINES: a box is a direct quote without a cue, its speaker the one
its source line names (the box in a07 with the heading that names its source)."""

from __future__ import annotations

from spacy.tokens import Span

from ..reading import Paragraph
from .person_nouns import kin_or_person
from .postposed import SENTENCE_END
from .speakers import ArticleContext
from .types import FIRST_PERSON, Quote, Speaker, lower_start, lstrip_span, make_quote, rstrip_span

BOX_MAX_WORDS = 40  # a pull quote is a sentence or two
BOX_MAX_SENTENCES = 2
SOURCE_LINE_MAX_TOKENS = 3  # "Cathrine", "Søsteren", "Olav Mulelid"


def signed_boxes(article: ArticleContext, quotes: list[Quote]) -> list[Quote]:
    """The boxes of the article that a source line signs and that no rule has quoted: direct quotes of the person the
    line names (in the fullest form the article gives) or of the person noun it is (``søsteren``)."""
    taken = {q.paragraph for q in quotes}
    paragraphs = article.paragraphs
    found = []
    for box, line, after in zip(paragraphs, paragraphs[1:], paragraphs[2:]):
        if box.index in taken or line.index in taken or not _boxed(article, box):
            continue
        speaker = _source_line(article, line)
        if speaker is None or not after.text.strip():
            continue
        start = lstrip_span(article.text, box.start, box.end)
        end = rstrip_span(article.text, start, box.end)
        if end > start:
            found.append(make_quote(article, box, start, end, "direct", speaker, None, absolute=True))
    return found


def _boxed(article: ArticleContext, box: Paragraph) -> bool:
    """A paragraph that can be a pull quote: one or two sentences in someone's own words (the first or second
    person), no dash or quote marks of its own (those are quotes the other rules read), not a question put."""
    text = box.text.strip()
    if not text or text[0] in "-–—«»\"“”" or text.endswith(("?", ":")):
        return False
    sentences = len(SENTENCE_END.findall(text))  # from the text: a pipeline without a parser sets no sentences
    return sentences <= BOX_MAX_SENTENCES and len(text.split()) <= BOX_MAX_WORDS \
        and FIRST_PERSON.search(text) is not None


def _source_line(article: ArticleContext, line: Paragraph) -> Speaker | None:
    """The speaker a source line under a box names: a person's name, all of the line, or one definite noun for a
    person (``Søsteren``, ``Læreren``); None for any other line (a crosshead ``Djevelen ved sengen``)."""
    span = article.doc.char_span(line.start, line.end, alignment_mode="expand")
    words = [t for t in span if not t.is_space] if span is not None else []
    if not words or len(words) > SOURCE_LINE_MAX_TOKENS or any(t.is_punct for t in words):
        return None
    named = article.doc[words[0].i:words[-1].i + 1]
    if all(t.ent_type_ == "PER" for t in words):
        return _named(article, named)
    if len(words) == 1 and words[0].is_title and kin_or_person(words[0]):
        return Speaker(lower_start(words[0].text), type="description")
    return None


def _named(article: ArticleContext, named: Span) -> Speaker | None:
    """The person of the article a name stands for, with the title and organisation the article gives."""
    person = article.coref.person_at(named) or article.person(named.text, named.start)
    return article.speaker_of(person) if person is not None else None
