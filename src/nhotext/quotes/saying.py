"""Nouns of saying as cues: ``bekreftelsen fra USA om at ...``, ``Sponheims tanker om at ...``, ``Beskjeden er at
...`` (its source from the sentence before or a possessive), and ``«...», er beskjeden fra X`` after the words."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .. import lexicon
from ..coref import genitive
from ..lexicon import DEP_LABELS, saying_nouns
from ..reading import Paragraph
from .clauses import QUESTION_WORDS, clause_span
from .parse import subject_of
from .reported import OWN, WRITER, _source
from .speakers import ArticleContext
from .types import Quote, Speaker, clause_end, make_quote, rstrip_span

# ", er beskjeden fra Grimstad", "«...», er kommentaren fra X": a noun of saying and its source after the words
SAID_NOUN_FROM = r",\s*(?:er|var)\s+(?P<cue>[a-zæøå]+)\s+fra\s+"


def saying_noun(token: Token) -> bool:
    """A noun of saying; also a capitalised one the tagger read as a name at a sentence start (``Beskjeden er at``)."""
    if token.pos_ == "NOUN":
        return (token.lemma_.lower() or token.lower_) in saying_nouns()
    word = token.lower_
    return token.pos_ == "PROPN" and bool(token.is_sent_start) and any(
        word.endswith(e) and word[:-len(e)] in saying_nouns() for e in ("en", "a", "et", "n"))


def saying_noun_at(article: ArticleContext, offset: int) -> bool:
    """Whether the word at ``offset`` in the article is a noun of saying."""
    noun = article.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return noun is not None and len(noun) > 0 and saying_noun(noun[0])


ANSWERING = {"svar", "svare", "svarer", "svarte"}  # an answer to a question, by lemma (and forms left unlemmatised)
GIVING_VERBS = {"gi", "sende", "komme", "uttrykke"}  # "gir beskjed om at", "sendte melding om at", "kom med en
# advarsel om at", "uttrykker bekymring for at"


def saying_noun_clause(article: ArticleContext, sent: Span, paragraph: Paragraph,
                       last: Speaker | None) -> Quote | None:
    """``bekreftelsen fra USA om at ...``, ``Sponheims tanker om at ...``: a noun of saying with its
    source written beside it (a genitive, or ``fra X``) and its content after ``om at``/``på at``."""
    doc = article.doc
    for noun in sent:
        # "som svar på et spørsmål om han har det vondt", "På spørsmålet om hvem ..., svarer 52 prosent": a question
        # put and answered (GUIDELINES, b03), not a topic ("redusert til et spørsmål om hva som er best")
        asked = (noun.lemma_.lower() or noun.lower_) == "spørsmål" and noun.pos_ == "NOUN" and noun.i + 2 < sent.end \
            and noun.head.lower_ == "på" and (noun.head.head.lemma_.lower() or noun.head.head.lower_) in ANSWERING \
            and doc[noun.i + 1].lower_ == "om" and (doc[noun.i + 1].pos_ == "SCONJ" or doc[noun.i + 2].lower_ in
                                                    QUESTION_WORDS)  # a clause, not "spørsmålet om skatt"
        if not saying_noun(noun) and not asked or (noun.i > sent.start and doc[noun.i - 1].lower_ in OWN or any(
                c.lower_ in OWN for c in noun.lefts)) and not article.coref.in_quote(noun.idx):
            continue  # "Min påstand er at", "Vår første tanke er at": the writer's own claim
        i, source = noun.i + 1, None
        if i < sent.end and doc[i].lower_ == "fra":  # "bekreftelsen fra USA"
            j = i + 1
            while j < sent.end and doc[j].lower_ not in ("om", "på") and j - i < 6 and not doc[j].is_punct:
                j += 1
            source, i = (doc[i + 1].idx, doc[j - 1].idx + len(doc[j - 1])), j
        copula = i + 1 < sent.end and doc[i].lemma_.lower() == "være" and doc[i + 1].lower_ == "at" \
            and noun.dep_ in ("SUBJ", "nsubj")  # "Begrunnelsen var at ...", "Beskjeden er at ..."
        # "med den begrunnelse at": the clause right after the noun, the reason given by the one acting
        acting = next((a for a in noun.head.ancestors if a.pos_ == "VERB"), None) if noun.head.lower_ == "med" else None
        bare = i < sent.end and doc[i].lower_ == "at" and acting is not None  # (the parse may hang "med" on a noun)
        if bare:
            i -= 1  # as if "om" stood before the "at"
        elif not copula and not asked and not (i + 1 < sent.end and doc[i].lower_ in _content_prepositions(noun)
                                               and doc[i + 1].lower_ == "at"):
            continue
        owner = _owner(noun)
        if source is None and owner is not None:
            # "Sponheims tanker"; a common noun without its genitive s ("rettens syn på at": retten)
            common = owner.pos_ == "NOUN" and owner.lower_.endswith("s") and not owner.lower_.endswith("ss")
            source = (owner.idx, owner.idx + len(owner) - common)
        giver = noun.head if noun.dep_ in ("DOBJ", "obj") and noun.head.lemma_.lower() in GIVING_VERBS else (
            acting if bare else None)
        subject = subject_of(giver) if giver is not None else None
        if source is None and giver is not None and subject is not None and subject.lower_ not in WRITER:
            # "Politiet gir beskjed om at": the giver is the source; an inverted subject up to the noun's phrase,
            # however the parse splits it ("ga både statsråd X, talsmann Y og Z klart uttrykk for at": "både" and
            # "X" subjects, "Y" an object)
            words = list(subject.subtree)
            if giver.i < subject.i < noun.left_edge.i and not any(
                    t.pos_ in ("VERB", "AUX") for t in doc[subject.i:noun.left_edge.i]):
                words = list(doc[subject.left_edge.i:noun.left_edge.i])
            source = (words[0].idx, words[-1].idx + len(words[-1]))
        # "fikk Olav melding om at": a message received, its sender unnamed (GUIDELINES: speaker null)
        received = noun.dep_ in ("DOBJ", "obj") and noun.head.lemma_.lower() in ("få", "motta")
        if source is None and not copula and not received and not asked:
            continue
        verb = doc[i + 1].head  # the clause "at" introduces, as the parse gives it
        if verb.i > i + 1 and verb.pos_ in ("VERB", "AUX"):
            start, end = clause_span(verb, sent)
        else:
            start = doc[i + 2].idx if i + 2 < sent.end else sent.end_char
            end = rstrip_span(article.text, start, clause_end(article.text, start, sent.end_char), keep_stop=False)
        owner_person = article.person(owner.text, owner.i) \
            if owner is not None and source is not None and source[0] == owner.idx else None
        # "Gånevs påstander om at": the possessor is the source here (who() leaves possessors out)
        who = article.speaker_of(owner_person) if owner_person is not None else _possessive(article, noun) or (
            _source(article, *source, last) if source is not None else None)
        if who is not None and owner is not None and who.name == owner.text and owner.text.endswith("s"):
            who = replace(who, name=owner.text[:-1])  # "Velstands-Norges krav": the owner without its genitive
        if who is None and copula and (before := _source_before(sent)) is not None:
            who = _source(article, before[0], before[1], last)  # "Det er politiet. Beskjeden er at"
        if who is None and not (copula or received or asked) or len(article.text[start:end].split()) < 3:
            continue  # "Begrunnelsen var at" with no one named: a report without a source (speaker null)
        return make_quote(article, paragraph, start, end, "indirect", who, noun.text, absolute=True)
    return None


def _content_prepositions(noun: Token) -> tuple[str, ...]:
    """The prepositions before the ``at`` of a noun of saying's content: ``om``/``på``, ``for`` after ``uttrykk``
    (``ga klart uttrykk for at``), ``for``/``over`` after ``bekymring``."""
    lemma = noun.lemma_.lower() or noun.lower_
    return ("for",) if lemma == "uttrykk" else ("for", "over") if lemma == "bekymring" else ("om", "på")


def _owner(noun: Token) -> Token | None:
    """The genitive before a noun of saying, also past adjectives (``Sponheims tanker``, ``barnekomiteens klare
    beskjed``)."""
    k = noun.i - 1
    while k > noun.sent.start and noun.doc[k].pos_ == "ADJ" and noun.i - k <= 2:
        k -= 1
    return noun.doc[k] if k >= noun.sent.start and genitive(noun.doc[k]) else None


def _source_before(sent: Span) -> tuple[int, int] | None:
    """The one the sentence before a copula's noun of saying names as acting: what ``Det er`` presents (``Det er
    politiet. Beskjeden er at``) or an organisation as its subject (``... valgte domstolen at ... Begrunnelsen var
    at``); not a person who received the message (``får han en telefon``). Its character span."""
    doc = sent.doc
    k = sent.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k < 0:
        return None
    root = doc[k].sent.root
    subject = next((c for c in root.children if c.dep_ in DEP_LABELS["subject"]), None)
    if subject is not None and subject.lower_ == "det" and root.lemma_.lower() == "være":
        found = next((c for c in root.children if c.dep_ in ("SPRED", "attr") and c.pos_ in ("NOUN", "PROPN")), None)
    elif subject is not None and (subject.ent_type_ in ("ORG", "GPE_ORG") or lexicon.org_noun_kinds(subject.lower_)):
        found = subject
    else:
        return None
    if found is None:
        return None
    words = [t for t in found.subtree if not t.is_punct]
    return (words[0].idx, words[-1].idx + len(words[-1])) if words else None


POSSESSIVES = {"hans": "m", "hennes": "f"}


def _possessive(article: ArticleContext, noun: Token) -> Speaker | None:
    """``Hennes oppfatning er at``: the person a possessive pronoun before the noun of saying stands for."""
    owner = noun.doc[noun.i - 1] if noun.i > 0 else None
    if owner is None or owner.lower_ not in POSSESSIVES:
        return None
    mention = article.coref.antecedent(owner.idx, POSSESSIVES[owner.lower_])
    return article.speaker_of(mention.person) if mention is not None else None
