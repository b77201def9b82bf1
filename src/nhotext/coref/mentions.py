"""The people of an article and the mentions that refer to them (names, pronouns, titles), as
:class:`nhotext.coref.People` finds them."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass(eq=False)
class Person:
    """One person of the article: ``name`` is the fullest form of the name given anywhere."""

    name: str
    gender: str | None = None
    title: str | None = None
    organization: str | None = None
    forms: set[str] = field(default_factory=set)  # every form the name is written in (genitive removed)
    roles: list[str] = field(default_factory=list)  # every title given (``title`` is the first), in text order
    age: int | None = None  # given in brackets after the name: ``Tor Holger Bertelsen (57)``

    def holds(self, title: str, same: Callable[[str, str], bool]) -> bool:
        """Whether any title given for the person is ``title`` by the test ``same(held, title)``
        (``landbruksminister`` and later ``statsminister Stoltenberg``)."""
        return any(same(held, title) for held in ([self.title] if self.title else []) + self.roles)


@dataclass(frozen=True)
class Mention:
    start: int  # character offsets into the article
    end: int
    person: Person
    kind: str  # "name" | "pronoun" | "title" (``regiondirektøren``, added by the quote attribution)
    quoted: bool = False  # inside quoted speech
    subject: bool = False  # the subject of its clause (the parse says)


def mentions_between(mentions: Sequence[Mention], start: int, end: int) -> Sequence[Mention]:
    """The mentions of a list sorted by start that start at or after ``start`` and before ``end``, by bisection (the
    list may have grown since: no positions are kept)."""
    return mentions[bisect.bisect_left(mentions, start, key=lambda m: m.start):
                    bisect.bisect_left(mentions, end, key=lambda m: m.start)]
