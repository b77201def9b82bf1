"""Batch runs on a LocalCluster with 2 worker processes (loaded once per session)."""

import json
import shutil

import pandas as pd
import pytest
from typer.testing import CliRunner

from nhotext.batch import BatchError, read_table, run_batch
from nhotext.batch.archive import ArchiveIndex
from nhotext.cli import app
from nhotext.reading import split_paragraphs

pytestmark = pytest.mark.model

BOILERPLATE = "Få de siste nyhetene fra Innlandet rett i innboksen. Meld deg på nyhetsbrevet vårt her."


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, corpus_dir):
    root = tmp_path_factory.mktemp("corpus")
    names = ["klimamelding", "sjomat-eksport", "batterifabrikk", "skolebudsjett", "politidistrikt"]
    for name in names:
        text = (corpus_dir / "articles" / f"{name}.txt").read_text(encoding="utf-8")
        (root / f"{name}.txt").write_text(text + "\n" + BOILERPLATE + "\n", encoding="utf-8")
    source = (corpus_dir / "articles" / "klimamelding.txt").read_text(encoding="utf-8")
    # a republished press release with light edits, in cp1252
    edited = source.replace("NHO og LO krever", "NHO og LO kreve").replace("–", "-")
    (root / "republisert.txt").write_bytes(edited.encode("cp1252"))
    lines = [json.dumps({"id": "j1", "text": (corpus_dir / "articles" / "politidistrikt.txt").read_text()}),
             "{ikke json", json.dumps({"id": "j3", "text": "Kort melding uten mye innhold i det hele tatt."})]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "bilde.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / "tom.txt").write_bytes(b"")
    shutil.copy(corpus_dir / "duplicates" / "klyngesoknader.txt", root)  # repeats inside one article
    return root


@pytest.fixture(scope="module")
def finished(corpus, client, tmp_path_factory):
    out = tmp_path_factory.mktemp("run") / "out"
    result = run_batch([str(corpus)], out, client=client, partition_size=2, boilerplate_min_docs=5)
    return out, result


def test_batch_every_input_in_articles_or_errors(finished, corpus):
    out, result = finished
    articles, errors = read_table(out, "articles"), read_table(out, "errors")
    assert len(articles) == 9 and result.n_articles == 9
    assert sorted(e.rsplit("/", 1)[-1] for e in errors["source"]) == ["bilde.txt", "feed.jsonl@" + str(
        len((corpus / "feed.jsonl").read_text().splitlines()[0].encode()) + 1), "tom.txt"]
    assert (articles.loc[articles["source"].str.endswith("republisert.txt"), "encoding"] == "cp1252").all()
    assert set(articles["id"].dropna()) == {"j1", "j3"}


def test_batch_tables_read_with_pandas(finished):
    out, _ = finished
    for name, columns in {
        "paragraphs": {"source", "index", "start", "end", "text", "dup_group", "boilerplate"},
        "duplicates": {"source", "first", "second", "kind", "similarity"},
        "organizations": {"source", "name", "kind", "n_mentions"},
        "quotes": {"source", "start", "end", "text", "kind", "speaker", "speaker_type", "speaker_gender",
                   "speaker_title", "speaker_organization", "cue"},
        "articles": {"source", "n_paragraphs", "n_words", "encoding"},
        "sources": {"source", "quotes", "people", "women", "men", "share_women"},
    }.items():
        table = pd.read_parquet(out / f"{name}.parquet")
        assert columns <= set(table.columns), name
        assert len(table), name
    # one sources row per article, its quotes adding up to the quotes table
    sources, quotes = read_table(out, "sources"), read_table(out, "quotes")
    assert len(sources) == len(read_table(out, "articles")) and sources["quotes"].sum() == len(quotes)


