"""Duplicated paragraphs: inside one article (:func:`find_duplicates`)."""

from ..text import key, normalize, split_sentences
from .finder import (
                     DEFAULT_MIN_WORDS,
                     DEFAULT_THRESHOLD,
                     KINDS,
                     Duplicate,
                     DuplicateGroup,
                     find_duplicates,
                     group_duplicates,
                     occurrences,
)

__all__ = ["DEFAULT_MIN_WORDS", "DEFAULT_THRESHOLD", "KINDS", "Duplicate", "DuplicateGroup", "find_duplicates",
           "group_duplicates", "key",
           "normalize", "occurrences", "split_sentences"]
