"""The title and organisation an unnamed source is described by (``en talsmann for departementet``, ``partiets
valgstrateger``; quotes-dev GUIDELINES a07, a05)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..coref import genitive
from ..lexicon import normalize_title, org_noun_kinds
from .documents import EARLIER_WINDOW
from .org_lookup import org_of_phrase
from .titles import relation

TIES = ("for", "i", "ved", "hos")


def described_role(noun: Token, org_of: Callable[[Span], str | None]) -> tuple[str | None, str | None]:
    """(title, organisation) of a description whose head ``noun`` is a title tied to a body: after ``for``/``i``/
    ``ved``/``hos`` (``en talsmann for departementet``: the department described before, ``en talsperson for
    Meta``) or owned by it (``partiets valgstrateger``: the party named before). Only an indefinite or owned title
    (``fylkeslegen i Oslo`` is a role at a place); (None, None) where no body is found."""
    doc = noun.doc
    indefinite = any(c.lower_ in ("en", "ei", "et") for c in noun.lefts)
    owner = _owner(noun)
    title = _title(noun) if noun.pos_ == "NOUN" and (indefinite or owner is not None) and not relation(noun) else None
    if title is None:
        return None, None
    tie = next((c for c in noun.rights if c.lower_ in TIES and c.i == noun.i + 1), None)
    if tie is not None and tie.i + 1 < len(doc) and doc[tie.i + 1].ent_type_ == "PER" and owner is None:
        return title, None  # "en talskvinne for Kennedy": the one spoken for is a person, no body
    org = org_of_phrase(tie, org_of) if tie is not None else None
    if owner is not None:  # a body, or a country the source speaks for ("Kasakhstans London-ambassadør"; GUIDELINES)
        org = org or org_of(doc[owner.i:owner.i + 1]) or (owner.text[:-1] if owner.pos_ == "PROPN" else None)
    body = next((c for c in tie.children if org_noun_kinds(c.lower_) is not None), None) if tie else None
    if org is None and body is not None:  # a body the article described before, unnamed ("Det nordkoreanske
        # utenriksdepartementet protesterte ..." / "en talsmann for departementet")
        earlier = next((t for t in reversed(doc[max(0, body.i - EARLIER_WINDOW):body.i])
                        if t.lower_.endswith(body.lower_) and t.pos_ in ("NOUN", "PROPN")), None)
        org = doc.text[earlier.left_edge.idx:earlier.idx + len(earlier)] if earlier is not None else None
    return (title, org) if org is not None else (None, None)


def _owner(noun: Token) -> Token | None:
    """A body or a named owner in the genitive right before ``noun`` (``partiets``, ``Kasakhstans``; the parse's
    determiner in -s also before a capitalised noun, where :func:`genitive` wants a lower-case one)."""
    before = next((c for c in noun.lefts if c.i == noun.i - 1), None)
    if before is None or not (genitive(before) or before.dep_ in ("DET", "nmod:poss") and before.text.endswith("s")):
        return None
    named = before.ent_type_ or before.pos_ == "PROPN"
    return before if named or org_noun_kinds(before.lower_[:-1]) is not None else None


def _title(noun: Token) -> str | None:
    """The lexicon's title for ``noun`` (``valgstrateger`` by its lemma), or a prefixed title as written
    (``London-ambassadør``, ``FN-ambassadør``)."""
    title = normalize_title(noun.lower_) or normalize_title(noun.lemma_)
    if title is None and "-" in noun.text.strip("-") and normalize_title(noun.text.rpartition("-")[2]):
        return noun.text
    return title


def police_as_written(token: Token, end: int) -> str:
    """``politiet`` as a source no organisation of the article names: with the place its district is named by when
    one follows before ``end`` (``Politiet i Bergen opplyser``: ``Politiet i Bergen``, as GUIDELINES' gold writes
    ``politiet i Bergen``), else ``Politiet``."""
    doc = token.doc
    place = doc[token.i + 2] if token.i + 2 < end and doc[token.i + 1].lower_ in ("i", "på") else None
    if place is None or not place.is_title or place.ent_type_ not in ("GPE_LOC", "GPE", "LOC", "GPE_ORG"):
        return "Politiet"
    last = place.i
    while last + 1 < end and doc[last + 1].ent_iob_ == "I":
        last += 1
    return f"Politiet {doc[token.i + 1:last + 1].text}"
