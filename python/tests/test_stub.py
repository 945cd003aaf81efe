"""The .pyi stub names exactly the keys the dicts have, and the Spark schema
exactly the same fields, so neither drifts from the core's types."""

from __future__ import annotations

import ast
from pathlib import Path

from support import seed_text

import newsmark

STUB = Path(newsmark.__file__).parent / "__init__.pyi"

# Every kind of object at least once: roles, a nested quote, a diagnostic.
TEXT = seed_text() + "\n\n“He told me ‘never again,’ and left,” Peskov said. “Unclosed"


def typed_dicts(required_only: bool = False) -> dict[str, list[str]]:
    """For each TypedDict, its keys in order (without the NotRequired ones
    when ``required_only``: ``why``, present only with ``explain=True``)."""
    tree = ast.parse(STUB.read_text(encoding="utf-8"))

    def optional(s: ast.AnnAssign) -> bool:
        return isinstance(s.annotation, ast.Subscript) and getattr(s.annotation.value, "id", "") == "NotRequired"

    return {
        node.name: [
            s.target.id
            for s in node.body
            if isinstance(s, ast.AnnAssign) and not (required_only and optional(s))
        ]
        for node in tree.body
        if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") == "TypedDict" for b in node.bases)
    }


def shapes(explain: bool) -> dict[str, list[list[str]]]:
    """For each TypedDict name, the key lists of the real dicts of that kind."""
    a = newsmark.annotate(TEXT, explain=explain)
    return {
        "Annotations": [list(a)],
        "Mention": [list(x) for x in a["entities"]],
        "Entity": [list(x) for x in a["groups"]],
        "Role": [list(x) for x in a["roles"]],
        "Quote": [list(x) for x in a["quotes"]],
        "NestedQuote": [list(n) for q in a["quotes"] for n in q["nested"]],
        "Diagnostic": [list(x) for x in a["diagnostics"]],
    }


def test_every_typed_dict_has_the_keys_of_the_real_dicts():
    for explain, stub in [(False, typed_dicts(required_only=True)), (True, typed_dicts())]:
        real = shapes(explain)
        assert set(stub) == set(real)
        for name, key_lists in real.items():
            assert key_lists, f"the text has no {name}"
            for keys in key_lists:
                assert keys == stub[name], (name, explain)


def test_the_stub_declares_every_public_name():
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    declared = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))} | {
        n.target.id for n in tree.body if isinstance(n, ast.AnnAssign)
    }
    assert set(newsmark.__all__) <= declared


def test_the_spark_schema_has_the_same_fields():
    from pyspark.sql import types as T

    from newsmark.spark import SCHEMA

    stub = typed_dicts(required_only=True)

    def fields(struct: T.StructType) -> list[str]:
        return [f.name for f in struct.fields]

    assert fields(SCHEMA) == stub["Annotations"]
    element = {f.name: f.dataType.elementType for f in SCHEMA.fields}
    for key, name in [("entities", "Mention"), ("groups", "Entity"), ("roles", "Role"),
                      ("quotes", "Quote"), ("diagnostics", "Diagnostic")]:
        assert fields(element[key]) == stub[name], key
    nested = {f.name: f.dataType for f in element["quotes"].fields}["nested"].elementType
    assert fields(nested) == stub["NestedQuote"]
