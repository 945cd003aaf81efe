"""The core's fuzz inputs (tests/fuzz/gen.rs, families.rs, written out by
python/harness) through the binding: nothing crashes, every promise holds,
and annotate, annotate_batch and the CLI agree on every input."""

from __future__ import annotations

import random

import pytest
from support import check

import newsmark


def test_the_inputs_cover_every_generator(fuzz_inputs):
    kinds = {d["kind"].split(":")[0] for d in fuzz_inputs}
    assert kinds == {"unicode", "words", "quotes", "mutated", "prefix", "hostile", "family"}
    assert len(fuzz_inputs) > 1000


def test_every_input_keeps_every_promise(fuzz_inputs):
    for d in fuzz_inputs:
        text = d["text"]
        try:
            check(text, newsmark.annotate(text))
        except AssertionError as e:
            pytest.fail(f"{d['kind']} input {text[:200]!r}: {e}")


def test_batch_and_cli_agree_with_one_by_one(fuzz_inputs, run_cli):
    texts = [d["text"] for d in fuzz_inputs]
    one_by_one = [newsmark.annotate(t) for t in texts]
    assert newsmark.annotate_batch(texts, threads=2) == one_by_one
    cli = run_cli(texts)
    for d, mine, theirs in zip(fuzz_inputs, one_by_one, cli):
        assert mine == theirs, f"{d['kind']} input {d['text'][:200]!r}"


def test_lone_surrogates_anywhere_read_as_replacement_characters(fuzz_inputs):
    # Python's own kind of bad input: the generators make valid Unicode, so
    # lone surrogates are put in at random places (seeded).
    rng = random.Random(18)
    texts = [d["text"] for d in fuzz_inputs if len(d["text"]) < 5000][:400]
    broken, mended = [], []
    for t in texts:
        chars = list(t)
        for _ in range(rng.randint(1, 4)):
            chars.insert(rng.randint(0, len(chars)), chr(rng.randint(0xD800, 0xDFFF)))
        b = "".join(chars)
        broken.append(b)
        mended.append("".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in b))
    got = newsmark.annotate_batch(broken, threads=2)
    assert got == newsmark.annotate_batch(mended, threads=2)
    for b, a in zip(broken, got):
        check(b, a)
