"""nhotext: Norwegian (Bokmål) news text analysis on spaCy.

>>> import nhotext
>>> nlp = nhotext.load()                     # the bundled pipeline
>>> record = nhotext.analyze("NHO Innlandet ønsker klyngene velkommen.")
>>> [e["label"] for e in record["entities"]]
['ORG']
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from .errors import NhotextError
from .reading import Article, Paragraph, read_article, split_paragraphs

__all__ = ["Article", "NhotextError", "Paragraph", "analyze", "load", "read_article", "split_paragraphs"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())


def load(name: str | None = None, **kwargs: Any):
    """Load the bundled pipeline (or ``name``) with nhotext's components; see
    :func:`nhotext.pipeline.load`. spaCy is imported only here, so that the
    model-free parts (reading, ``nhotext check``) start fast."""
    from .pipeline import load as _load

    return _load(name, **kwargs)


@lru_cache(maxsize=4)
def _default_pipeline(name: str | None):
    return load(name)


def analyze(article: str | Article, *, model: str | None = None) -> dict[str, Any]:
    """Analyse one article (a text or an :class:`Article`) and return the contract's record.

    The pipeline is loaded on first use and kept for the process. A hard-wrapped text is analysed with its wraps
    read as spaces, and no-break and other spaces as plain ones (:func:`nhotext.wrapping.analysed_text`); the
    record's texts are the article's as written.
    """
    from .analysis import article_record
    from .wrapping import analysed_text

    if isinstance(article, str):
        article = Article(source="<text>", text=article)
    nlp = _default_pipeline(model)
    return article_record(article, nlp(analysed_text(article.text)))
