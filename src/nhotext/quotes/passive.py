"""Reports in the passive (GUIDELINES: an agentless passive has no speaker): ``når det nå sies at``,
``Det hevdes at``, ``er det nemlig varslet at``; the source when a document is the place of the report
(``I dommen fra Jæren tingrett slås det fast at``: the court that wrote it, as ``står det i dommen``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..reading import Paragraph
from .clauses import clause_span, content_clause, with_second_clause
from .documents import document_noun
from .parse import INFINITIVE, asks, entity_end
from .reported import NEGATIONS, OPINION_LEMMAS, cue_forms, two_word_cues
from .reported import passive as passive_voice
from .speakers import ArticleContext
from .types import Quote, make_quote


def passive_report(article: ArticleContext, sent: Span, paragraph: Paragraph) -> Quote | None:
    """A report in the passive and its ``at``-clause, an indirect quote: a reporting verb (or one with its
    particle, ``slås fast``) in an ``-s`` form, or a participle under ``være``/``bli`` with a formal subject.
    Its speaker is null (quotes-dev GUIDELINES) unless a document is where it is said."""
    if not article.doc.has_annotation("DEP"):
        return None
    forms = cue_forms()
    for verb in sent:
        if (stated := _stated_in(article, verb, sent, paragraph)) is not None:
            return stated
        if verb.pos_ not in ("VERB", "ADJ") \
                or not _reporting(verb, forms) and not asks(verb):
            continue
        # a participle the tagger reads as an adjective too ("blir det slått fast at": NDT's perf-part)
        participle = "Part" in verb.morph.get("VerbForm", []) or "perf-part" in verb.morph.get("Ndt", [])
        if verb.pos_ == "ADJ" and not participle:
            continue
        # "ElBaradei ble spurt om hva han var mest stolt av": the one asked is the subject, who asks is not given
        asked = asks(verb) and passive_voice(verb)
        passive = "Pass" in verb.morph.get("Voice", [])
        if not passive and participle:
            passive = _formal_passive(verb)
        if not asked and (not passive or any(c.dep_ in ("SUBJ", "nsubj") and c.lower_ != "det"
                                             for c in verb.children)):
            continue
        if any(c.lower_ in SCARCELY for c in verb.children):
            continue  # "Påfallende lite spørres det om hva som er praktisk": how little is asked, no report
        if verb.dep_ in ("INFV", "xcomp") and verb.head.lower_ in WRITERS_MODALS:
            continue  # "det må understrekes at", "det skal sies at": the writer's own assertion, no one's report
        # the clause of content, or the one the treebank makes the real subject of an impersonal passive
        real_subject = (c for c in verb.children if c.dep_ == "PSUBJ" and c.pos_ in ("VERB", "AUX"))
        clause = content_clause(verb) or next(real_subject, None)
        if clause is None or not asked and not any(c.lower_ in ("at", "om") for c in clause.children):
            continue  # "Det har vært spekulert på om ...": whether, as "that"
        start, end = with_second_clause(verb, clause, sent, clause_span(clause, sent))
        if len(article.text[start:end].split()) < 3:
            continue
        source = _agent(article, verb) or _document_source(article, verb)
        return make_quote(article, paragraph, start, end, "indirect", source, verb.lower_, absolute=True)
    return None


SCARCELY = NEGATIONS | {"lite", "mindre", "sjelden"}  # a negation, or as good as one
WRITERS_MODALS = {"må", "måtte", "skal", "bør", "burde", "kan"}  # a passive of saying under one: the writer asserts
# ("det må understrekes at", "Her kan det nevnes at")


def _formal_passive(participle: Token) -> bool:
    """A participle under ``være``/``bli`` (``ble sagt``, ``er blitt hevdet``) whose auxiliaries have a formal
    ``det`` as subject (the parser labels it a subject or a formal one): ``Det ble opplyst at``."""
    auxiliaries: list[Token] = []
    token = participle
    while token.dep_ in INFINITIVE and token.head.i != token.i and len(auxiliaries) < 3:
        token = token.head
        auxiliaries.append(token)
    return any(a.lemma_.lower() in ("være", "bli") for a in auxiliaries) and any(
        c.lower_ == "det" and c.dep_ in ("FSUBJ", "expl", "SUBJ", "nsubj") for a in auxiliaries for c in a.children)


def _reporting(verb: Token, forms: frozenset[str]) -> bool:
    """A reporting verb by its lemma, alone or with the particle after it (``slår fast``); not an opinion verb, whose
    passive holds no one's position (``Det forventes at``, ``det antas at``)."""
    lemma = verb.lemma_.lower()
    if lemma in OPINION_LEMMAS:
        return False
    if lemma + "r" in forms or lemma + "er" in forms:
        return True
    particles = [c.lower_ for c in verb.children if c.i > verb.i and c.pos_ in ("ADV", "ADJ", "ADP")]
    return any(f"{lemma}{ending} {p}" in two_word_cues() for p in particles for ending in ("r", "er"))


