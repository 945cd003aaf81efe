"""Types of the newsmark API. Every offset is a code point index into the
text given, so ``text[start:end]`` is the span (a half-open range)."""

from collections.abc import Iterable
from typing import Final, Literal, NotRequired, TypedDict

Label = Literal["PERSON", "ORG", "LOC", "NORP", "MISC", "DATE", "TIME", "MONEY", "PERCENT"]
QuoteKind = Literal["direct", "partial", "indirect"]

class Mention(TypedDict):
    """One mention of an entity; never overlaps another, listed in text order."""

    start: int
    end: int
    label: Label
    id: int
    """Index into ``groups``."""
    why: NotRequired[list[str]]
    """With ``explain=True``: the rules that made it, the proposer first."""

class Entity(TypedDict):
    """One entity, once, with its fullest name and its number of mentions."""

    id: int
    label: Label
    name: str
    mentions: int

class Role(TypedDict):
    """A role tied to a person: "spokesman" for Dmitry Peskov."""

    start: int
    end: int
    role: str
    person: int
    """The person's entity id (index into ``groups``)."""
    why: NotRequired[list[str]]
    """With ``explain=True``: the rules that made it, the proposer first."""

class NestedQuote(TypedDict):
    """A quote inside a quote; its words are the outer speaker's."""

    start: int
    end: int

class Quote(TypedDict):
    """A quoted passage (with its marks) or reported speech, and who said it."""

    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    speaker_id: int | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    nested: list[NestedQuote]
    why: NotRequired[list[str]]
    """With ``explain=True``: the rules that made it, the proposer first."""

class Diagnostic(TypedDict):
    """Something worth telling about the input, never an error."""

    start: int
    end: int
    code: Literal["unmatched-quote", "truncated"]
    message: str

class Annotations(TypedDict):
    """Everything found in one text: the CLI's JSON object without "unit" and "id"."""

    entities: list[Mention]
    groups: list[Entity]
    roles: list[Role]
    quotes: list[Quote]
    diagnostics: list[Diagnostic]

class NewsmarkError(RuntimeError):
    """The Rust core failed on a text (a bug); the message names the text."""

MAX_INPUT_BYTES: Final[int]
"""The longest text accepted, in bytes of UTF-8 (16 MiB); longer raises ValueError."""

__version__: Final[str]

def annotate(
    text: str,
    entities: bool = True,
    quotes: bool = True,
    explain: bool = False,
    disable: Iterable[str] | None = None,
) -> Annotations:
    """Annotates one text. ``explain`` adds ``why`` to every mention, role
    and quote; ``disable`` switches rules off by name (``newsmark --rules``
    lists them). Raises TypeError for a non-str, ValueError for a text over
    MAX_INPUT_BYTES or an unknown rule. A lone surrogate reads as U+FFFD."""

def annotate_batch(
    texts: Iterable[str],
    threads: int | None = None,
    entities: bool = True,
    quotes: bool = True,
    explain: bool = False,
    disable: Iterable[str] | None = None,
) -> list[Annotations]:
    """Annotates many texts on ``threads`` threads (default: every core) with
    the GIL released; one result per text, in input order. Raises TypeError
    naming the index of the first item that is not a str."""
