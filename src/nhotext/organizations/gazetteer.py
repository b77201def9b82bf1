"""The organisation gazetteer: canonical names, kinds, aliases, parents, successors.

The data are the TSV files of ``nhotext/resources/organizations/`` (see the
README there). Lookups go through :func:`name_key`, which forgives what writers
really do: case, a missing hyphen in a coordinated name (``Kommunal og
moderniseringsdepartementet``), a genitive ``-s`` (``NHOs``, ``Innovasjon
Norges``), odd spacing and dash variants.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..text import strip_accents

KINDS = (
    "ministry", "government", "agency", "municipality", "cluster", "programme", "business_association",
    "union", "company", "media", "party", "research_education", "sports", "ngo", "international", "other",
)

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_COORD_HYPHEN = re.compile(r"-(?=\s*(?:,|og\b|eller\b))", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# Words that end many organisation names: a single word ending in one of these
# is specific enough for the ruler to find on its own.
ORG_SUFFIXES = ("departementet", "direktoratet", "tilsynet", "etaten", "forbundet", "instituttet",
                "partiet", "universitetet", "klyngen", "administrasjonen", "rådet", "verket")
# Kinds whose one-word names the ruler may find on its own (the recognizer
# knows parties, clubs and the state from NorNE; it has never seen Siva).
RULER_SINGLE_WORD_KINDS = {"agency", "cluster", "programme", "business_association", "union",
                           "research_education", "ngo", "international", "company", "ministry", "media"}


def name_key(name: str) -> str:
    """The lookup key of an organisation name (see the module docstring), without accents (``Nobelkomitéen``)."""
    return strip_accents(_exact_key(name).casefold())


def _exact_key(name: str) -> str:
    """Like :func:`name_key`, but keeping the case as written."""
    text = unicodedata.normalize("NFKC", name)
    text = _DASHES.sub("-", text).replace("\u00a0", " ")
    text = _COORD_HYPHEN.sub("", text)
    text = text.replace("’", "'").strip(" .,;:«»\"'()")
    return _SPACES.sub(" ", text)


def genitive_base(name: str) -> str | None:
    """``NHOs`` -> ``NHO``, ``Innovasjon Norges`` -> ``Innovasjon Norge``, ``Larnington's`` -> ``Larnington``."""
    for ending in ("'s", "’s", "s'", "'"):
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[: -len(ending)] if ending != "s'" else name[:-1]
    if name.endswith("s") and len(name) > 2 and not name.endswith("ss"):
        return name[:-1]
    return None


@dataclass(frozen=True)
class OrgEntry:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    current: str | None = None
    source: str = ""

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Gazetteer:
    entries: list[OrgEntry]
    _by_key: dict[str, OrgEntry] = field(default_factory=dict, repr=False)
    _exact: dict[str, OrgEntry] = field(default_factory=dict, repr=False)
    # surfaces left out for a measurement (nhotext evaluate --known-from): names only the evaluation
    # data could have taught the gazetteer; empty in use
    hidden: set[str] = field(default_factory=set, repr=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            if entry.kind not in KINDS:
                raise ValueError(f"{entry.source}: {entry.name!r} has unknown kind {entry.kind!r}")
            for surface in entry.surfaces:
                # a canonical name beats an alias; among aliases the first file wins
                if surface == entry.name:
                    self._by_key[name_key(surface)] = entry
                    self._exact[_exact_key(surface)] = entry
                else:
                    self._by_key.setdefault(name_key(surface), entry)
                    self._exact.setdefault(_exact_key(surface), entry)

    def lookup(self, name: str, *, genitive: bool = True) -> OrgEntry | None:
        """The entry for a name as written, trying without a genitive ending.

        The case as written is tried first, so ``Ap`` (the party) and ``AP`` can differ.
        """
        if name in self.hidden:
            return None
        candidates = [name]
        if genitive and (base := genitive_base(name.strip())):
            candidates.append(base)
        for candidate in candidates:
            entry = self._exact.get(_exact_key(candidate))
            if entry is None and not _abbreviation(candidate):
                entry = self._by_key.get(name_key(candidate))
            if entry is not None:
                return entry
        return None

    def get(self, canonical: str) -> OrgEntry | None:
        return self._by_key.get(name_key(canonical))

    def is_media(self, name: str) -> bool:
        """Whether ``name`` as written is a paper or broadcaster the gazetteer holds (``VG``, ``Aftenposten``)."""
        entry = self.lookup(name)
        return entry is not None and entry.kind == "media"

    def detection_surfaces(self) -> list[str]:
        """Surfaces specific enough for the ruler to find in running text.

        Multi-word names, names with an inner capital or digit (``NHO``,
        ``SkatteFUNN``, ``OsloMet``), names ending in an organisation word
        (``Finansdepartementet``) and one-word names of the kinds the recognizer
        never learnt (``Siva``, ``Enova``) unless they are also common words or
        places (``org_ambiguous.txt``); parties and clubs (``Høyre``,
        ``Brann``) are left to the recognizer and only classified here.
        """
        out = []
        ambiguous = _ambiguous_words()
        for entry in self.entries:
            for surface in entry.surfaces:
                if surface in self.hidden:
                    continue
                if _specific(surface) or (entry.kind in RULER_SINGLE_WORD_KINDS
                                          and surface.casefold() not in ambiguous):
                    out.append(surface)
        return out


def _abbreviation(name: str) -> bool:
    """Short all-capital names (``NHO``, ``FN``) must match in their own case."""
    letters = [c for c in name.strip() if c.isalpha()]
    return 0 < len(letters) <= 5 and sum(c.isupper() for c in letters) >= 2


def _specific(surface: str) -> bool:
    if " " in surface.strip():
        return True
    word = surface.strip()
    if any(ch.isdigit() for ch in word) or any(ch.isupper() for ch in word[1:]):
        return len(word) >= 2
    return word.lower().endswith(ORG_SUFFIXES)


@cache
def _ambiguous_words() -> frozenset[str]:
    from ..resources import read_list

    return frozenset(w.casefold() for w in read_list("org_ambiguous.txt"))


@cache
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer (all TSV files, in name order)."""
    folder = resources.files("nhotext.resources").joinpath("organizations")
    entries = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".tsv"):
            continue
        rows = csv.reader(item.read_text(encoding="utf-8").splitlines(), delimiter="\t")
        header = next(rows)
        for row in rows:
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            values = dict(zip(header, [c.strip() for c in row] + [""] * len(header)))
            entries.append(OrgEntry(
                name=values["name"],
                kind=values["kind"],
                aliases=tuple(a.strip() for a in values.get("aliases", "").split("|") if a.strip()),
                parent=values.get("parent") or None,
                current=values.get("current") or None,
                source=item.name,
            ))
    return Gazetteer(entries)
