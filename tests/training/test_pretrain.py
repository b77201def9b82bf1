import gzip
import json

import pytest
import spacy
from spacy.util import load_config

from nhotext.training.pretrain import PRETRAIN_CONFIG, export_paragraphs, load_ner_tok2vec
from nhotext.training.train import CONFIG_DIR

NER_CONFIG = CONFIG_DIR / "pipeline-ner-pretrained.cfg"


def test_pretrain_exports_paragraphs_without_headlines(tmp_path):
    norec = tmp_path / "norec"
    norec.mkdir()
    reviews = [{"id": "r1", "split": "train", "text": "Tittel her\n\nEn god film med mye action .\n\nKort .\n\n"
                                                        "Skuespillerne gjør en solid innsats hele veien ."}]
    with gzip.open(norec / "norec-nob-00.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r) + "\n" for r in reviews)
    out = tmp_path / "paragraphs.jsonl"
    assert export_paragraphs(norec, out) == 7 + 8
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert texts == ["En god film med mye action .", "Skuespillerne gjør en solid innsats hele veien ."]


def test_pretrain_tok2vec_has_the_ner_tok2vec_architecture():
    pretrained = load_config(PRETRAIN_CONFIG, interpolate=True)["components"]["tok2vec"]["model"]
    ner = load_config(NER_CONFIG, interpolate=True)["components"]["ner"]["model"]["tok2vec"]
    assert pretrained == ner


def test_pretrain_weights_load_into_the_ner(tmp_path):
    no_vectors = {"components.tok2vec.model.embed.include_static_vectors": False}
    pretrain_nlp = spacy.util.load_model_from_config(load_config(PRETRAIN_CONFIG, overrides=no_vectors),
                                                     auto_fill=True)
    pretrain_nlp.initialize()
    tok2vec = pretrain_nlp.get_pipe("tok2vec").model
    weights = tmp_path / "model0.bin"
    weights.write_bytes(tok2vec.to_bytes())

    ner_model = load_config(NER_CONFIG, interpolate=True)["components"]["ner"]["model"]
    ner_model["tok2vec"]["embed"]["include_static_vectors"] = False
    nlp = spacy.blank("nb")
    ner = nlp.add_pipe("ner", config={"model": ner_model})
    ner.add_label("ORG")
    nlp.initialize()
    encoder = ner.model.get_ref("tok2vec").layers[0]
    assert encoder.to_bytes() != weights.read_bytes()  # randomly initialised
    load_ner_tok2vec(nlp, weights)
    assert encoder.to_bytes() == weights.read_bytes()
    assert nlp("Ola jobber i NHO .")  # the NER still runs on the loaded encoder


def _norec(tmp_path):
    norec = tmp_path / "norec"
    norec.mkdir()
    text = "Tittel\n\n" + "\n\n".join(["En god film med mye action og en solid historie ."] * 20)
    with gzip.open(norec / "norec-nob-00.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "r1", "split": "train", "text": text}) + "\n")
    return norec


def test_pretrain_cli_missing_folder_is_exit_2(tmp_path):
    from typer.testing import CliRunner

    from nhotext.cli import app

    result = CliRunner().invoke(app, ["pretrain", "--norec", str(tmp_path / "nope"), "--out", str(tmp_path / "o"),
                                      "--vectors", str(tmp_path)])
    assert result.exit_code == 2 and "no such folder" in result.stderr


@pytest.mark.model
def test_pretrain_cli_writes_weights(tmp_path):
    from typer.testing import CliRunner

    from nhotext.cli import app
    from nhotext.pipeline import bundled_model_path

    result = CliRunner().invoke(app, ["pretrain", "--norec", str(_norec(tmp_path)), "--out", str(tmp_path / "o"),
                                      "--vectors", str(bundled_model_path()), "--set", "pretraining.max_epochs=1"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "pretrain" / "model-last.bin").stat().st_size > 1_000_000
