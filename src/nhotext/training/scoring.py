"""Training callbacks: a NER scorer that also reports ORG F at the top level, for checkpoint
selection, and the repair that lets a sourced lemmatizer be fine-tuned.

spaCy chooses ``model-best`` by a weighted sum of top-level scores, and per-type
scores sit one level down (``ents_per_type``). Issue "Pipeline speed" sets a bar
on both NER F and ORG F, so the fine-tuning config weighs ``ents_org_f`` beside
``ents_f``. Components sourced from a trained pipeline keep that pipeline's
scorer, so the config installs this one through ``[training.before_update]``,
which lives in the training section only: the trained pipeline's own config
keeps spaCy's scorer and loads without nhotext.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.pipeline.edit_tree_lemmatizer import EditTreeLemmatizer
from spacy.pipeline.ner import ner_score
from spacy.training import Example
from spacy.util import registry


def ner_score_with_org(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    """spaCy's NER scores plus ``ents_org_f`` (0.0 when no ORG was seen)."""
    scores = ner_score(examples, **kwargs)
    per_type = scores.get("ents_per_type") or {}
    scores["ents_org_f"] = per_type.get("ORG", {}).get("f", 0.0)
    return scores


def _restore_tree_labels(pipe: Any) -> None:
    """A trainable lemmatizer read from disk keeps its labels but not the map from edit tree to
    label that training uses (spaCy 3.8 rebuilds it only in ``initialize``): without it every
    gold lemma counts as label 0 and fine-tuning a sourced lemmatizer ruins it (dev lemma
    accuracy 0.965 -> 0.656 in 250 steps). Rebuild the map from the labels."""
    if isinstance(pipe, EditTreeLemmatizer) and not pipe.tree2label:
        for label, tree in enumerate(pipe.cfg["labels"]):
            pipe.tree2label[tree] = label


@registry.callbacks("nhotext.score_org.v1")
def make_score_org() -> Callable[[Language, dict[str, Any]], None]:
    """A ``before_update`` callback that makes the NER report ``ents_org_f``."""

    def score_org(nlp: Language, info: dict[str, Any]) -> None:
        if "ner" in nlp.pipe_names:
            ner: Any = nlp.get_pipe("ner")
            ner.scorer = ner_score_with_org
        for _, pipe in nlp.pipeline:
            _restore_tree_labels(pipe)

    return score_org
