"""A later short mention of a source described before: ``sa mannen`` after ``En lokal innbygger forteller til
Reuters at ...`` is that described person, after the whole article's quotes are found (a report's source is known
only then)."""

from __future__ import annotations

from ..lexicon import noun_bases
from .descriptions import introduced_singular
from .person_nouns import NOUN_GENDER, PERSON_NOUNS
from .types import Quote, Speaker


def take_up_descriptions(quotes: list[Quote]) -> None:
    """A plain person noun as a speaker (``sa mannen``, ``sier kvinnen``) takes the fullest description of the
    person described last before it, a report's source too (GUIDELINES: ``Kvinnen`` -> ``en småbarnsmor``): ``En
    lokal innbygger forteller til Reuters at ...`` / ``- Jeg mistet alt, sa mannen.``; not one of the other gender
    (``en kvinne`` ... ``mannen``)."""
    last: Speaker | None = None
    for quote in quotes:  # in text order
        speaker = quote.speaker
        if speaker is None or speaker.type != "description":
            continue
        word = speaker.name.lower()
        bases = noun_bases(word) & PERSON_NOUNS
        if " " not in word and bases and last is not None:
            gender = NOUN_GENDER.get(bases.pop())
            if all(NOUN_GENDER.get(w, gender) == gender for w in last.name.lower().split()):
                quote.speaker = last
        elif introduced_singular(speaker.name):
            last = speaker
