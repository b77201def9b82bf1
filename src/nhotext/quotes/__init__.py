"""Quotes: direct and indirect speech attributed to speakers (:func:`find_quotes`)."""

from .attribution import Quote, Speaker, find_quotes

__all__ = ["Quote", "Speaker", "find_quotes"]