def test_batch_groups_copies_across_articles(finished):
    out, _ = finished
    p = read_table(out, "paragraphs")
    p["name"] = p["source"].str.rsplit("/", n=1).str[-1]
    original = p[p["name"] == "klimamelding.txt"].set_index("index")
    copy = p[p["name"] == "republisert.txt"].set_index("index")
    # every paragraph of the republished copy is in the group of its original, the edited one too
    for i in copy.index:
        if i in original.index and copy.at[i, "text"] != BOILERPLATE:
            assert pd.notna(copy.at[i, "dup_group"]) and copy.at[i, "dup_group"] == original.at[i, "dup_group"]
    # the politidistrikt article and its .jsonl copy share groups; other paragraphs have none
    grouped = p[p["dup_group"].notna()]
    assert set(grouped["name"]) <= {"klimamelding.txt", "republisert.txt", "politidistrikt.txt", "feed.jsonl#j1",
                                    "sjomat-eksport.txt", "batterifabrikk.txt", "skolebudsjett.txt",
                                    "klyngesoknader.txt"}
    # repeats inside one article are in the duplicates table, not in a cross-corpus group; only its
    # newsletter line, a near copy of the other articles' boilerplate, is grouped
    inner = p[(p["name"] == "klyngesoknader.txt") & p["dup_group"].notna()]
    assert inner["text"].str.startswith("Få de siste nyhetene").all() and len(inner) == 2
    assert inner["dup_group"].iloc[0] == p.loc[p["text"] == BOILERPLATE, "dup_group"].iloc[0]
    d = read_table(out, "duplicates")
    assert (d["source"].str.endswith("klyngesoknader.txt")).sum() == 7
    assert p.loc[p["name"] == "feed.jsonl#j3", "dup_group"].isna().all()


def test_batch_boilerplate(finished):
    out, _ = finished
    p = read_table(out, "paragraphs")
    assert p.loc[p["text"] == BOILERPLATE, "boilerplate"].all()
    assert p.loc[p["text"] == BOILERPLATE].shape[0] == 5
    assert not p.loc[p["text"] != BOILERPLATE, "boilerplate"].any()


def test_batch_resume_finishes_without_duplicate_rows(finished, client, tmp_path):
    out, _ = finished
    resumed = tmp_path / "out"
    shutil.copytree(out, resumed)
    # an interrupted run: two partitions never finished, no final tables yet
    for number in (1, 3):
        (resumed / "_work" / "done" / f"{number:05d}").unlink()
        for part in (resumed / "_work").glob(f"*/part-{number:05d}.parquet"):
            part.unlink()
    for table in resumed.glob("*.parquet"):
        shutil.rmtree(table)
    with pytest.raises(BatchError, match="--resume"):
        run_batch(["unused"], resumed, client=client)
    result = run_batch(["unused"], resumed, client=client, resume=True, boilerplate_min_docs=5)
    assert result.n_skipped == result.n_partitions - 2
    for name in ("articles", "paragraphs", "quotes", "errors"):
        a = read_table(out, name).sort_values(["source"] + (["index"] if name == "paragraphs" else [])
                                              ).reset_index(drop=True)
        b = read_table(resumed, name).sort_values(["source"] + (["index"] if name == "paragraphs" else [])
                                                  ).reset_index(drop=True)
        pd.testing.assert_frame_equal(a.drop(columns=["uid"], errors="ignore"), b.drop(columns=["uid"],
                                      errors="ignore"), check_like=True)


def test_batch_archive_check(finished, corpus_dir):
    out, _ = finished
    index = ArchiveIndex.load(out)
    draft = (corpus_dir / "articles" / "klimamelding.txt").read_text(encoding="utf-8")
    draft = draft.replace("Statnett opplyser", "Statnett forteller")  # a near copy of one paragraph
    matches = index.match(split_paragraphs(draft))
    kinds = {(m.paragraph, m.kind) for m in matches}
    assert (4, "near") in kinds and (0, "exact") in kinds
    assert index.match(split_paragraphs("En helt ny tekst om noe annet enn det arkivet har.")) == []


