import json

import pytest
from typer.testing import CliRunner

from nhotext.cli import app

runner = CliRunner()

CLEAN = "Tittel\n\nFørste avsnitt handler om klynger i Innlandet.\n\nAndre avsnitt handler om noe annet.\n"
REPEAT = "– Vi er svært fornøyd med tallene i år, sier direktør Kari Nordmann."
DIRTY = f"Tittel\n\n{REPEAT}\n\nEt avsnitt imellom om helt andre ting enn tall.\n\n{REPEAT}\n"


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "cp1252.txt").write_bytes(DIRTY.encode("cp1252"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return tmp_path


def test_check_help():
    result = runner.invoke(app, ["check", "--help"])
    assert result.exit_code == 0
    assert "Exit codes" in result.output


@pytest.mark.parametrize("name,code", [("clean.txt", 0), ("dirty.txt", 1), ("cp1252.txt", 1)])
def test_check_exit_codes(drafts, name, code):
    result = runner.invoke(app, ["check", str(drafts / name)])
    assert result.exit_code == code, result.output


@pytest.mark.parametrize(
    "args,message",
    [
        (["missing.txt"], "no such file"),
        (["empty.txt"], "empty"),
        (["image.txt"], "PNG"),
    ],
)
def test_check_bad_input_exit_2_one_line(drafts, args, message):
    result = runner.invoke(app, ["check", *[str(drafts / a) for a in args]])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("nhotext: error E1")
    assert "Traceback" not in result.output


def test_check_json_contract_fields(drafts):
    result = runner.invoke(app, ["check", "--format", "json", str(drafts / "dirty.txt")])
    assert result.exit_code == 1
    (record,) = json.loads(result.stdout)
    assert set(record) >= {"source", "paragraphs", "duplicates", "encoding"}
    (dup,) = record["duplicates"]
    assert dup == {"kind": "exact", "first": 1, "second": 3, "similarity": 1.0,
                   "first_span": dup["first_span"], "second_span": dup["second_span"]}
    s, e = dup["first_span"]
    assert DIRTY[s:e] == REPEAT


def test_check_folder_keeps_going_after_bad_files(drafts):
    result = runner.invoke(app, ["check", "--format", "json", str(drafts)])
    assert result.exit_code == 2  # bad input wins over "duplicates found"
    sources = [r["source"].rsplit("/", 1)[-1] for r in json.loads(result.stdout)]
    assert sources == ["clean.txt", "cp1252.txt", "dirty.txt"]
    lines = result.stderr.strip().splitlines()
    assert len([line for line in lines if line.startswith("nhotext: error E1")]) == 2
    assert len([line for line in lines if line.startswith("nhotext: warning:")]) == 1  # cp1252


def test_check_threshold_and_min_words(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Foto: NTB\n\nEn tekst her som er lang nok.\n\nFoto: NTB\n", encoding="utf-8")
    assert runner.invoke(app, ["check", str(path)]).exit_code == 0
    assert runner.invoke(app, ["check", "--min-words", "2", str(path)]).exit_code == 1
    assert runner.invoke(app, ["check", "--threshold", "1.5", str(path)]).exit_code == 2


def test_check_stdin():
    result = runner.invoke(app, ["check", "-"], input=DIRTY.encode("utf-8"))
    assert result.exit_code == 1
    assert "exact" in result.stdout


def test_check_text_output_highlights_repeat(drafts):
    result = runner.invoke(app, ["check", str(drafts / "dirty.txt")])
    assert "¶1 = ¶3" in result.stdout and "exact" in result.stdout


def test_check_one_paragraph_file_is_clean(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Bare ett avsnitt, uten noen gjentakelser i det hele tatt.", encoding="utf-8")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 0 and "no repeated paragraphs" in result.stdout


def test_cli_version_and_help():
    assert runner.invoke(app, ["--version"]).stdout.startswith("nhotext ")
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("analyze", "check", "batch", "orgs", "quotes", "train", "evaluate"):
        assert command in result.stdout
