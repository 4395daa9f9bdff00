"""Structure and boilerplate lines as data: what is never a bullet, and what an analyst reads for.

The patterns live in `data/lines.tsv`, one a line with an example it must match, so a new
formula or a new kind of signature is one line of data and one checked example, not a regex
hidden in the engine (the habit of trafilatura's and GNE's rule tables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal

Kind = Literal["skip", "lead", "specific"]
_KINDS = ("skip", "lead", "specific")


@dataclass(frozen=True)
class LinePattern:
    """One row of `lines.tsv`."""

    kind: Kind
    name: str
    regex: re.Pattern[str]
    example: str


@cache
def line_patterns() -> tuple[LinePattern, ...]:
    """Every pattern of the shipped table, in file order."""
    rows: list[LinePattern] = []
    text = files("citebrief.text").joinpath("data/lines.tsv").read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith(("#", "kind\t")):
            continue
        kind, name, regex, example = line.split("\t")
        if kind not in _KINDS:
            raise ValueError(f"lines.tsv line {number}: unknown kind {kind!r}")
        rows.append(LinePattern(kind, name, re.compile(regex), example))  # type: ignore[arg-type]
    return tuple(rows)


@cache
def _combined(kind: Kind) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.regex.pattern})" for p in line_patterns() if p.kind == kind))


def _flat(text: str) -> str:
    return " ".join(text.split())


def skip_reason(text: str) -> str | None:
    """The name of the first structure/boilerplate pattern the sentence matches, or None."""
    flat = _flat(text)
    if not _combined("skip").search(flat):
        return None
    return next(p.name for p in line_patterns() if p.kind == "skip" and p.regex.search(flat))


def is_structure(text: str) -> bool:
    """A heading, TOC line, signature, date, addressee list or standard formula: never a bullet."""
    return bool(_combined("skip").search(_flat(text)))


@cache
def _leads() -> tuple[re.Pattern[str], ...]:
    return tuple(p.regex for p in line_patterns() if p.kind == "lead")


def strip_standard_lead(text: str) -> str:
    """'以……为指导，' opening a sentence says nothing of this document: the rest is the claim."""
    for regex in _leads():
        match = regex.match(text)
        if match and len(text) - match.end() >= 15:
            text = text[match.end() :]
    return text


@cache
def _specifics() -> re.Pattern[str]:
    rows = [p for p in line_patterns() if p.kind == "specific"]
    return re.compile("|".join(f"(?P<s{i}>{p.regex.pattern})" for i, p in enumerate(rows)))


def specificity(text: str) -> int:
    """How many kinds of specifics (figure, deadline, threshold, penalty, ...) a sentence holds
    (one pass; a match of one kind may hide another at the same place)."""
    return len({match.lastgroup for match in _specifics().finditer(text)})
