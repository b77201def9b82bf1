"""Questions the attribution asks of the dependency parse about a word at a character offset."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..coref import genitive
from ..lexicon import ORG_NOUNS, PRONOUNS, UNNAMED, definite_title


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def main_clause(doc: Doc, offset: int) -> bool:
    """Whether the word at ``offset`` belongs to its sentence's main clause (its head is the root):
    ``Anders Solheim`` in ``Anders Solheim forteller at alpinister som Aksel Lund Svindal følges opp``,
    not ``Aksel Lund Svindal``."""
    token = _token_at(doc, offset)
    if token is None:
        return False
    head = token.head
    return head.dep_ in ("ROOT", "root") or head.i == head.sent.root.i


def in_prepositional_phrase(doc: Doc, offset: int) -> bool:
    """Whether the name at ``offset`` is the object of a preposition (or a name part under it)."""
    token = _token_at(doc, offset)
    if token is None:
        return False
    while token.dep_ in ("FLAT", "flat", "flat:name") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("PUTFYLL", "pobj", "obl", "nmod") and token.head.pos_ == "ADP"


def possessor(token: Token) -> bool:
    """A name in the genitive before the noun it owns (``Espens respons``); not a genitive that ends
    the clause (``sier Haarders``, a misread)."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return genitive(token) and nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN") and not nxt.is_punct


def names_someone(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` names someone, resolvable or not (``kvinnen``, ``lederen i
    organisasjonen``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any((t.lower_ in PRONOUNS and t.pos_ in ("PRON", "")) or t.lower_ in UNNAMED or t.lower_ in ORG_NOUNS
               or t.ent_type_ or definite_title(t.text) for t in span)