def _agent(article: ArticleContext, verb: Token):
    """The agent of a passive report (``Det ble hevdet av forsvareren Kari Moe at``): its source, or None."""
    by = next((c for c in verb.children if c.lower_ == "av" and c.i > verb.i), None)
    obj = next((c for c in by.children if c.dep_ in ("PUTFYLL", "pobj")), None) if by is not None else None
    if obj is None:
        return None
    start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    return article.who(start, end) or article.described(start, end)


def _document_source(article: ArticleContext, verb: Token, places: tuple[str, ...] = ("i",)):
    """The writer of the document a passive report is placed in (``I dommen fra X slås det fast``; ``Der`` after a
    sentence that names it), or None."""
    for child in verb.children:
        if child.lower_ in places and (noun := next((c for c in child.children if document_noun(c)), None)) is not None:
            end = entity_end(article.doc, noun.right_edge.i + 1)  # the whole name the parse cut ("dommen fra
            return article.document(article.doc[noun.left_edge.i:end])  # Vestfold [tingrett]")
        if child.lower_ in ("i", "på") and verb.lemma_.lower() in ("stå", "hete"):
            placed = next((c for c in child.children if c.dep_ in ("PUTFYLL", "pobj")), None)
            if placed is not None and (placed.pos_ in ("NOUN", "PROPN") or placed.ent_type_):
                # "Det står på skiltet at", "Det står i Aftenposten at", "Det står i Grunnloven at"
                return article.placed_source(article.doc[child.i:placed.i + 1], placed)
    there = next((c for c in verb.children if c.lower_ in ("der", "her") and c.i < verb.i), None)
    if there is not None and there.sent.start > 0:  # "Rapporten ble lagt fram tirsdag. Der går det fram at": the
        before = article.doc[there.sent.start - 1].sent  # document the sentence before names
        noun = next((t for t in before if document_noun(t)), None)
        if noun is not None:
            return article.document(article.doc[noun.left_edge.i:entity_end(article.doc, noun.right_edge.i + 1)])
    return None


# verbs that place a statement in a text, with the particle some need: "Det står i rapporten at", "Det fremgår av
# dommen at", "Av notatet går det fram at", "Det kommer fram i brevet at"
STATED_IN = {"stå": (), "hete": (), "fremgå": (), "framgå": (), "gå": ("fram", "frem"), "komme": ("fram", "frem")}


def _stated_in(article: ArticleContext, verb: Token, sent: Span, paragraph: Paragraph) -> Quote | None:
    """An impersonal report placed in a document (GUIDELINES: documents): a verb of :data:`STATED_IN` with a formal
    ``det`` for subject, the document in a phrase with ``i``/``av``/``på`` and an ``at``-clause (the treebank's real
    subject, or the object): an indirect quote of the document's writer, or of the document as named."""
    particles = STATED_IN.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    if particles is None or particles and not any(c.lower_ in particles and c.i > verb.i for c in verb.children):
        return None
    formal = next((c for c in verb.children if c.lower_ == "det" and c.dep_ in ("FSUBJ", "expl", "SUBJ", "nsubj")),
                  None)
    clause = next((c for c in verb.children if c.dep_ in ("PSUBJ", "DOBJ", "obj", "ccomp", "csubj")
                   and any(g.lower_ == "at" and g.i < c.i for g in c.children)), None)
    source = _document_source(article, verb, ("i", "av", "på")) if formal is not None and clause else None
    if source is None or clause is None or formal is None:
        return None
    start, end = with_second_clause(verb, clause, sent, clause_span(clause, sent))
    if len(article.text[start:end].split()) < 3:
        return None
    # the cue: the verb with its formal subject and particle where they stand next to it ("står det", "det fremgår",
    # "går det fram"); a word between them leaves the verb alone
    words = {verb.i, formal.i, *(c.i for c in verb.children if c.lower_ in particles)}
    first = last = verb.i
    while first - 1 in words:
        first -= 1
    while last + 1 in words:
        last += 1
    cue = article.doc[first:last + 1].text.lower()
    return make_quote(article, paragraph, start, end, "indirect", source, cue, absolute=True)
