"""``nhotext_quotes``: quotes with their speakers in ``doc._.quotes``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import record_extension
from ..quotes import Quote, find_quotes

record_extension("quotes", Quote.from_dict)


@Language.factory("nhotext_quotes", requires=["doc.ents"], assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str) -> Quotes:
    return Quotes()


class Quotes:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc)
        return doc
