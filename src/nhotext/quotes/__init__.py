"""Quotes: direct and indirect speech attributed to speakers (:func:`find_quotes`)."""

from .attribution import find_quotes
from .types import Quote, Speaker

__all__ = ["Quote", "Speaker", "find_quotes"]
