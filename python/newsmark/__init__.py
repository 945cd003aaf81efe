"""newsmark: entities, quotes and speakers in news text.

>>> import newsmark
>>> text = "Kremlin spokesman Dmitry Peskov said: “We are ready.”"
>>> a = newsmark.annotate(text)
>>> [text[m["start"]:m["end"]] for m in a["entities"]]
['Kremlin', 'Dmitry Peskov']
>>> a["quotes"][0]["speaker"]
'Dmitry Peskov'

Offsets are code points, so ``text[start:end]`` is the span. ``annotate_batch``
annotates many texts on every core with the GIL released, in input order.
``newsmark.spark`` annotates a Spark DataFrame column (needs pyspark).
"""

from ._newsmark import (
    MAX_INPUT_BYTES,
    NewsmarkError,
    __version__,
    annotate,
    annotate_batch,
)

__all__ = ["annotate", "annotate_batch", "NewsmarkError", "MAX_INPUT_BYTES", "__version__"]
