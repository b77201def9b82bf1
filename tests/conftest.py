"""Shared fixtures: the bundled pipeline (loaded once) and the sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
CORPUS = ROOT / "corpus"


def _model_available() -> bool:
    from nhotext.pipeline import bundled_model_path

    return (bundled_model_path() / "meta.json").exists()


def pytest_collection_modifyitems(config, items):
    """Tests marked ``model`` need the shipped pipeline; skip them (loudly) without it."""
    if _model_available():
        return
    skip = pytest.mark.skip(reason="the bundled model is not in models/")
    for item in items:
        if "model" in item.keywords or "nlp" in getattr(item, "fixturenames", ()):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    if not _model_available():
        pytest.skip("the bundled model is not in models/")
    import nhotext

    return nhotext.load()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS
