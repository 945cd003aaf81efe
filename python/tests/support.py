"""What the tests share: the repository's fixtures, and the promises every
result keeps (README, "What the annotations mean"), checked on Python's side,
where offsets index the str as slices."""

from __future__ import annotations

from pathlib import Path

PYTHON_DIR = Path(__file__).resolve().parent.parent
REPO = PYTHON_DIR.parent
FIXTURES = REPO / "tests" / "fixtures"


def news_articles() -> list[str]:
    """The news fixture split into its articles (blank lines between them)."""
    text = (FIXTURES / "news.txt").read_text(encoding="utf-8")
    return [a.strip("\n") for a in text.split("\n\n") if a.strip()]


def seed_text() -> str:
    return (FIXTURES / "seed.txt").read_text(encoding="utf-8")

LABELS = {"PERSON", "ORG", "LOC", "NORP", "MISC", "DATE", "TIME", "MONEY", "PERCENT"}
KINDS = {"direct", "partial", "indirect"}


def check(text: str, a: dict) -> None:
    """Raises AssertionError naming the first broken promise."""
    n = len(text)
    assert set(a) == {"entities", "groups", "roles", "quotes", "diagnostics"}, set(a)

    def span(s, e, what):
        assert type(s) is int and type(e) is int, (what, s, e)
        assert 0 <= s < e <= n, f"{what} {s}..{e} empty or out of bounds (len {n})"

    groups = a["groups"]
    counts = [0] * len(groups)
    for m in a["entities"]:
        span(m["start"], m["end"], "entity")
        assert m["label"] in LABELS, m
        assert 0 <= m["id"] < len(groups), f"entity id {m['id']} has no group"
        assert groups[m["id"]]["label"] == m["label"], (m, groups[m["id"]])
        counts[m["id"]] += 1
    for x, y in zip(a["entities"], a["entities"][1:]):
        assert x["end"] <= y["start"], f"entities overlap or are unordered: {x} {y}"
    for i, g in enumerate(groups):
        assert g["id"] == i, f"group {i} has id {g['id']}"
        assert g["mentions"] == counts[i], f"group {i} says {g['mentions']} mentions, {counts[i]} refer to it"
        assert g["name"], f"group {i} has an empty name"
    for r in a["roles"]:
        span(r["start"], r["end"], "role")
        assert 0 <= r["person"] < len(groups) and groups[r["person"]]["label"] == "PERSON", r
    for x, y in zip(a["quotes"], a["quotes"][1:]):
        assert x["start"] <= y["start"], f"quotes unordered: {x} {y}"
    for q in a["quotes"]:
        span(q["start"], q["end"], "quote")
        assert q["kind"] in KINDS, q
        assert (q["speaker_start"] is None) == (q["speaker_end"] is None), q
        assert (q["cue_start"] is None) == (q["cue_end"] is None), q
        if q["speaker_start"] is not None:
            span(q["speaker_start"], q["speaker_end"], "speaker")
        if q["cue_start"] is not None:
            span(q["cue_start"], q["cue_end"], "cue")
        if q["speaker_id"] is not None:
            assert 0 <= q["speaker_id"] < len(groups), f"speaker id {q['speaker_id']} has no group"
        for nq in q["nested"]:
            span(nq["start"], nq["end"], "nested quote")
            assert q["start"] <= nq["start"] and nq["end"] <= q["end"], (q, nq)
        for x, y in zip(q["nested"], q["nested"][1:]):
            assert x["start"] <= y["start"], q
    for d in a["diagnostics"]:
        assert 0 <= d["start"] <= d["end"] <= n, d
        assert d["code"] in {"unmatched-quote", "truncated"} and d["message"], d
