"""newsmark.annotate and annotate_batch: the CLI's output, code-point offsets,
options, errors as exceptions, the GIL released."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path

import pytest
from support import PYTHON_DIR, check, news_articles, seed_text

import newsmark

# Text whose code points, UTF-16 units and UTF-8 bytes all differ before the
# names: emoji (a surrogate pair in UTF-16), a ZWJ sequence, combining marks,
# CJK and curly quotes.
UNICODE_TEXTS = [
    "😀 Vladimir Putin met Emmanuel Macron in Paris on Tuesday.",
    "👩‍👩‍👧 Zoë Ångström said: “We are ready.” She left.",
    "東京 — “Yes,” said Kremlin spokesman Dmitry Peskov, adding that Russia’s plan was “fine.”",
    "Cafe\u0301 owner Jose\u0301 Ramírez told Reuters that prices rose 5% to $3 million.",
]


def slices(text: str, a: dict) -> list[str]:
    return [text[m["start"] : m["end"]] for m in a["entities"]]


def test_the_seed_article_reads_as_documented():
    text = "Kremlin spokesman Dmitry Peskov said: “We are ready.”"
    a = newsmark.annotate(text)
    assert slices(text, a) == ["Kremlin", "Dmitry Peskov"]
    assert [g["name"] for g in a["groups"]] == ["Kremlin", "Dmitry Peskov"]
    (q,) = a["quotes"]
    assert (q["kind"], q["speaker"], q["cue"]) == ("direct", "Dmitry Peskov", "said")
    assert text[q["start"] : q["end"]] == "“We are ready.”"
    assert text[q["speaker_start"] : q["speaker_end"]] == "Dmitry Peskov"
    assert a["roles"][0]["role"] == "spokesman"


@pytest.mark.parametrize("text", UNICODE_TEXTS)
def test_offsets_are_code_points_so_slices_give_the_span(text):
    a = newsmark.annotate(text)
    check(text, a)
    assert a["entities"], "these texts name someone"
    for m in a["entities"]:
        span = text[m["start"] : m["end"]]
        assert span == span.strip() and span, (m, span)
    for g in a["groups"]:
        # a one-mention entity's name is its mention as written
        if g["mentions"] == 1:
            (m,) = [m for m in a["entities"] if m["id"] == g["id"]]
            assert text[m["start"] : m["end"]] == g["name"]


def test_the_same_text_gives_what_the_cli_prints(run_cli):
    texts = [seed_text(), *news_articles(), *UNICODE_TEXTS, "", "   \n\n ", "“"]
    assert [newsmark.annotate(t) for t in texts] == run_cli(texts)


def test_explain_and_disable_give_what_the_cli_prints(run_cli):
    texts = [seed_text(), *news_articles()[:3], *UNICODE_TEXTS]
    explained = [newsmark.annotate(t, explain=True) for t in texts]
    assert explained == run_cli(texts, "--explain")
    assert newsmark.annotate_batch(texts, threads=2, explain=True) == explained
    whys = [m["why"] for a in explained for m in a["entities"] + a["roles"] + a["quotes"]]
    assert whys and all(whys), "with explain, every mention, role and quote says why"
    assert "tagger" in {w[0] for w in whys}
    # without explain, no dict has a "why"
    plain = newsmark.annotate(seed_text())
    assert not any("why" in m for m in plain["entities"] + plain["roles"] + plain["quotes"])
    # a rule the seed uses, switched off: the CLI's --disable, and it matters
    rule = next(w for a in explained[:1] for q in a["quotes"] for w in q["why"][1:])
    off = [newsmark.annotate(t, disable=[rule]) for t in texts]
    assert off == run_cli(texts, "--disable", rule)
    assert off[0] != plain
    assert newsmark.annotate_batch(texts, disable=(rule,)) == off


def test_batch_equals_one_by_one_in_input_order():
    texts = [*news_articles(), seed_text(), *UNICODE_TEXTS, ""]
    one_by_one = [newsmark.annotate(t) for t in texts]
    for threads in (None, 1, 2, 3, 64):
        assert newsmark.annotate_batch(texts, threads=threads) == one_by_one, threads
    # any iterable of str, in its order
    assert newsmark.annotate_batch(iter(texts[::-1]), threads=2) == one_by_one[::-1]
    assert newsmark.annotate_batch(tuple(texts[:3])) == one_by_one[:3]
    assert newsmark.annotate_batch([]) == []


def test_layers_can_be_left_out():
    text = seed_text()
    full = newsmark.annotate(text)
    assert full["entities"] and full["quotes"]
    quotes_only = newsmark.annotate(text, entities=False)
    assert quotes_only["quotes"] == full["quotes"]
    assert quotes_only["entities"] == quotes_only["groups"] == quotes_only["roles"] == []
    entities_only = newsmark.annotate(text, quotes=False)
    assert {k: entities_only[k] for k in ("entities", "groups", "roles")} == {
        k: full[k] for k in ("entities", "groups", "roles")
    }
    assert entities_only["quotes"] == entities_only["diagnostics"] == []
    batch = newsmark.annotate_batch([text, text], threads=2, entities=False)
    assert batch == [quotes_only, quotes_only]


def test_a_lone_surrogate_reads_as_a_replacement_character():
    # Python strs may hold lone surrogates, which UTF-8 cannot: each reads as
    # U+FFFD, one code point for one, so the offsets still index the str.
    text = "\ud800 Vladimir Putin said: “\udfff We are ready.” \ud83d"
    mended = text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd").replace("\ud83d", "\ufffd")
    a = newsmark.annotate(text)
    assert a == newsmark.annotate(mended)
    assert slices(text, a) == ["Vladimir Putin"]
    assert newsmark.annotate_batch([text, "x"], threads=2)[0] == a


def test_a_str_subclass_is_a_str():
    class Article(str):
        pass

    text = "Vladimir Putin spoke."
    assert newsmark.annotate(Article(text)) == newsmark.annotate(text)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: newsmark.annotate(None), TypeError, "text must be a str, not NoneType"),
        (lambda: newsmark.annotate(b"bytes"), TypeError, "text must be a str, not bytes"),
        (lambda: newsmark.annotate_batch(["a", "b", 3]), TypeError, "texts[2] must be a str, not int"),
        (lambda: newsmark.annotate_batch(["a", None]), TypeError, "texts[1] must be a str, not NoneType"),
        (lambda: newsmark.annotate_batch("a text"), TypeError, "not a str (use annotate() for one text)"),
        (lambda: newsmark.annotate_batch(42), TypeError, "texts must be an iterable of str, not int"),
        (lambda: newsmark.annotate_batch(["a"], threads=0), ValueError, "threads must be at least 1, not 0"),
        (lambda: newsmark.annotate_batch(["a"], threads=-3), ValueError, "threads must be at least 1, not -3"),
        (lambda: newsmark.annotate("a", entities="no"), TypeError, "bool"),
        (lambda: newsmark.annotate("a", disable=["no-such-rule"]), ValueError, 'no rule is named "no-such-rule"'),
        (lambda: newsmark.annotate_batch(["a"], disable="tagger"), TypeError, "not a str"),
        (lambda: newsmark.annotate("a", disable=[3]), TypeError, "iterable of rule names"),
    ],
)
def test_bad_arguments_raise_plain_exceptions(call, error, message):
    with pytest.raises(error) as e:
        call()
    assert message in str(e.value)


def test_the_input_limit_is_in_utf8_bytes_and_checked_before_any_work():
    limit = newsmark.MAX_INPUT_BYTES
    assert limit == 16 * 1024 * 1024
    # at the limit: accepted (spaces: cheap to annotate, nothing found)
    assert newsmark.annotate(" " * limit)["entities"] == []
    with pytest.raises(ValueError, match=r"text is 16777217 bytes of UTF-8; newsmark takes at most 16777216"):
        newsmark.annotate(" " * (limit + 1))
    # fewer code points than the limit, more bytes: refused
    with pytest.raises(ValueError, match=r"texts\[1\] is 16777218 bytes"):
        newsmark.annotate_batch(["fine", "é" * (limit // 2 + 1)])


def test_the_gil_is_released_while_a_batch_runs():
    # A Python thread ticks while one thread annotates ~2 MB. Were the GIL held
    # for the call, the ticker would stop for all of it; released, it ticks
    # throughout (the gaps left are the conversion to dicts at the end and
    # the scheduler's).
    texts = news_articles() * 20
    ticks: list[float] = []
    stop = threading.Event()

    def ticker():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    time.sleep(0.05)
    start = time.perf_counter()
    newsmark.annotate_batch(texts, threads=1)
    end = time.perf_counter()
    stop.set()
    t.join()
    inside = [start] + [x for x in ticks if start < x < end] + [end]
    longest_gap = max(b - a for a, b in zip(inside, inside[1:]))
    assert longest_gap < 0.5 * (end - start), (longest_gap, end - start, len(inside))


def test_the_wheel_is_abi3_and_typed():
    package = Path(newsmark.__file__).parent
    (ext,) = package.glob("_newsmark*.so")
    assert ext.name == "_newsmark.abi3.so"
    assert (package / "py.typed").exists() and (package / "__init__.pyi").exists()
    # one version: the crate's, which pyproject.toml must repeat
    def version(file):  # the first `version = "…"` line: [package] and [project] come first
        return re.search(r'^version = "([^"]+)"', (PYTHON_DIR / file).read_text(), re.M).group(1)

    cargo, project = version("Cargo.toml"), version("pyproject.toml")
    assert newsmark.__version__ == cargo == project
    assert issubclass(newsmark.NewsmarkError, RuntimeError)
