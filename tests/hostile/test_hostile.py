"""Every command on hostile inputs, through the real ``nhotext`` entry point (a subprocess): no hang
(each run under ``BOUND`` seconds), no traceback, the documented exit code, one error line per bad
input, and the good file beside them still processed. Peak memory is measured in
``bench/hostile_input.py``, not here."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from .files import GOOD, make

BOUND = 180  # seconds for one command over the whole folder (the slowest, analyze, takes about 15 here)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return make(tmp_path_factory.mktemp("hostile"))


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nhotext", *args], capture_output=True, text=True, timeout=BOUND)


def error_lines(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("nhotext: error")]


def test_hostile_check_whole_folder(files):
    folder = files["good"].parent
    result = run("check", "--format", "json", str(folder))
    assert "Traceback" not in result.stderr
    assert result.returncode == 2  # bad inputs win over repeats found
    records = {r["source"].rsplit("/", 1)[-1]: r for r in json.loads(result.stdout)}
    # the good and the merely odd are checked; the unreadable are one line each
    assert {"god.txt", "kopier.txt", "linje.txt", "stor.txt", "escape.txt", "stray.txt", "formel.txt"} <= set(records)
    (group,) = records["kopier.txt"]["groups"]
    assert len(group["group"]) == 50_000 and group["kind"] == "exact"
    assert records["stray.txt"]["encoding"] == "utf-8 (1 byte as cp1252)" and "i å g" in records["stray.txt"]["text"]
    errors = error_lines(result)
    assert len(errors) == 3
    assert any("E108" in e and "dyp.html" in e for e in errors)
    assert any("broken symbolic link" in e and "borte.txt" in e for e in errors)
    assert any("named pipe" in e and "ror.txt" in e for e in errors)


def test_hostile_terminal_output_is_inert(files):
    result = run("check", str(files["escape"]))
    assert result.returncode == 1
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\\x1b[31mRød tekst" in result.stdout


def test_hostile_summary_one_line_per_draft(files):
    result = run("check", "-f", "summary", str(files["good"]), str(files["copies"]))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[0].endswith("ok (3 paragraphs)") and "1 group of copies (¶0=¶1=" in lines[1]


@pytest.mark.model
@pytest.mark.parametrize("command", [["analyze", "-f", "jsonl"], ["orgs", "-f", "csv"], ["quotes", "-f", "csv"]])
def test_hostile_model_commands_keep_the_good_file(files, command):
    folder = files["good"].parent
    result = run(*command, str(folder))
    assert "Traceback" not in result.stderr and result.returncode == 2
    errors = error_lines(result)
    refused = {"dyp.html", "borte.txt", "ror.txt", "kopier.txt", "linje.txt", "stor.txt"}  # the last three: too long
    assert {next(n for n in refused if n in e) for e in errors} == refused and len(errors) == len(refused)
    if command[0] == "analyze":
        sources = {json.loads(line)["source"].rsplit("/", 1)[-1] for line in result.stdout.splitlines()}
        assert sources == {"god.txt", "escape.txt", "stray.txt", "formel.txt"}
    elif command[0] == "orgs":
        assert "NHO Innlandet" in result.stdout
    else:
        rows = result.stdout.splitlines()
        assert any("Jon Kristiansen" in row for row in rows)
        assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row.split(","))
        assert "'=HYPERLINK" in result.stdout


def test_hostile_batch_keeps_every_input(files, tmp_path):
    folder = files["good"].parent
    out = tmp_path / "out"
    result = run("batch", str(folder), "--out", str(out), "--model", "blank", "--workers", "1", "--format", "csv",
                 "--quiet")
    assert "Traceback" not in result.stderr and result.returncode == 3
    articles = pd.concat(pd.read_csv(f) for f in (out / "articles.csv").glob("*.csv"))
    errors = pd.concat(pd.read_csv(f) for f in (out / "errors.csv").glob("*.csv"))
    names = lambda frame: {s.rsplit("/", 1)[-1] for s in frame["source"]}  # noqa: E731
    assert names(errors) == {"dyp.html", "borte.txt", "ror.txt", "kopier.txt", "linje.txt", "stor.txt"}
    assert names(articles) == {"god.txt", "escape.txt", "stray.txt", "formel.txt"}
    paragraphs = pd.concat(pd.read_csv(f) for f in (out / "paragraphs.csv").glob("*.csv"))
    assert not paragraphs["text"].astype(str).str.startswith(("=", "+", "@")).any()


def test_hostile_usage_error_is_one_line():
    result = run("check", "--no-such-option", "x.txt")
    assert result.returncode == 2 and result.stderr.startswith("nhotext: error E001:")
    assert len(result.stderr.strip().splitlines()) == 1


class _ClosedPipe(io.TextIOWrapper):
    """Standard output whose reader went away (``| head``): every write fails with EPIPE."""

    def __init__(self):
        super().__init__(open(os.devnull, "wb"))  # noqa: SIM115 - the wrapper owns and closes it

    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")


def test_hostile_broken_pipe_is_quiet(files, monkeypatch, capsys):
    from nhotext.cli import _common, main

    pipe = _ClosedPipe()
    monkeypatch.setattr(sys, "stdout", pipe)
    monkeypatch.setattr(_common.stdout, "_file", pipe)
    monkeypatch.setattr(sys, "argv", ["nhotext", "check", "--format", "json", str(files["good"])])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code in (0, 141)  # never 1, the code of "duplicates found"
    assert "Traceback" not in capsys.readouterr().err


def test_hostile_good_file_alone_is_fine(files):
    result = run("check", str(files["good"]))
    assert result.returncode == 0 and GOOD.split("\n")[0] not in result.stderr
