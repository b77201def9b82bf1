"""Relation nouns as speakers: ``sier moren`` is the person the article introduced as someone's mother
(``Espens mor, Anne Grete,``; ``pappa Tore``), not an unnamed source, when it introduced one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from ..lexicon import noun_bases

# Kin nouns and the relation each names (``pappa`` and ``far`` the same one); not ``mann`` (also "a man").
KIN = {"far": "father", "pappa": "father", "mor": "mother", "mamma": "mother", "sønn": "son", "datter": "daughter",
       "bror": "brother", "søster": "sister", "kone": "wife", "ektemann": "husband", "kjæreste": "partner",
       "samboer": "partner", "bestefar": "grandfather", "bestemor": "grandmother", "onkel": "uncle", "tante": "aunt"}


def kin(word: str) -> str | None:
    """The relation a kin noun names in any singular form (``faren``, ``mora``, ``kona``, ``pappaen``), else None."""
    return next((KIN[base] for base in noun_bases(word.lower()) if base in KIN), None)


def introduced_relative(token: Token, spans: Sequence[Span], person_at: Callable[[Span], object]):
    """The person last introduced before ``token`` by the relation ``token`` names: right after the kin noun
    (``pappa Tore``) or set off after it (``Espens mor, Anne Grete``); None if there is none."""
    relation = kin(token.text)
    if relation is None:
        return None
    doc, found = token.doc, None
    for span in spans:
        if span.start >= token.i:
            break
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.text == "," and span.start > 1:
            before = doc[span.start - 2]
        if before is not None and kin(before.text) == relation:
            found = span
    return person_at(found) if found is not None else None
