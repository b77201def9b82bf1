"""The training set-up, without training (CI never trains a model)."""

import shutil
from pathlib import Path

import pytest
from spacy.tokens import DocBin
from spacy.training.initialize import init_nlp
from spacy.util import load_config, load_model_from_config
from typer.testing import CliRunner

from nhotext.cli import app
from nhotext.errors import TrainingDataError
from nhotext.training.train import DEFAULT_CONFIG, prepare_corpus

SAMPLE = Path(__file__).parents[1] / "data" / "ndt_sample.tsv"


@pytest.fixture
def norne(tmp_path):
    for split in ("train", "dev"):
        (tmp_path / "norne" / split).mkdir(parents=True)
        shutil.copy(SAMPLE, tmp_path / "norne" / split / "a.conll")
    return tmp_path / "norne"


def test_train_prepare_corpus(norne, tmp_path):
    train_dir, dev = prepare_corpus(norne, [norne / "train"], tmp_path / "work")
    assert sorted(p.name for p in train_dir.glob("*.spacy")) == ["extra0.spacy", "main.spacy"]
    assert len(list(DocBin().from_disk(dev).get_docs(__import__("spacy").blank("nb").vocab))) == 1


def test_train_prepare_corpus_refuses_wrong_folder(tmp_path):
    with pytest.raises(TrainingDataError, match="train/"):
        prepare_corpus(tmp_path, [], tmp_path / "work")


def test_train_committed_config_builds_and_initializes(norne, tmp_path):
    train_dir, dev = prepare_corpus(norne, [], tmp_path / "work")
    config = load_config(DEFAULT_CONFIG, overrides={
        "paths.train": str(train_dir), "paths.dev": str(dev), "paths.vectors": None,
        "components.tok2vec.model.embed.include_static_vectors": False,
        "components.ner.model.tok2vec.embed.include_static_vectors": False,
    })
    assert load_model_from_config(config, auto_fill=True).pipe_names == [
        "tok2vec", "tagger", "morphologizer", "parser", "trainable_lemmatizer", "ner"]
    nlp = init_nlp(config)  # reads the corpus for the labels, as `spacy train` does before step 1
    assert "ORG" in nlp.get_pipe("ner").labels and "ROOT" in nlp.get_pipe("parser").labels
    assert "subst" in nlp.get_pipe("tagger").labels


def test_train_cli_missing_data_is_exit_2(tmp_path):
    result = CliRunner().invoke(app, ["train", "--data", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "no such folder" in result.stderr


def test_train_cli_bad_setting_is_exit_2(norne, tmp_path):
    result = CliRunner().invoke(app, ["train", "--data", str(norne), "--out", str(tmp_path / "o"),
                                      "--set", "training.max_steps"])
    assert result.exit_code == 2 and "section.key=value" in result.stderr


@pytest.mark.parametrize("config", ["pipeline-avg.cfg", "pipeline-finetune.cfg"])
def test_train_configs_load_with_their_callbacks(config):
    from spacy.util import registry

    import nhotext.training.scoring  # noqa: F401  (the callbacks the configs name)

    loaded = load_config(DEFAULT_CONFIG.parent / config)
    assert loaded["training"]["score_weights"]["ents_org_f"] == 0.2
    registry.resolve({"cb": loaded["training"]["before_update"]})


@pytest.mark.model
def test_evaluate_with_rules_scores_the_pipeline_nhotext_runs(norne):
    from nhotext.pipeline import bundled_model_path
    from nhotext.training.train import evaluate

    scores = evaluate(bundled_model_path(), norne / "dev", with_rules=True)
    assert "nhotext_org_ruler" in scores["model"]["pipeline"] and "nhotext_quotes" not in scores["model"]["pipeline"]
    assert 0.0 <= scores["ents_f"] <= 1.0


def test_evaluate_cli_missing_data_is_exit_2(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", "somemodel", "--data", str(tmp_path / "nope")])
    assert result.exit_code == 2


def test_dev_only_names_are_those_the_known_folders_never_write(norne, tmp_path):
    from nhotext.training.train import dev_only_names

    assert dev_only_names(norne / "dev", [norne / "train"]) == set()  # the same text
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.conll").write_text("1\tOla\tOla\tsubst\tsubst\tprop\t2\tSUBJ\t_\tname=B-PER\n"
                                   "2\tsover\tsove\tverb\tverb\tpres\t0\tFINV\t_\tname=O\n"
                                   "3\t.\t$.\tclb\tclb\t<<<\t2\tIP\t_\tname=O\n\n", encoding="utf-8")
    assert "NHO Innlandet" in dev_only_names(norne / "dev", [other])


def test_gazetteer_hidden_names_are_neither_found_nor_looked_up():
    from nhotext.organizations.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    assert gazetteer.lookup("NHO Innlandet") is not None
    gazetteer.hidden = {"NHO Innlandet"}
    try:
        assert gazetteer.lookup("NHO Innlandet") is None
        assert "NHO Innlandet" not in gazetteer.detection_surfaces()
    finally:
        gazetteer.hidden = set()
    assert "NHO Innlandet" in gazetteer.detection_surfaces()


@pytest.mark.model
def test_evaluate_known_from_leaves_dev_only_names_out_and_restores_them(norne, tmp_path):
    from nhotext.organizations.gazetteer import load_gazetteer
    from nhotext.pipeline import bundled_model_path
    from nhotext.training.train import evaluate

    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "c.conll").write_text("1\tJa\tja\tinterj\tinterj\t_\t0\tFRAG\t_\tname=O\n\n", encoding="utf-8")
    scores = evaluate(bundled_model_path(), norne / "dev", with_rules=True, known_from=[empty])
    assert "NHO Innlandet" in scores["gazetteer_names_left_out"]
    assert load_gazetteer().hidden == set()
