"""Relation nouns as speakers: ``sier moren`` is the person the article introduced as someone's mother
(``Espens mor, Anne Grete,``; ``pappa Tore``), not an unnamed source, when it introduced one; a role noun stands for
the person given that role (:func:`role_holder`, :func:`titled_person`); and a title seen beside a person as someone
else (:func:`title_beside`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from ..coref import Mention, Person, genitive, mentions_between
from ..lexicon import normalize_title, noun_bases
from .titles import indefinite_form

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


def title_beside(token: Token, person: Person | None, mentions: Sequence[Mention]) -> bool:
    """Whether the title word of ``token`` stood before in a sentence that also names ``person`` (``Dommeren tok ikke
    hensyn til Gabrieles forsvarer``): two people, so a later ``Dommeren slo fast`` is not that person under another
    name."""
    if person is None:
        return False
    for earlier in token.doc[:token.i]:
        if earlier.lower_ == token.lower_ and any(
                m.person is person and m.kind == "name"
                for m in mentions_between(mentions, earlier.sent.start_char, earlier.sent.end_char)):
            return True
    return False


def role_holder(token: Token, person_mentions: Sequence[tuple[int, Person]]) -> Person | None:
    """The person last mentioned before ``token`` who was given the role a definite noun no title lexicon holds names
    (one word of the role as written: ``kjøpmannen`` for ``kjøpmann og butikksjef Per Erik Landsvik``)."""
    base = indefinite_form(token)
    return next((person for position, person in reversed(person_mentions)
                 if position < token.idx and person.holds(base, _word_of)), None)


def _word_of(held: str, word: str) -> bool:
    return word in held.replace("-", " ").split()


def titled_person(tokens: Sequence[Token], persons: Sequence[Person]) -> Person | None:
    """``mener dansk litteraturkritiker`` in a lead, where the article later names the one person with that title
    (``litteraturkritiker ... Jon Helt Haarder``): a bare role noun (no article or determiner) with at most
    adjectives before it stands for that person; so does one owned by the person's organisation (``NHOs sjeføkonom``
    for ``Øystein Dørum er sjeføkonom i NHO``; also a title the tagger read as an adjective: ``VGs fotballekspert``)."""
    owner = tokens[0].text[:-1].casefold() if len(tokens) > 1 and tokens[0].text[:1].isupper() \
        and genitive(tokens[0]) else None
    tokens = tokens[1:] if owner is not None else tokens
    role = bool(tokens) and (tokens[-1].pos_ == "NOUN" or owner is not None and normalize_title(tokens[-1].text))
    if not role or any(t.pos_ != "ADJ" for t in tokens[:-1]) or "Def" in tokens[-1].morph.get("Definite", []):
        return None
    head = tokens[-1].lemma_.lower() if tokens[-1].pos_ == "NOUN" and tokens[-1].lemma_ else tokens[-1].lower_
    people = [p for p in persons if p.title and p.title.split()[-1] in (head, tokens[-1].lower_)
              and (owner is None or (p.organization or "").casefold() == owner)]
    return people[0] if len(people) == 1 else None
