"""Every threshold and default of duplicate detection, in one place.

``nhotext check`` (one draft), ``check --against`` (a draft against a batch
archive) and ``nhotext batch`` (across a corpus) all read these, so that one
``--threshold`` means the same thing everywhere.
"""

from __future__ import annotations

DEFAULT_THRESHOLD = 0.85
"""Near copies: normalised Indel similarity of paragraphs of ``LONG_WORDS`` words or more."""
DEFAULT_MIN_WORDS = 3
"""Paragraphs with fewer words are not compared (exact repeats of shorter ones need ``--min-words``)."""
MIN_SENTENCE_WORDS = 6
"""A shared sentence (kind ``sentence``) and a contained paragraph need this many words."""
EXTENSION_MIN_WORDS = 5
"""A copy with at least this many words more (and 15 %) is an extended copy."""
COVERAGE_THRESHOLD = 0.9
"""Across a corpus: an extended copy keeps at least this share of the shorter paragraph's words, in order."""
CORPUS_EXTENSION_MIN_WORDS = 3
"""Across a corpus: an extended copy adds at least this many words (a sentence); in one draft the finder
calls a longer copy ``contained`` from ``EXTENSION_MIN_WORDS``."""
LONG_WORDS = 20
"""Paragraphs of at least this many words are held to the full threshold."""
SHORT_SLOPE = 0.005
"""The near threshold drops by this much per word under ``LONG_WORDS``..."""
SHORT_FLOOR = 0.05
"""... and by at most this much: a 10-word paragraph needs 0.80 when the threshold is 0.85."""


def near_threshold(n_words: int, threshold: float = DEFAULT_THRESHOLD) -> float:
    """The similarity a near copy needs when its shorter paragraph has ``n_words`` words.

    One edit costs a short paragraph a larger share of its characters than a
    long one: three replaced words leave a 12-word paragraph near 0.80, a
    60-word one above 0.93. So the threshold is lowered by ``SHORT_SLOPE`` per
    word under ``LONG_WORDS``, by at most ``SHORT_FLOOR`` (chosen on synthetic
    10-20-word copies: recall 0.994 on 1-3 edits, replaced words included,
    against 0.981 at a flat 0.85; 0.3 % of pairs sharing only their first half
    pass, against 0 %).
    """
    return threshold - min(SHORT_FLOOR, SHORT_SLOPE * max(0, LONG_WORDS - n_words))
