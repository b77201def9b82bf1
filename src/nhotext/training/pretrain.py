"""Pretrain the NER's own tok2vec on raw Bokmål (NoReC) and load the weights when training.

``spacy pretrain`` teaches a tok2vec to predict the first and last characters of each
word from its context (``spacy.PretrainCharacters.v1``), which gives the NER's
encoder a start from 17 million words instead of NorNE's 600,000 tokens. spaCy loads
pretrained weights into a component or one of its named layers; the NER's tok2vec is
an unnamed part of its model, so ``configs/pretrain-ner.cfg`` pretrains a stand-alone
tok2vec of the same architecture and the ``nhotext.init_ner_tok2vec.v1`` callback
(``[initialize.after_init]``) copies the weights into the NER before training starts.

Steps (``nhotext pretrain``):

1. :func:`export_paragraphs` writes NoReC's paragraphs as JSON lines (outside the
   repository; the texts may not be redistributed);
2. ``spacy pretrain`` with ``configs/pretrain-ner.cfg`` writes ``model{epoch}.bin``;
3. ``nhotext train --config configs/pipeline-ner-pretrained.cfg --set
   paths.ner_tok2vec=.../modelN.bin`` trains the NER on those weights.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.util import registry

from ..errors import TrainingDataError
from .vectors import norec_texts

logger = logging.getLogger(__name__)

PRETRAIN_CONFIG = Path(__file__).parent / "configs" / "pretrain-ner.cfg"


def export_paragraphs(norec: Path, out: Path, *, min_words: int = 5, max_words: int = 400) -> int:
    """Write each NoReC paragraph (the first line of each review, a headline, left out) as
    ``{"text": ...}`` to ``out``; return the number of words written."""
    n_words = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as sink:
        for text in norec_texts(norec):
            for paragraph in text.split("\n\n")[1:]:
                words = paragraph.split()
                if min_words <= len(words) <= max_words:
                    sink.write(json.dumps({"text": " ".join(words)}, ensure_ascii=False) + "\n")
                    n_words += len(words)
    if not n_words:
        raise TrainingDataError(f"no paragraphs found in {norec}")
    return n_words


def load_ner_tok2vec(nlp: Language, weights: Path) -> None:
    """Copy pretrained tok2vec weights into the NER's own tok2vec (the first layer of the
    chain the transition model keeps as ``tok2vec``)."""
    ner: Any = nlp.get_pipe("ner")
    tok2vec = ner.model.get_ref("tok2vec").layers[0]
    tok2vec.from_bytes(weights.read_bytes())
    logger.info("NER tok2vec initialised from %s", weights)


@registry.callbacks("nhotext.init_ner_tok2vec.v1")
def make_init_ner_tok2vec(path: str | None = None) -> Callable[[Language], Language]:
    """An ``after_init`` callback that loads ``path`` into the NER's tok2vec (no-op without a path)."""

    def init_ner_tok2vec(nlp: Language) -> Language:
        if path:
            load_ner_tok2vec(nlp, Path(path))
        return nlp

    return init_ner_tok2vec


def pretrain(norec: Path, out: Path, *, vectors: Path, overrides: dict[str, Any] | None = None) -> Path:
    """Export NoReC and run ``spacy pretrain``; return the folder holding ``model*.bin``."""
    from spacy.cli.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    texts = out / "norec-paragraphs.jsonl"
    if not texts.exists():
        n_words = export_paragraphs(norec, texts)
        logger.info("wrote %d words of NoReC paragraphs to %s", n_words, texts)
    settings = {"paths.raw_text": str(texts), "paths.vectors": str(vectors), **(overrides or {})}
    config = load_config(PRETRAIN_CONFIG, overrides=settings, interpolate=True)
    weights = out / "pretrain"
    weights.mkdir(parents=True, exist_ok=True)
    spacy_pretrain(config, weights, use_gpu=-1, silent=False)
    return weights
