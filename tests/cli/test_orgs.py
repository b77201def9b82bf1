import json

import pytest
from typer.testing import CliRunner

from nhotext.cli import app

runner = CliRunner()
pytestmark = pytest.mark.model


def test_orgs_table_for_a_folder(corpus_dir):
    result = runner.invoke(app, ["orgs", str(corpus_dir / "articles")])
    assert result.exit_code == 0, result.stderr
    assert "Innovasjon Norge" in result.stdout and "ministry" in result.stdout


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_orgs_machine_formats(corpus_dir, fmt):
    result = runner.invoke(app, ["orgs", "-f", fmt, str(corpus_dir / "articles" / "klynger-innlandet.txt")])
    assert result.exit_code == 0
    if fmt == "json":
        rows = json.loads(result.stdout)
        names = {r["organization"]: r for r in rows}
        assert names["Innovasjon Norge"]["kind"] == "agency"
        assert names["NHO Innlandet"]["parent"] == "NHO"
    else:
        assert result.stdout.splitlines()[0].startswith("organization,kind,mentions,articles")


def test_orgs_bad_input_keeps_the_rest(corpus_dir, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["orgs", "-f", "json", str(bad), str(corpus_dir / "articles" / "klimamelding.txt")])
    assert result.exit_code == 2
    assert json.loads(result.stdout) and "nhotext: error E103:" in result.stderr and "empty" in result.stderr


def test_orgs_article_without_organizations(tmp_path):
    path = tmp_path / "ingen.txt"
    path.write_text("Det regnet hele dagen, og ingen gikk ut.", encoding="utf-8")
    result = runner.invoke(app, ["orgs", "-f", "json", str(path)])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_analyze_json_has_organizations_with_parent_and_evidence(corpus_dir):
    result = runner.invoke(app, ["analyze", "-f", "json", str(corpus_dir / "articles" / "klynger-innlandet.txt")])
    (record,) = json.loads(result.stdout)
    org = next(o for o in record["organizations"] if o["name"] == "NHO Innlandet")
    assert org["kind"] == "business_association" and org["parent"] == "NHO" and org["evidence"] == "gazetteer"
    assert org["confidence"] == 0.95
    text = (corpus_dir / "articles" / "klynger-innlandet.txt").read_text(encoding="utf-8")
    for o in record["organizations"]:
        for m in o["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
