"""``nhotext_quotes``: quotes with their speakers in ``doc._.quotes``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..quotes import find_quotes

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


@Language.factory("nhotext_quotes", requires=["doc.ents"], assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str) -> Quotes:
    return Quotes()


class Quotes:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc)
        return doc