def test_batch_cli_formats_and_exit_code(corpus, tmp_path):
    runner = CliRunner()
    small = tmp_path / "small"
    small.mkdir()
    shutil.copy(corpus / "klimamelding.txt", small)
    shutil.copy(corpus / "tom.txt", small)
    result = runner.invoke(app, ["batch", str(small), "--out", str(tmp_path / "o"), "--workers", "1",
                                 "--format", "csv"])
    assert result.exit_code == 3, result.output
    assert len(read_table(tmp_path / "o", "articles")) == 1
    assert len(read_table(tmp_path / "o", "errors")) == 1
    again = runner.invoke(app, ["batch", str(small), "--out", str(tmp_path / "o"), "--workers", "1"])
    assert again.exit_code == 2 and "--resume" in again.stderr
    check = runner.invoke(app, ["check", "-f", "json", str(corpus / "klimamelding.txt"), "--against",
                                str(tmp_path / "o")])
    assert check.exit_code == 1
    assert json.loads(check.stdout)[0]["archive_matches"]


def test_batch_check_against_missing_index(tmp_path, corpus):
    result = CliRunner().invoke(app, ["check", str(corpus / "klimamelding.txt"), "--against", str(tmp_path)])
    assert result.exit_code == 2 and "not a `nhotext batch` output" in result.stderr


def test_batch_cli_on_an_existing_scheduler(client, corpus, tmp_path):
    small = tmp_path / "in"
    small.mkdir()
    shutil.copy(corpus / "sjomat-eksport.txt", small)
    result = CliRunner().invoke(app, ["batch", str(small), "--out", str(tmp_path / "o"), "--scheduler",
                                      client.scheduler.address, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert len(read_table(tmp_path / "o", "articles")) == 1
    assert (tmp_path / "o" / "paragraphs.jsonl").is_dir()


def test_batch_cli_unreachable_scheduler_is_exit_2(tmp_path, corpus):
    result = CliRunner().invoke(app, ["batch", str(corpus / "tom.txt"), "--out", str(tmp_path / "o"),
                                      "--scheduler", "tcp://127.0.0.1:9", "--scheduler-timeout", "1"])
    assert result.exit_code == 2 and "scheduler" in result.stderr


@pytest.mark.parametrize("partition_size", [1, 10])  # the repeated id in another partition, or in the same one
def test_batch_duplicate_jsonl_ids_are_refused_not_merged(client, tmp_path, partition_size):
    lines = [{"id": "a", "text": "Første sak om budsjettet i kommunen i år."},
             {"id": "b", "text": "Andre sak om skolene i fylket neste år."},
             {"id": "a", "text": "Tredje sak med en id som er brukt før."}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_batch([str(feed)], out, client=client, partition_size=partition_size, model="blank")
    articles, errors = read_table(out, "articles"), read_table(out, "errors")
    assert sorted(articles["id"]) == ["a", "b"] and articles["source"].is_unique
    assert len(errors) == 1 and "duplicate id" in errors["error"].iloc[0]
    assert result.n_articles == 2 and result.n_errors == 1
    paragraphs = read_table(out, "paragraphs")
    assert not paragraphs["text"].str.startswith("Tredje").any()  # the refused article left nothing behind


def test_batch_stray_control_characters_are_read_not_refused(client, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    # a review whose cp1252 dashes and quote marks were decoded as latin-1 somewhere upstream
    (folder / "anmeldelse.txt").write_text("Filmen er god \u0096 og \u0093morsom\u0094, skriver vi.\n",
                                           encoding="utf-8")
    out = tmp_path / "out"
    result = run_batch([str(folder)], out, client=client, model="blank")
    assert result.n_errors == 0
    articles = read_table(out, "articles")
    assert "C1 control characters" in articles["warnings"].iloc[0]
    assert read_table(out, "paragraphs")["text"].iloc[0] == "Filmen er god – og “morsom”, skriver vi."
