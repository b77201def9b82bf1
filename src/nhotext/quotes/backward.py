"""A report named after its content, as Norwegian news writes it: ``En mann ble pågrepet natt til lørdag. Det opplyser
politiet til NTB.`` The second sentence opens with ``Det``/``Dette`` as the fronted object of a verb of saying, whose
subject follows it; the sentence before is what the source said (an indirect quote, its words not in marks)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import DEP_LABELS
from .parse import title_before_name
from .person_nouns import someone
from .reported import NEGATIONS, WRITER, _source, cue_forms
from .speakers import ArticleContext
from .types import Quote

ANAPHORS = {"det", "dette"}
SUBJECT = tuple(DEP_LABELS["subject"])


def _backward_cue(sent: Span) -> tuple[Token, Token] | None:
    """The cue and its subject of a sentence ``Det opplyser politiet (til NTB).``, else None."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 3 or words[0].lower_ not in ANAPHORS or words[0].dep_ not in ("DOBJ", "obj", *SUBJECT):
        return None  # the object, or a second subject the parser gave the verb ("Dette bekrefter rådmann Kari Moe")
    verb = words[1]
    if verb.i != words[0].head.i or verb.lower_ not in cue_forms() or any(c.lower_ in NEGATIONS for c in verb.children):
        return None  # "Det sa hun aldri": denied, not reported
    subject = next((c for c in verb.children if c.dep_ in SUBJECT and c.i > verb.i), None)
    if subject is None:
        # "Det bekrefter Arsenal.": the parser made "Det" the subject and the source its object (or both objects:
        # "Det opplyser foreningen i en pressemelding.")
        subject = next((c for c in verb.children if c.dep_ in ("DOBJ", "obj") and c.i == verb.i + 1
                        and (c.pos_ in ("PROPN", "NOUN") and someone(c) or c.pos_ == "VERB" and title_before_name(c))),
                       None)  # also a title the tagger read as a verb ("Det sier ordfører Elin Strand")
    if subject is None or subject.lower_ in WRITER or subject.lower_ in ANAPHORS:
        return None
    return verb, subject


def backward_reports(article: ArticleContext, quotes: list[Quote]) -> list[Quote]:
    """The sentences a following ``Det opplyser X.`` attributes, where no quote covers them yet."""
    if not article.doc.has_annotation("DEP"):
        return []  # a pipeline without a parser
    found: list[Quote] = []
    sentences = [s for s in article.doc.sents if s.text.strip()]
    for before, sent in zip(sentences, sentences[1:]):
        cue = _backward_cue(sent)
        if cue is None:
            continue
        verb, subject = cue
        words = [t for t in before if not (t.is_space or t.is_punct)]
        last = next((t for t in reversed(before) if not t.is_space), None)
        if len(words) < 4 or last is None or last.text not in (".", "!") or not any(
                t.pos_ in ("VERB", "AUX") and t.morph.get("Tense", []) for t in words):
            continue  # a headline, a question or a fragment is no statement reported
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        if any(q.start < end and start < q.end for q in quotes):
            continue  # a dash quote or words in marks: attributed already ("- ... Det sa Camila Vallejo")
        phrase = list(subject.subtree)
        who = _source(article, phrase[0].idx, phrase[-1].idx + len(phrase[-1]), None)
        if who is None:
            continue
        paragraph = next((p for p in article.paragraphs if p.start <= start < p.end), None)
        found.append(Quote(article.text[start:end], start, end, "indirect", who, verb.lower_,
                           paragraph.index if paragraph is not None else 0))
    return found
