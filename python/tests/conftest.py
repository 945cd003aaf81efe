"""Shared fixtures: the CLI to compare with, the core's fuzz inputs, one
SparkSession for the whole run.

Environment: NEWSMARK_CLI (a built `newsmark` binary; otherwise
`cargo build --release` at the repository root), NEWSMARK_FUZZ_INPUTS (a JSONL
file from `python/harness`; otherwise it is generated).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import PYTHON_DIR, REPO


@pytest.fixture(scope="session")
def cli() -> Path:
    env = os.environ.get("NEWSMARK_CLI")
    if env:
        return Path(env)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    return REPO / "target" / "release" / "newsmark"


@pytest.fixture(scope="session")
def run_cli(cli):
    """Annotates texts with `newsmark --jsonl [FLAGS]`; returns one dict per text,
    without the CLI's "id" and "unit" (checked to be the line's id and "char")."""

    def run(texts: list[str], *flags: str) -> list[dict]:
        lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
        out = subprocess.run(
            [str(cli), "--jsonl", *flags], input=lines.encode(), capture_output=True, check=True
        ).stdout.decode()
        # split on "\n" only: str.splitlines() would also split at U+2028 and the like
        results = [json.loads(line) for line in out.split("\n") if line]
        assert len(results) == len(texts)
        for i, r in enumerate(results):
            assert r.pop("id") == i and r.pop("unit") == "char"
        return results

    return run


@pytest.fixture(scope="session")
def fuzz_inputs() -> list[dict]:
    """The core's fuzz generators' inputs (`python/harness`), `{"kind", "text"}` each."""
    path = os.environ.get("NEWSMARK_FUZZ_INPUTS")
    if path:
        data = Path(path).read_text(encoding="utf-8")
    else:
        data = subprocess.run(
            ["cargo", "run", "--quiet", "--release", "-p", "newsmark-python-harness"],
            cwd=PYTHON_DIR, capture_output=True, check=True,
        ).stdout.decode()
    return [json.loads(line) for line in data.split("\n") if line]


@pytest.fixture(scope="session")
def spark(tmp_path_factory):
    """One local SparkSession (two cores) for every Spark test. It runs in a
    scratch folder: Spark's Python workers put their working folder first on
    sys.path (where python/newsmark, the sources without the extension,
    would shadow the installed wheel), and Spark leaves files there."""
    home = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("spark"))
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsmark-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        # Small Arrow batches, so a partition is annotated in several batches.
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "7")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    os.chdir(home)
