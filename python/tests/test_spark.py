"""newsmark.spark in Spark local mode: the struct column equals the CLI's
JSONL output on the same documents; the example counts what the CLI finds."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from support import PYTHON_DIR, news_articles, seed_text
from pyspark.sql import functions as F
from pyspark.sql import types as T

import newsmark
import newsmark.spark as nms

DOCS = [
    seed_text(),
    *news_articles(),
    "😀 Vladimir Putin met Emmanuel Macron in Paris. “Yes,” he said.",
    "東京 — “Yes,” said Kremlin spokesman Dmitry Peskov.",
    "\ud800 A lone surrogate before Angela Merkel, who said nothing.",
    "",
    "“An unclosed quote",
]
SCHEMA = T.StructType([T.StructField("id", T.IntegerType()), T.StructField("text", T.StringType())])


def as_dicts(row_struct) -> dict:
    return row_struct.asDict(recursive=True)


def test_the_column_equals_the_cli_output(spark, run_cli):
    # Three partitions, Arrow batches of 7 rows (conftest): many batches,
    # each annotated by one call, and every row must land in its place.
    df = spark.createDataFrame(list(enumerate(DOCS)), SCHEMA).repartition(3)
    rows = df.select("id", nms.annotate_column("text").alias("nm")).collect()
    got = {r.id: as_dicts(r.nm) for r in rows}
    assert sorted(got) == list(range(len(DOCS)))
    expected = run_cli(DOCS)
    for i, e in enumerate(expected):
        assert got[i] == e, f"document {i}: {DOCS[i][:80]!r}"


def test_a_null_text_gives_null_fields_and_the_rest_is_annotated(spark):
    rows = [(0, None), (1, "Vladimir Putin said: “No.”"), (2, None)]
    out = spark.createDataFrame(rows, SCHEMA).select("id", nms.annotate_column("text").alias("nm"))
    got = {r.id: r.nm for r in out.collect()}
    for i in (0, 2):
        assert all(v is None for v in got[i].asDict().values()), got[i]
    assert as_dicts(got[1]) == newsmark.annotate(rows[1][1])


def test_options_reach_the_workers(spark):
    df = spark.createDataFrame([(0, seed_text())], SCHEMA)
    (row,) = df.select(nms.annotate_column(F.col("text"), entities=False).alias("nm")).collect()
    assert as_dicts(row.nm) == newsmark.annotate(seed_text(), entities=False)
    assert row.nm.entities == [] and row.nm.quotes


def test_quotes_explode_into_rows_with_their_speakers(spark):
    df = spark.createDataFrame(list(enumerate(DOCS[:3])), SCHEMA)
    quotes = (
        df.select("id", "text", F.explode(nms.annotate_column("text").getField("quotes")).alias("q"))
        .select("id", "text", "q.speaker", "q.start", "q.end")
        .collect()
    )
    expected = [
        (i, q["speaker"], t[q["start"] : q["end"]])
        for i, t in enumerate(DOCS[:3])
        for q in newsmark.annotate(t)["quotes"]
    ]
    assert len(expected) > 3
    assert Counter((r.id, r.speaker, r.text[r.start : r.end]) for r in quotes) == Counter(expected)


def test_one_annotate_batch_call_per_arrow_batch(monkeypatch):
    # The UDF's body, called as Spark calls it: one pandas Series per batch.
    calls = []
    real = newsmark.annotate_batch

    def counting(texts, **kw):
        calls.append((len(texts), kw["threads"]))
        return real(texts, **kw)

    monkeypatch.setattr(newsmark, "annotate_batch", counting)
    texts = pd.Series(["Vladimir Putin spoke.", None, "“Yes,” Ann said.", "Paris"], index=[10, 11, 12, 13])
    out = nms.annotate_series(texts)
    assert calls == [(3, 1)]  # the three texts, on the task's one core
    assert list(out.columns) == [f.name for f in nms.SCHEMA.fields]
    assert list(out.index) == [10, 11, 12, 13]
    assert out.loc[11].isna().all()
    assert out.loc[12, "quotes"] == real(["“Yes,” Ann said."])[0]["quotes"]
    nms.annotate_series(texts, threads=2)
    assert calls[-1] == (3, 2)


def load_example():
    path = PYTHON_DIR / "examples" / "quotes_by_speaker.py"
    spec = importlib.util.spec_from_file_location("quotes_by_speaker", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def jsonl_folder(tmp_path: Path) -> Path:
    docs = [{"id": i, "text": t} for i, t in enumerate(DOCS)]
    for part in range(3):
        with open(tmp_path / f"part-{part}.jsonl", "w", encoding="utf-8") as f:
            for d in docs[part::3]:
                f.write(json.dumps(d) + "\n")
    (tmp_path / "notes.txt").write_text("not JSONL: ignored")
    return tmp_path


def test_the_example_counts_quotes_by_speaker_as_the_cli_finds_them(spark, run_cli, jsonl_folder):
    example = load_example()
    got = {r.speaker: (r.quotes, r.documents) for r in example.quotes_by_speaker(spark, str(jsonl_folder)).collect()}
    quotes = Counter()
    documents = Counter()
    for a in run_cli(DOCS):
        speakers = [q["speaker"] or example.NOBODY for q in a["quotes"]]
        quotes.update(speakers)
        documents.update(set(speakers))
    assert got == {s: (quotes[s], documents[s]) for s in quotes}
    assert len(got) > 5


def test_the_example_prints_the_most_quoted_first(spark, jsonl_folder, capsys):
    example = load_example()
    assert example.main([str(jsonl_folder), "--top", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["speaker", "quotes", "documents"]
    assert len(lines) == 4
    counts = [int(line.split()[-2]) for line in lines[1:]]
    assert counts == sorted(counts, reverse=True) and counts[0] > 1
