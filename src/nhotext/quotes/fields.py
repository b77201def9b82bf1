"""A title's field: the bare words after the role that say what it is over (``kulturansvarlig for frukt``,
``leder for miljørådgivende seksjon``, ``kommunalsjef for helse og omsorg``; quotes-dev GUIDELINES)."""

from __future__ import annotations


def bare_field(doc, role: int, limit: int) -> tuple[str, int] | None:
    """A bare field after the role at ``role`` is part of the title (GUIDELINES: ``kulturansvarlig for frukt``;
    ``leder for miljørådgivende seksjon``; ``professor i markedsføring``): ``i``/``for``/``på``, adjectives and an
    indefinite lower-case noun, no article, not an owner. The words in lower case and the index after them."""
    if role + 2 >= limit or doc[role + 1].lower_ not in ("i", "for", "på"):
        return None
    k = role + 2
    while k < limit - 1 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k += 1
    if not _field_noun(doc[k]):
        return None  # "leder for barneverntjenesten": a body, not a field
    if k + 2 < limit and doc[k + 1].lower_ in ("og", "eller") and _field_noun(doc[k + 2]):
        k += 2  # "kommunalsjef for helse og omsorg"
    return doc[role + 1:k + 1].text.lower(), k + 1


def _field_noun(noun) -> bool:
    """An indefinite lower-case noun, not an owner: a field (``helse``), not a body (``barneverntjenesten``)."""
    inflected = noun.lemma_.lower() not in ("", noun.lower_) and noun.lower_.endswith(("en", "et", "a")) \
        and "Plur" not in noun.morph.get("Number", [])  # a definite form the tagger left unmarked
    return noun.pos_ == "NOUN" and noun.is_lower and "Def" not in noun.morph.get("Definite", []) and not inflected \
        and "Gen" not in noun.morph.get("Case", [])
