"""The one error path: every command, given bad input, ends with one line on stderr naming an error
code and the documented exit code, never a traceback (through the real entry point, ``main``)."""

from __future__ import annotations

import json
import sys

import pytest

from nhotext.cli import main


def run_main(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["nhotext", *args])
    with pytest.raises(SystemExit) as exit_:
        main()
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return exit_.value.code, err


@pytest.fixture
def bad(tmp_path):
    (tmp_path / "train").mkdir()
    (tmp_path / "dev").mkdir()
    (tmp_path / "train" / "notes.txt").write_text("no conll here", encoding="utf-8")
    (tmp_path / "malformed").mkdir()
    (tmp_path / "malformed" / "a.conll").write_text("1\tHei\n2\n\tx\ty\n", encoding="utf-8")
    gold = tmp_path / "corpus" / "gold" / "quotes"
    gold.mkdir(parents=True)
    (gold / "x.json").write_text(json.dumps({"article": "articles/finnes-ikke.txt", "quotes": []}), encoding="utf-8")
    return tmp_path


def test_errors_train_without_conll_files(monkeypatch, capsys, bad):
    code, err = run_main(monkeypatch, capsys, "train", "--data", str(bad), "--out", str(bad / "work"))
    assert code == 2 and err.startswith("nhotext: error E300:") and len(err.strip().splitlines()) == 1


@pytest.mark.model
def test_errors_evaluate_malformed_conll(monkeypatch, capsys, bad):
    code, err = run_main(monkeypatch, capsys, "evaluate", "models/nb_nhotext_news", "--data", str(bad / "malformed"))
    assert code == 2 and err.startswith("nhotext: error E3") and len(err.strip().splitlines()) == 1


@pytest.mark.model
def test_errors_evaluate_quotes_gold_naming_a_missing_article(monkeypatch, capsys, bad):
    code, err = run_main(monkeypatch, capsys, "evaluate-quotes", "--corpus", str(bad / "corpus"))
    assert code == 2 and "E101" in err and "finnes-ikke.txt" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [
    ["check", "finnes-ikke.txt"],
    ["check", "--threshold", "7", "x.txt"],
    ["analyze", "--model", "finnes-ikke-modell", "x.txt"],
    ["batch", "finnes-ikke", "--out", "/proc/nhotext-cannot-write-here", "--model", "blank"],
    ["orgs", "--format", "xml", "x.txt"],
    ["quotes", "--by", "nobody", "x.txt"],
    ["nosuchcommand"],
])
def test_errors_bad_input_or_usage_is_one_line_exit_2(monkeypatch, capsys, args):
    code, err = run_main(monkeypatch, capsys, *args)
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nhotext: error E")


def test_errors_ctrl_c_is_130_and_one_line(monkeypatch, capsys, tmp_path):
    draft = tmp_path / "utkast.txt"
    draft.write_text("Et avsnitt.\n\nEt annet avsnitt.\n", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("nhotext.cli.check.find_duplicates", interrupted)
    code, err = run_main(monkeypatch, capsys, "check", str(draft))
    assert code == 130 and err.strip().startswith("nhotext: interrupted") and len(err.strip().splitlines()) == 1


def test_errors_codes_are_unique_and_documented():
    from pathlib import Path

    from nhotext import errors

    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.NhotextError)]
    codes = [c.code for c in classes]
    assert len(codes) == len(set(codes))
    doc = (Path(__file__).parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    assert all(f"`{code}`" in doc for code in codes)
