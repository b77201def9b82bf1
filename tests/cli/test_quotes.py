import json

import pytest
from typer.testing import CliRunner

from nhotext.cli import app

runner = CliRunner()
pytestmark = pytest.mark.model


def test_quotes_json_rows(corpus_dir):
    path = corpus_dir / "articles" / "klynger-innlandet.txt"
    result = runner.invoke(app, ["quotes", "-f", "json", str(path)])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    direct = [r for r in rows if r["kind"] == "direct"]
    assert direct and all(r["speaker"] == "Jon Kristiansen" for r in direct)
    assert direct[0]["title"] == "regiondirektør" and direct[0]["organization"] == "NHO Innlandet"
    text = path.read_text(encoding="utf-8")
    assert all(text[r["start"]:r["end"]] == r["quote"] for r in rows)


def test_quotes_by_speaker_counts(corpus_dir):
    result = runner.invoke(app, ["quotes", "--by", "speaker", "-f", "csv", str(corpus_dir / "articles")])
    assert result.exit_code == 0
    header, *lines = result.stdout.splitlines()
    assert header == "speaker,speaker_type,gender,title,organization,quotes,direct,indirect,articles"
    assert any(line.startswith("Jon Kristiansen,person,male,regiondirektør,NHO Innlandet,") for line in lines)


def test_quotes_by_article_sources_summary(corpus_dir):
    result = runner.invoke(app, ["quotes", "--by", "article", "-f", "json", str(corpus_dir / "articles")])
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    *articles, everything = rows
    assert everything["source"] == "(all)" and len(articles) == len(list((corpus_dir / "articles").glob("*.txt")))
    assert everything["quotes"] == sum(r["quotes"] for r in articles) > 0
    assert 0 < everything["share_women"] < 1 and everything["people"] >= everything["women"] + everything["men"]


def test_quotes_table_and_bad_input(corpus_dir, tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    result = runner.invoke(app, ["quotes", str(tmp_path / "binary.txt"),
                                 str(corpus_dir / "articles" / "kraftselskap.txt")])
    assert result.exit_code == 2
    assert "Bjørnstad" in result.stdout and result.stderr.startswith("nhotext: error E104:")


def test_analyze_json_quotes_follow_the_contract(corpus_dir):
    result = runner.invoke(app, ["analyze", "-f", "json", str(corpus_dir / "articles" / "kraftselskap.txt")])
    (record,) = json.loads(result.stdout)
    for quote in record["quotes"]:
        assert {"text", "start", "end", "kind", "speaker", "cue"} <= set(quote)
        assert quote["kind"] in ("direct", "indirect")
        # contract version 2, plus our gender
        assert quote["speaker"] is None or set(quote["speaker"]) == {"name", "type", "title", "organization",
                                                                     "gender"}


def test_evaluate_coref_bad_paths_and_split(tmp_path):
    result = runner.invoke(app, ["evaluate-coref", "--narc", str(tmp_path / "nope"), "--norne", str(tmp_path)])
    assert result.exit_code == 2 and result.stderr.startswith("nhotext: error E101:")
    (tmp_path / "split.tsv").write_text("document\tsplit\tfiles\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate-coref", "--narc", str(tmp_path), "--norne", str(tmp_path),
                                 "--split", "test"])
    assert result.exit_code == 2 and "--split must be train or dev" in result.stderr


@pytest.mark.model
def test_evaluate_quotes_bootstrap_intervals(tmp_path):
    """``--bootstrap N`` adds each figure's 95% interval over resampled passages (text written for this test)."""
    (tmp_path / "passages").mkdir()
    gold = []
    for k, name in enumerate(("Per Hansen", "Kari Lie", "Ola Berg")):
        text = f"Kommunen kutter.\n\n– Dette er en tung dag nummer {k}, sier rådmann {name}.\n"
        quote = f"Dette er en tung dag nummer {k}"
        (tmp_path / "passages" / f"x0{k}.txt").write_text(text, encoding="utf-8")
        gold.append({"passage": f"x0{k}.txt", "quote": quote, "kind": "direct", "speaker": name,
                     "speaker_mention": name, "title": "rådmann", "organization": None, "cue": "sier",
                     "start": text.index(quote), "end": text.index(quote) + len(quote)})
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold),
                                         encoding="utf-8")
    result = runner.invoke(app, ["evaluate-quotes", "--gold", str(tmp_path), "--bootstrap", "100"])
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["intervals"]["resamples"] == 100 and found["intervals"]["unit"] == "passage"
    low, high = found["intervals"]["f1"]
    assert low <= found["f1"] <= high
    result = runner.invoke(app, ["evaluate-quotes", "--gold", str(tmp_path), "--bootstrap", "-1"])
    assert result.exit_code == 2 and "--bootstrap" in result.stderr
