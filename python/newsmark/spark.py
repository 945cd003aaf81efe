"""Annotate a Spark DataFrame column with newsmark.

A pandas UDF: Spark hands each Python worker the column in Arrow batches, and
each batch is annotated by one ``newsmark.annotate_batch`` call. The result is
a struct column with the fields of ``newsmark.annotate``'s dict (entities,
groups, roles, quotes, diagnostics), typed by ``SCHEMA``; offsets are code
points, as in Python.

    from newsmark.spark import annotate_column
    df = spark.read.json("articles/")            # lines {"id": …, "text": …}
    out = df.select("id", annotate_column("text").alias("nm"))
    out.select("id", F.explode("nm.quotes").alias("q")).select("id", "q.speaker", "q.start")

Needs pyspark (3.5 or later), pandas and pyarrow on the driver and the
workers, and the newsmark wheel installed where the workers' Python runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from pyspark import TaskContext
from pyspark.sql import functions as F
from pyspark.sql import types as T

import newsmark

if TYPE_CHECKING:
    from pyspark.sql import Column

__all__ = ["SCHEMA", "annotate_column", "annotate_udf"]

_INT = T.IntegerType()  # offsets and ids: texts are at most 16 MiB
_STR = T.StringType()


def _struct(*fields: tuple[str, T.DataType]) -> T.StructType:
    return T.StructType([T.StructField(name, ty, nullable=True) for name, ty in fields])


SCHEMA = _struct(
    ("entities", T.ArrayType(_struct(("start", _INT), ("end", _INT), ("label", _STR), ("id", _INT)))),
    ("groups", T.ArrayType(_struct(("id", _INT), ("label", _STR), ("name", _STR), ("mentions", _INT)))),
    ("roles", T.ArrayType(_struct(("start", _INT), ("end", _INT), ("role", _STR), ("person", _INT)))),
    (
        "quotes",
        T.ArrayType(
            _struct(
                ("start", _INT),
                ("end", _INT),
                ("kind", _STR),
                ("speaker", _STR),
                ("speaker_id", _INT),
                ("speaker_start", _INT),
                ("speaker_end", _INT),
                ("cue", _STR),
                ("cue_start", _INT),
                ("cue_end", _INT),
                ("nested", T.ArrayType(_struct(("start", _INT), ("end", _INT)))),
            )
        ),
    ),
    ("diagnostics", T.ArrayType(_struct(("start", _INT), ("end", _INT), ("code", _STR), ("message", _STR)))),
)
"""The Spark type of the annotation column: ``newsmark.Annotations`` as a struct."""

_FIELDS = [f.name for f in SCHEMA.fields]


def _task_cpus() -> int:
    """The cores Spark gave this task (``spark.task.cpus``), 1 outside a task."""
    ctx = TaskContext.get()
    return max(1, int(ctx.cpus())) if ctx is not None else 1


def annotate_series(
    texts: pd.Series, *, entities: bool = True, quotes: bool = True, threads: int | None = None
) -> pd.DataFrame:
    """The UDF's body: one ``annotate_batch`` call for a batch of texts; a
    null text gives a row whose fields are all null."""
    present = texts.notna().to_numpy()
    done = newsmark.annotate_batch(
        texts[present].tolist(),
        threads=threads or _task_cpus(),
        entities=entities,
        quotes=quotes,
    )
    if present.all():
        rows = done
    else:
        it = iter(done)
        rows = [next(it) if p else None for p in present]
    return pd.DataFrame(
        {name: [r[name] if r is not None else None for r in rows] for name in _FIELDS},
        index=texts.index,
    )


def annotate_udf(*, entities: bool = True, quotes: bool = True, threads: int | None = None):
    """A pandas UDF from a string column to a ``SCHEMA`` struct column.

    ``threads`` per task defaults to the task's cores (``spark.task.cpus``,
    usually 1): Spark already runs one task per core, so each task annotates
    its batches on the cores it was given.
    """

    @F.pandas_udf(SCHEMA)  # type: ignore[call-overload]
    def newsmark_annotate(texts: pd.Series) -> pd.DataFrame:
        return annotate_series(texts, entities=entities, quotes=quotes, threads=threads)

    return newsmark_annotate


def annotate_column(
    col: Column | str, *, entities: bool = True, quotes: bool = True, threads: int | None = None
) -> Column:
    """``col`` (a string column or its name) annotated: a ``SCHEMA`` struct column."""
    return annotate_udf(entities=entities, quotes=quotes, threads=threads)(col)
