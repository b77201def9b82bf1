"""Full analysis of articles: run the pipeline and build the contract's records."""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .errors import AnalysisError, InputError, TooLargeError
from .reading import Article
from .wrapping import analysed_text

logger = logging.getLogger(__name__)

LONG_TEXT = 100_000  # characters: longer articles are analysed in pieces (see long_doc)
# components that need the whole article (they run after the model, once, on the joined pieces)
ARTICLE_COMPONENTS = ("nhotext_entity_bounds", "nhotext_org_ruler", "nhotext_organizations", "nhotext_quotes",
                      "nhotext_duplicates")
_SENTENCE_END = re.compile(r"[.!?»”]\s+(?=[«“\"–-]?[A-ZÆØÅ0-9])")

# Fields owned by capabilities that attach their results to the Doc; a missing
# extension (component not in the pipeline) gives an empty list.
_DOC_FIELDS = ("duplicates", "organizations", "quotes")


def analyze_articles(
    nlp: Language, articles: Iterable[Article | InputError], *, batch_size: int = 16
) -> Iterator[dict[str, Any] | InputError]:
    """Analyse articles with ``nlp.pipe``, in input order; errors pass through.

    An article longer than ``nlp.max_length`` characters is reported as a
    :class:`TooLargeError` in its place instead of being analysed.
    """
    pending: list[Article | InputError] = []

    def docs_of(items: list[Article | InputError]) -> Iterator[dict[str, Any] | InputError]:
        good = [a for a in items if isinstance(a, Article) and len(a.text) <= LONG_TEXT]
        # the records are plain data: strings the Docs added to the vocabulary can go when the zone ends,
        # so memory stays flat over a stream of any length
        with nlp.memory_zone():
            try:
                records: list[dict[str, Any] | InputError] = [
                    article_record(a, doc)
                    for a, doc in zip(good, nlp.pipe((analysed_text(a.text) for a in good),
                                                     batch_size=batch_size))]
            except Exception:
                records = [_one(nlp, a) for a in good]
            done = iter(records)
            results = [item if isinstance(item, InputError) else _one(nlp, item) if len(item.text) > LONG_TEXT
                       else next(done) for item in items]
        yield from results

    for item in articles:
        if isinstance(item, Article) and len(item.text) > nlp.max_length:
            item = TooLargeError(
                item.source,
                f"the article has {len(item.text):,} characters, over the pipeline's limit of "
                f"{nlp.max_length:,}: split it into smaller files",
            )
        pending.append(item)
        if len(pending) >= batch_size * 4:
            yield from docs_of(pending)
            pending = []
    yield from docs_of(pending)


def _one(nlp: Language, article: Article) -> dict[str, Any] | InputError:
    try:
        text = analysed_text(article.text)
        doc = long_doc(nlp, text) if len(text) > LONG_TEXT else nlp(text)
        return article_record(article, doc)
    except Exception as err:
        logger.debug("analysis of %s failed", article.source, exc_info=True)
        return AnalysisError(article.source, f"the analysis failed ({type(err).__name__}: {err}); please report "
                             "this with the file")


def long_doc(nlp: Language, text: str, chunk: int = LONG_TEXT) -> Doc:
    """Analyse a long text in pieces of at most ``chunk`` characters, cut between paragraphs (or,
    inside a very long paragraph, after a sentence or at a space), so that the model's memory stays
    bounded whatever the length; the pieces are joined into one Doc and the article-level components
    (organisations, quotes, duplicates) run once on the whole."""
    whole_doc = {name for name in nlp.pipe_names if name in ARTICLE_COMPONENTS}
    with nlp.select_pipes(disable=list(whole_doc)):
        docs = list(nlp.pipe(split_long(text, chunk), batch_size=1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # W101: doc-level extensions are recomputed below
        doc = Doc.from_docs(docs, ensure_whitespace=False)
    if Doc.has_extension("paragraph_offsets"):
        doc._.paragraph_offsets = None  # found again on the whole text
    for name, component in nlp.pipeline:
        if name in whole_doc:
            doc = component(doc)
    return doc


def split_long(text: str, limit: int) -> list[str]:
    """Consecutive pieces of ``text`` (joined, they are ``text``) of at most ``limit`` characters."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = window.rfind("\n\n")
        if cut < limit // 2:
            ends = [m.end() for m in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends and ends[-1] >= limit // 2 else window.rfind(" ")
        if cut <= 0:
            cut = limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def article_record(article: Article, doc: Doc) -> dict[str, Any]:
    """The contract's JSON object for one analysed article (plus ``text``, the decoded or extracted
    text the offsets point into, and ``warnings`` when the reader had any).

    ``doc`` is of the article's text or of the text the analysis reads for it
    (:func:`~nhotext.wrapping.analysed_text`: the same length, a plain space for each newline that only wrapped a line
    and for each other kind of space); every ``text`` beside a ``start`` and ``end`` is cut from the article as
    written."""
    record: dict[str, Any] = {
        "source": article.source,
        "encoding": article.encoding,
        "text": article.text,
        "paragraphs": [p.to_dict() for p in article.paragraphs],
        "entities": [
            {"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents
        ],
    }
    if article.id is not None:
        record["id"] = article.id
    if article.warnings:
        record["warnings"] = list(article.warnings)
    for name in _DOC_FIELDS:
        value = getattr(doc._, name) if Doc.has_extension(name) else None
        record[name] = [v.to_dict() if hasattr(v, "to_dict") else v for v in value or []]
    if doc.text != article.text:
        for name in ("entities", *_DOC_FIELDS):
            _cut_from(article.text, record[name])
    return record


def _cut_from(text: str, value: Any) -> None:
    """Set each ``text`` beside a ``start`` and an ``end`` in ``value`` (records, nested) to ``text[start:end]``."""
    if isinstance(value, list):
        for item in value:
            _cut_from(text, item)
    elif isinstance(value, dict):
        if isinstance(value.get("text"), str) and isinstance(value.get("start"), int) and isinstance(
                value.get("end"), int):
            value["text"] = text[value["start"]:value["end"]]
        for item in value.values():
            if isinstance(item, (list, dict)):
                _cut_from(text, item)
