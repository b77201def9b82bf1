"""Language data of nhotext, kept as data files beside this module."""

from __future__ import annotations

from functools import cache
from importlib import resources


def read_list(name: str) -> list[str]:
    """Non-comment, non-empty lines of a resource file."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(read_list("abbreviations.txt"))


ABBREVIATIONS = _abbreviations()


@cache
def function_words() -> frozenset[str]:
    """Function words and the commonest verbs of Norwegian news text, and the 300 words found in the
    most NoReC documents (lower case)."""
    return frozenset(read_list("function_words.txt")) | frozenset(read_list("frequent_words.txt"))
