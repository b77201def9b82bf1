"""Train floret word vectors on raw Bokmål text (NoReC) for the pipeline.

floret stores subword-hashed vectors in a small table, so every word, seen or
not, gets a vector: what a compact newsroom model needs. The text is tokenized
with the same spaCy tokenizer the pipeline uses, so vector keys match tokens.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator
from pathlib import Path

from ..errors import TrainingDataError

logger = logging.getLogger(__name__)


def norec_texts(directory: Path) -> Iterator[str]:
    """Yield the review texts of NoReC JSON-lines shards (``*.jsonl.gz``)."""
    shards = sorted(directory.glob("*.jsonl.gz"))
    if not shards:
        raise TrainingDataError(f"no *.jsonl.gz shards in {directory}: give the NoReC folder (norec-nob)")
    for shard in shards:
        with gzip.open(shard, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)["text"]


def write_tokenized(directory: Path, output: Path) -> int:
    """Write one tokenized sentence a line, as floret expects; returns the word count."""
    import spacy

    tokenizer = spacy.blank("nb").tokenizer
    n_words = 0
    with output.open("w", encoding="utf-8") as out:
        for text in norec_texts(directory):
            lines = [line for line in text.split("\n") if line.strip()]
            for doc in tokenizer.pipe(lines, batch_size=2000):  # type: ignore[union-attr]
                words = [t.text for t in doc if not t.is_space]
                n_words += len(words)
                out.write(" ".join(words) + "\n")
    return n_words


def train_floret(
    corpus: Path,
    output: Path,
    *,
    dim: int = 100,
    bucket: int = 50000,
    minn: int = 4,
    maxn: int = 5,
    epoch: int = 5,
    threads: int = 2,
) -> Path:
    """Train floret vectors (mode ``floret``, two hashes) and write ``OUTPUT.floret``."""
    import floret

    model = floret.train_unsupervised(
        str(corpus),
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=bucket,
        minn=minn,
        maxn=maxn,
        dim=dim,
        epoch=epoch,
        minCount=5,
        thread=threads,
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    floret_path = output.with_suffix(".floret")
    model.save_floret_vectors(str(floret_path))
    return floret_path


def build_vectors(norec_dir: Path, workdir: Path, **floret_options) -> Path:
    """Tokenize NoReC, train floret and return the path of the ``.floret`` table."""
    workdir.mkdir(parents=True, exist_ok=True)
    corpus = workdir / "norec.tok.txt"
    if not corpus.exists():
        n_words = write_tokenized(norec_dir, corpus)
        logger.info("tokenized %d words into %s", n_words, corpus)
    return train_floret(corpus, workdir / "vectors", **floret_options)


if __name__ == "__main__":
    import argparse

    logging.basicConfig(level=logging.INFO)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("norec_dir", type=Path)
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--bucket", type=int, default=50000)
    parser.add_argument("--epoch", type=int, default=5)
    args = parser.parse_args()
    print(build_vectors(args.norec_dir, args.workdir, dim=args.dim, bucket=args.bucket, epoch=args.epoch))
