"""``nhotext_duplicates``: duplicated paragraphs of the Doc in ``doc._.duplicates``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..duplicates import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD, Duplicate, find_duplicates
from ..extensions import paragraphs_of, record_extension

record_extension("duplicates", Duplicate.from_dict)


@Language.factory(
    "nhotext_duplicates",
    assigns=["doc._.duplicates"],
    default_config={"threshold": DEFAULT_THRESHOLD, "min_words": DEFAULT_MIN_WORDS},
)
def make_duplicates(nlp: Language, name: str, threshold: float, min_words: int) -> Duplicates:
    return Duplicates(threshold=threshold, min_words=min_words)


class Duplicates:
    """Finds related paragraph pairs (see :func:`nhotext.duplicates.find_duplicates`)."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, min_words: int = DEFAULT_MIN_WORDS):
        self.threshold = threshold
        self.min_words = min_words

    def __call__(self, doc: Doc) -> Doc:
        doc._.duplicates = find_duplicates(
            paragraphs_of(doc), threshold=self.threshold, min_words=self.min_words
        )
        return doc
