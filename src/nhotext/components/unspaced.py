"""``nhotext_unspaced``: the trained components see the text as they were trained, without whitespace tokens.

A paragraph break (``"\\n\\n"``) is a token of its own in spaCy, and the model never saw one in training (NorNE
has no paragraph breaks): its hashed features look like some other word, and the context window of the
``tok2vec`` carries that noise into the first and last words of every paragraph. On NorNE dev laid out as
paragraphs of one sentence, the parser's LAS on the five words after a break is 0.897 with the breaks in the
Doc and 0.915 without them (``bench/paragraph_breaks.py``).

``nhotext_unspaced`` runs right after ``nhotext_paragraphs``: it builds a copy of the Doc without whitespace
tokens (a break becomes a single space; the paragraphs' sentence starts are kept), runs the trained components
on the copy (they stay in ``nlp.components``, disabled in the pipeline so that they do not run twice) and
copies tags, morphology, lemmas, the parse and the entities back. The copy also writes the typography the treebank
hardly has as the form it has (an en dash as ``-``, curly quotes as ``"``, ``…`` as ``...``; NorNE train holds 75
en dashes beside 2,002 hyphens): on NorNE dev printed with en dashes and curly quotes, LAS 0.8841 as written and
0.8846 with the forms mapped, what the treebank's own typography gives. Whitespace tokens get the tag ``_SP``, the
part of speech ``SPACE`` and the label ``dep`` on the word before them, as in spaCy's own pipelines.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import cast

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import SPACE
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc
from spacy.util import minibatch
from thinc.types import Ints2d

__all__ = ["Unspaced", "make_unspaced", "trained_components"]

# typography the treebank hardly has, as the form it has: NorNE train holds 2,002 "-" and 75 "–", no "…"
TRAINED_FORMS = {"–": "-", "—": "-", "“": '"', "”": '"', "„": '"', "…": "...", "’": "'"}
_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, ENT_IOB, ENT_TYPE, HEAD]
_IOB_OUTSIDE, _IOB_BEGIN, _IOB_INSIDE = 2, 3, 1


@Language.factory("nhotext_unspaced", default_config={"components": []},
                  assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep", "token.head",
                           "doc.ents"])
def make_unspaced(nlp: Language, name: str, components: list[str]) -> Unspaced:
    return Unspaced(nlp, components)


def trained_components(nlp: Language) -> list[str]:
    """The names of ``nlp``'s trained components (``tok2vec``, ``tagger``, ``parser``, ``ner``, ...), in order."""
    return [name for name, component in nlp.pipeline if isinstance(component, TrainablePipe)]


class Unspaced:
    """Runs the named components of ``nlp`` on each Doc without its whitespace tokens and copies the
    annotation back."""

    def __init__(self, nlp: Language, components: list[str]):
        self.nlp = nlp
        self.components = list(components)

    def _run(self, docs: list[Doc]) -> list[Doc]:
        stream: Iterable[Doc] = docs
        for name in self.components:
            component = self.nlp.get_pipe(name)
            stream = component.pipe(stream) if hasattr(component, "pipe") else (component(d) for d in stream)
        return list(stream)

    def score(self, examples, **kwargs) -> dict:
        """The scores of the components run here (``Language.evaluate`` scores the enabled pipeline only)."""
        scores: dict = {}
        for name in self.components:
            component = self.nlp.get_pipe(name)
            if hasattr(component, "score"):
                scores.update(component.score(examples, **kwargs))
        return scores

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            copies = [without_spaces(doc) for doc in batch]
            # one batch for the trained components: the copies, and the Docs that need none as they are
            done = self._run([doc if copy is None else copy for doc, (copy, _) in zip(batch, copies)])
            for doc, annotated, (copy, kept) in zip(batch, done, copies):
                if copy is not None:
                    copy_back(annotated, doc, kept)
                yield doc if copy is not None else annotated


def without_spaces(doc: Doc) -> tuple[Doc | None, list[int]]:
    """A copy of ``doc`` without its whitespace tokens (each becomes a single space after the word before it) and
    the indices of the tokens kept; ``None`` when there is nothing to drop or nothing to keep."""
    kept = [token.i for token in doc if not token.is_space]
    words = [TRAINED_FORMS.get(doc[i].text, doc[i].text) for i in kept]
    if not kept or len(kept) == len(doc) and all(w == doc[i].text for w, i in zip(words, kept)):
        return None, kept
    spaces = [bool(doc[i].whitespace_) or i + 1 < len(doc) and doc[i + 1].is_space for i in kept]
    starts: list[bool | int | None] = [doc[i].is_sent_start for i in kept]
    return Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts), kept


def copy_back(copy: Doc, doc: Doc, kept: list[int]) -> None:
    """Set the annotation of ``copy`` (``doc`` without whitespace tokens) on ``doc``."""
    values = copy.to_array(_ATTRS)  # uint64: string hashes, and relative heads in two's complement
    where = numpy.asarray(kept, dtype=numpy.int64)
    heads = where[numpy.arange(len(kept)) + values[:, -1].astype(numpy.int64)] - where  # relative, in doc's indices
    array = numpy.zeros((len(doc), len(_ATTRS)), dtype=numpy.uint64)
    array[where, :-1] = values[:, :-1]
    array[where, -1] = heads.astype(numpy.uint64)
    strings = doc.vocab.strings
    first = int(where[0])
    for token in doc:
        if token.is_space:  # on the word before it (a leading one on the first word)
            array[token.i, :-1] = numpy.array([strings.add("_SP"), SPACE, 0, strings.add(token.text),
                                               strings.add("dep"), _IOB_OUTSIDE, 0], dtype=numpy.uint64)
            array[token.i, -1] = numpy.int64(first - token.i if token.i < first else -1).astype(numpy.uint64)
    iob = array[:, 5]
    inside = numpy.flatnonzero((iob == _IOB_INSIDE) & (numpy.roll(iob, 1) == _IOB_OUTSIDE))
    inside = inside[inside > 0]
    for i in inside:  # an entity across a line break begins again after it; across spaces it holds them
        if "\n" in doc[int(i) - 1].text:
            iob[i] = _IOB_BEGIN
            continue
        k = int(i) - 1
        while k > 0 and doc[k].is_space:
            array[k, 5:7] = (_IOB_INSIDE, array[i, 6])
            k -= 1
    doc.from_array(_ATTRS, cast(Ints2d, array))
