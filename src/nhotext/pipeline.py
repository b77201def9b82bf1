"""Build and load the nhotext pipeline: a spaCy Norwegian model plus our components."""

from __future__ import annotations

import logging
import re
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from .components.unspaced import trained_components
from .errors import ModelNotFoundError

logger = logging.getLogger(__name__)

BUNDLED_MODEL = "nb_nhotext_news"
# shipped pipelines by short name: the default (accurate) and the fast one
BUNDLED = {"md": BUNDLED_MODEL, BUNDLED_MODEL: BUNDLED_MODEL, "sm": "nb_nhotext_news_sm",
           "nb_nhotext_news_sm": "nb_nhotext_news_sm"}
BLANK = "blank"

# nhotext components, in pipeline order; each is added only if its
# requirements are met by the loaded model.
_FIRST = "nhotext_paragraphs"
_UNSPACED = "nhotext_unspaced"  # right after it: runs the model's trained components
_AFTER_NER = ("nhotext_entity_bounds", "nhotext_org_ruler", "nhotext_organizations", "nhotext_quotes")
_LAST = ("nhotext_duplicates",)


def bundled_model_path(name: str = BUNDLED_MODEL) -> Path:
    """Where a shipped pipeline is: inside the installed package (wheel) or in
    the repository's ``models/`` folder (editable install, source checkout)."""
    packaged = resources.files("nhotext") / "models" / name
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "models" / name


def load(name: str | Path | None = None, *, exclude: tuple[str, ...] = ()) -> Language:
    """Load a Norwegian spaCy pipeline with nhotext's components added.

    Args:
        name: ``None`` for the bundled model (``"sm"`` for the fast one,
            ``models/nb_nhotext_news_sm``), the name of an installed
            pipeline package (e.g. ``nb_core_news_sm``), a path to a pipeline
            directory, or ``"blank"`` for no model at all: the tokenizer,
            paragraphs and duplicates only (no entities, organisations or
            quotes), the fast path for duplicate work on large corpora.
        exclude: pipeline components not to load (e.g. ``("parser",)``).

    Raises:
        ModelNotFoundError: no pipeline of that name or path.
    """
    from . import components  # noqa: F401  (registers the factories)

    if name == BLANK:
        return add_components(spacy.blank("nb"))
    target = bundled_model_path() if name is None else (
        bundled_model_path(BUNDLED[str(name)]) if str(name) in BUNDLED else name)
    try:
        nlp = spacy.load(target, exclude=list(exclude))
    except OSError as err:
        if name is None:
            raise ModelNotFoundError(f"the bundled model is missing at {target}: reinstall nhotext") from err
        raise ModelNotFoundError(
            f"no spaCy pipeline named {name!r}: give an installed package name or a pipeline folder"
        ) from err
    if nlp.lang not in ("nb", "no", "nn"):
        logger.warning("pipeline %s is for language %r, not Norwegian", target, nlp.lang)
    add_components(nlp)
    return nlp


# Abbreviations among spaCy's Norwegian tokenizer exceptions that are also words ending a sentence in news:
# "før jul." (Christmas, not July), "sier mora min.", "kom for sen.", "klokka ti.", "de to.", "en sms.", a preposition
# left at the end ("et land vi vil investere i.": of 8,713 sentence starts in our passages, 15 had no punctuation
# before them, 5 of those after "i."). As exceptions they swallow the full stop, so the sentence runs on and a quote
# loses its last word.
SENTENCE_FINAL_WORDS = ("jul.", "min.", "sen.", "ti.", "to.", "sms.", "i.")


# An opening quote mark glued to the word before it, with or without a colon or comma between ("Taylor
# Swift:«Speak Now»", "sa:«Vi kommer»", "sa:\"Vi"): spaCy's infixes split neither, so the name, the cue and the
# quote's first word were one token. Of 42,594 NoReC reviews, 3,219 hold "word:«" (mostly "Artist:«Album»" headings).
GLUED_OPENING_MARKS = r"(?<=\w)[:;,](?=[«„“\"])|(?<=[\w:;,])[«„](?=\w)|(?<=[:;,])[“\"](?=\w)"


# spaCy's Norwegian infixes split a word at a quote mark between two letters, the typographic apostrophe and the
# acute accent typed for one among them: "Conan O’Brien" was "Conan O" and "Brien", two people ("O'Brien" was one
# word). The apostrophe's class loses those two; the guillemets and double marks between letters are still split.
QUOTES_BETWEEN_LETTERS = ("‘´’‚", "‘‚")


def fix_tokenizer(nlp: Language) -> Language:
    """Drop the tokenizer exceptions of :data:`SENTENCE_FINAL_WORDS`, split the opening quote marks of
    :data:`GLUED_OPENING_MARKS` off the word before them and keep an apostrophe inside a word
    (:data:`QUOTES_BETWEEN_LETTERS`; idempotent)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return nlp  # a custom tokenizer: left as it is
    rules = tokenizer.rules or {}
    if any(word in rules or word.capitalize() in rules for word in SENTENCE_FINAL_WORDS):
        tokenizer.rules = {k: v for k, v in rules.items() if k.lower() not in SENTENCE_FINAL_WORDS}
    infixes = tokenizer.infix_finditer
    pattern = getattr(getattr(infixes, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and (GLUED_OPENING_MARKS not in pattern or QUOTES_BETWEEN_LETTERS[0] in pattern):
        pattern = pattern.replace(*QUOTES_BETWEEN_LETTERS)
        if GLUED_OPENING_MARKS not in pattern:
            pattern = f"{GLUED_OPENING_MARKS}|{pattern}"
        tokenizer.infix_finditer = re.compile(pattern).finditer
    return nlp


def add_components(nlp: Language) -> Language:
    """Add nhotext's components to a loaded pipeline (idempotent), after :func:`fix_tokenizer`."""
    fix_tokenizer(nlp)
    if _FIRST not in nlp.pipe_names:
        nlp.add_pipe(_FIRST, first=True)
    if "ner" in nlp.component_names:
        previous = "ner"
        for name in _AFTER_NER:
            if name not in nlp.pipe_names:
                nlp.add_pipe(name, after=previous)
            previous = name
    for name in _LAST:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    trained = trained_components(nlp)
    if trained and _UNSPACED not in nlp.component_names:
        # the trained components run inside nhotext_unspaced, on the Doc without paragraph breaks
        nlp.add_pipe(_UNSPACED, after=_FIRST, config={"components": trained})
        for name in trained:
            nlp.disable_pipe(name)
    return nlp
