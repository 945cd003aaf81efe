"""Who is quoted, and how often: quotes counted by speaker over a folder of JSONL.

    python examples/quotes_by_speaker.py FOLDER [--top 20] [--master local[*]]

Each line of each ``*.jsonl`` file in FOLDER is an object with a "text"
string (other fields are ignored), as the CLI's ``--jsonl`` reads. Quotes
whose text names no speaker are counted under "(nobody named)". Prints a
table of speaker, quotes, and how many documents quote them.
"""

from __future__ import annotations

import argparse
import os
import sys

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

from newsmark.spark import annotate_column

NOBODY = "(nobody named)"


def quotes_by_speaker(spark: SparkSession, folder: str) -> DataFrame:
    """Columns speaker, quotes, documents; most quoted first, then by name."""
    schema = T.StructType([T.StructField("text", T.StringType())])
    docs = spark.read.schema(schema).option("pathGlobFilter", "*.jsonl").json(folder)
    docs = docs.withColumn("doc", F.monotonically_increasing_id())
    # Entities are not needed in the output: speakers are named in the quotes.
    quotes = docs.select("doc", F.explode(annotate_column("text", entities=False).getField("quotes")).alias("q"))
    return (
        quotes.groupBy(F.coalesce(F.col("q.speaker"), F.lit(NOBODY)).alias("speaker"))
        .agg(F.count("*").alias("quotes"), F.countDistinct("doc").alias("documents"))
        .orderBy(F.desc("quotes"), "speaker")
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", help="a folder of *.jsonl files, one {\"text\": …} object a line")
    ap.add_argument("--top", type=int, default=20, help="how many speakers to print (default 20)")
    ap.add_argument("--master", default="local[*]", help="Spark master (default local[*])")
    args = ap.parse_args(argv)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(args.master)
        .appName("newsmark-quotes-by-speaker")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    rows = quotes_by_speaker(spark, args.folder).limit(args.top).collect()
    width = max([len(r.speaker) for r in rows] + [len("speaker")])
    print(f"{'speaker':<{width}}  quotes  documents")
    for r in rows:
        print(f"{r.speaker:<{width}}  {r.quotes:>6}  {r.documents:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
