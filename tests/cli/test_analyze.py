import json

import pytest
from typer.testing import CliRunner

from nhotext.cli import app

runner = CliRunner()

pytestmark = pytest.mark.model

ARTICLE = (
    "Klynger i Innlandet\r\n\r\n"
    "NHO Innlandet støtter søknaden fra Vrinn, sier regiondirektør Jon Kristiansen.\r\n\r\n"
    "Søknaden behandles av Innovasjon Norge i Oslo.\r\n"
)


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "utf8.txt").write_text(ARTICLE.replace("\r\n", "\n"), encoding="utf-8")
    (tmp_path / "cp1252.txt").write_bytes(ARTICLE.encode("cp1252"))
    (tmp_path / "page.html").write_text(
        "<html><body><nav>Meny</nav><article><h1>Klynger</h1><p>NHO Innlandet er fornøyd.</p></article>"
        "</body></html>", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "zip.txt").write_bytes(b"PK\x03\x04" + bytes(100))
    return tmp_path


def test_analyze_help():
    result = runner.invoke(app, ["analyze", "--help"])
    assert result.exit_code == 0 and "Exit codes" in result.output


def test_analyze_json_contract(inputs):
    result = runner.invoke(app, ["analyze", "--format", "json", str(inputs / "cp1252.txt")])
    assert result.exit_code == 0, result.stderr
    (record,) = json.loads(result.stdout)
    assert record["encoding"] == "cp1252"
    text = ARTICLE.replace("\r\n", "\n")
    assert [p["text"] for p in record["paragraphs"]] == [p for p in text.strip().split("\n\n")]
    for p in record["paragraphs"]:
        assert text[p["start"]:p["end"]] == p["text"]
    for e in record["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert ("NHO Innlandet", "ORG") in [(e["text"], e["label"]) for e in record["entities"]]
    assert {"duplicates", "organizations", "quotes"} <= set(record)


def test_analyze_jsonl_many_files_and_bad_ones(inputs):
    result = runner.invoke(app, ["analyze", "--format", "jsonl", str(inputs)])
    assert result.exit_code == 2
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["source"].rsplit("/", 1)[-1] for r in records) == ["cp1252.txt", "page.html", "utf8.txt"]
    errors = [line for line in result.stderr.strip().splitlines() if line.startswith("nhotext: error")]
    assert len(errors) == 2 and any("empty" in e for e in errors) and any("ZIP" in e for e in errors)
    assert any(line.startswith("nhotext: warning:") and "cp1252" in line for line in result.stderr.splitlines())
    assert "Traceback" not in result.output


def test_analyze_text_output(inputs):
    result = runner.invoke(app, ["analyze", str(inputs / "utf8.txt")])
    assert result.exit_code == 0
    assert "¶  1" in result.stdout and "/ORG" in result.stdout


def test_analyze_stdin():
    result = runner.invoke(app, ["analyze", "-f", "json", "-"], input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["source"] == "-"


@pytest.mark.parametrize(
    "args,message",
    [
        (["missing.txt"], "no such file"),
        (["--model", "no_such_model", "utf8.txt"], "no spaCy pipeline"),
    ],
)
def test_analyze_errors_exit_2(inputs, args, message):
    args = [str(inputs / a) if a.endswith(".txt") else a for a in args]
    result = runner.invoke(app, ["analyze", *args])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_analyze_refuses_oversized_file(inputs):
    big = inputs / "big.txt"
    big.write_bytes(b"ord " * 5000)
    result = runner.invoke(app, ["analyze", "--max-bytes", "1000", str(big)])
    # the reader's refusal (E106), not a usage error that would also exit 2
    assert result.exit_code == 2 and result.stderr.startswith("nhotext: error E106:") and "limit" in result.stderr


def test_analyze_fills_duplicates_from_the_component(corpus_dir):
    gold = json.loads((corpus_dir / "duplicates" / "klyngesoknader.gold.json").read_text(encoding="utf-8"))
    result = runner.invoke(app, ["analyze", "-f", "json", str(corpus_dir / "duplicates" / gold["article"])])
    assert result.exit_code == 0
    (record,) = json.loads(result.stdout)
    assert {(d["first"], d["second"], d["kind"]) for d in record["duplicates"]} == {
        (p["first"], p["second"], p["kind"]) for p in gold["pairs"]
    }
