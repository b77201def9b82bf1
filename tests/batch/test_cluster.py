"""``nhotext batch`` on a real external cluster: a ``dask scheduler`` and two ``dask worker``
processes on 127.0.0.1, started by the test in another working folder, driven with relative paths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nhotext.batch import read_table
from nhotext.batch.inputs import Ref, read_ref
from nhotext.cli import app

DASK = Path(sys.executable).with_name("dask")
TEXT = ("Regjeringen legger fram en ny strategi for klyngene i Innlandet, og næringslivet i regionen får mer "
        "penger til forskning og utvikling de neste fire årene.")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    if not DASK.exists():
        pytest.skip("the dask command is not installed")
    elsewhere = tmp_path_factory.mktemp("worker-cwd")  # the workers' own working folder
    scheduler_file = elsewhere / "scheduler.json"  # the scheduler picks a free port and writes it here
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                               "--scheduler-file", str(scheduler_file)], cwd=elsewhere, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    procs.append(subprocess.Popen([str(DASK), "worker", "--scheduler-file", str(scheduler_file), "--nworkers", "2",
                                   "--nthreads", "1", "--no-dashboard", "--local-directory", str(elsewhere / "dask")],
                                  cwd=elsewhere, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    try:
        from dask.distributed import Client

        deadline = time.monotonic() + 60
        while True:
            try:
                address = json.loads(scheduler_file.read_text())["address"]
                with Client(address, timeout="2s") as client:
                    client.wait_for_workers(2, timeout=60)
                break
            except (OSError, TimeoutError, ValueError, KeyError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address, elsewhere
    finally:
        for proc in reversed(procs):  # nothing to save: no graceful shutdown
            proc.kill()
        for proc in procs:
            proc.wait(timeout=20)


def test_cluster_relative_paths_on_external_workers(cluster, tmp_path, monkeypatch):
    address, elsewhere = cluster
    inputs = tmp_path / "innsendt"
    inputs.mkdir()
    for i in range(6):
        (inputs / f"sak{i}.txt").write_text(f"Sak nummer {i} om budsjettet.\n\n{TEXT}\n", encoding="utf-8")
    (inputs / "feed.jsonl").write_text("\n".join(json.dumps({"id": f"j{i}", "text": TEXT}) for i in range(3)) + "\n",
                                       encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["batch", "innsendt", "--out", "ut", "--scheduler", address, "--model", "blank",
                                      "--partition-size", "2"])
    assert result.exit_code == 0, result.output
    articles = read_table(tmp_path / "ut", "articles")
    assert len(articles) == 9
    assert set(articles["source"]) >= {"innsendt/sak0.txt", "innsendt/feed.jsonl#j2"}  # sources as given
    paragraphs = read_table(tmp_path / "ut", "paragraphs")
    copies = paragraphs[paragraphs["text"] == TEXT]
    assert len(copies) == 9 and copies["dup_group"].nunique() == 1 and copies["dup_group"].notna().all()
    assert not list(elsewhere.glob("ut")) and not list(elsewhere.rglob("part-*"))  # nothing outside --out


def test_cluster_worker_that_cannot_see_an_input_says_why(tmp_path):
    ref = Ref("file", "sak.txt", path=str(tmp_path / "gone" / "sak.txt"))
    (error,) = list(read_ref(ref))
    assert error.source == "sak.txt" and "shared file system" in error.reason and str(tmp_path) in error.reason
