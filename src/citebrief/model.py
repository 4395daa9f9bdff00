"""The typed objects that flow between stages, and the JSON Schema they export.

Spans point into one text (the habit of spaCy's Doc/Span): a Segment and each of its
Sentences know their character range in `Document.text`, so evidence is always a span of the
source, never a copied quote that could drift from it.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from citebrief.choices import Lang as Lang  # noqa: PLC0414 (re-exported: the type of a brief's language)
from citebrief.text.lazy_re import LazyPattern


def _no_items() -> list[Any]:
    """A new empty list, the default of a list field. Not `default_factory=list`: pydantic reads a
    factory's signature when it builds the model, and a builtin's (`list`, `dict`) is parsed from its
    text with the tokenizer's pattern, compiled for it alone (~3 ms of a cold start, issue #14)."""
    return []


def _no_counts() -> dict[str, int]:
    """A new empty dict, the default of `Checks.counts` (not `dict`: see `_no_items`)."""
    return {}


class _Model(BaseModel):
    """Base of the data model: validators are built on first use, not at import, so a command
    that never touches a model (`--version`, a batch rerun that skips everything) starts fast."""

    model_config = ConfigDict(defer_build=True)


class Sentence(_Model):
    """A sentence inside a paragraph, as a span of the document text."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    text: str
    start: int = Field(description="Offset of the first character in Document.text.")
    end: int = Field(description="Offset one past the last character in Document.text.")


class Segment(_Model):
    """A numbered paragraph: the unit a citation [n] points at."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    n: int = Field(ge=1, description="Paragraph number, from 1 in reading order.")
    text: str
    start: int
    end: int
    sentences: list[Sentence]
    passage: bool = Field(
        default=False, description="A passage of a few sentences cut from one block of text, not a source paragraph."
    )


class Document(_Model):
    """One article after ingest and segmentation."""

    id: str = Field(description="Hash of the normalized text: the same article twice is one document.")
    origin: str = Field(description="The path, URL or '-' the document was read from.")
    url: str | None = None
    title: str | None = None
    source: str | None = Field(default=None, description="Site or publication name as the page gives it.")
    published_at: datetime | None = None
    lang: Lang
    text: str = Field(description="The article text: paragraphs joined by blank lines.")
    segments: list[Segment] = Field(default_factory=_no_items)

    def segment(self, n: int) -> Segment:
        """Paragraph n (1-based), the one a citation [n] names."""
        return self.segments[n - 1]


class VerdictLabel(StrEnum):
    supported = "supported"
    partial = "partial"
    unsupported = "unsupported"
    unverifiable = "unverifiable"


class Verdict(_Model):
    """How well a bullet's cited paragraphs support it."""

    label: VerdictLabel
    reason: str
    score: float | None = None
    evidence: Sentence | None = None
    check: str | None = Field(
        default=None, description="The check that decided: citations, figures, names, words or judge."
    )
    found_in: list[int] = Field(
        default_factory=_no_items,
        description="Uncited paragraphs that hold what the cited ones lack (a wrong citation).",
    )


class Point(_Model):
    """One bullet: a single claim and the paragraphs that support it."""

    text: str = Field(min_length=1)
    citations: list[int] = Field(min_length=1, description="Paragraph numbers, 1-based.")
    support: Verdict | None = None


class Group(_Model):
    """A theme of the brief and its bullets."""

    title: str
    points: list[Point] = Field(min_length=1)


class Checks(_Model):
    """Brief-level verification figures (filled by the verify stage)."""

    citation_precision: float | None = Field(default=None, description="Share of bullets supported.")
    coverage: float | None = Field(
        default=None,
        description="Share of the paragraphs that say something (not headings, letter header, contents or "
        "closing lines) cited by some bullet.",
    )
    uncovered: list[int] = Field(
        default_factory=_no_items, description="The highest-weighted paragraphs no bullet cites, most important first."
    )
    failures: list[str] = Field(default_factory=_no_items)
    counts: dict[str, int] = Field(default_factory=_no_counts, description="Bullets per verdict label.")
    repaired: list[str] = Field(default_factory=_no_items, description="What --strict re-cited or replaced.")
    dropped: list[str] = Field(default_factory=_no_items, description="What --strict dropped, and why.")


class Brief(_Model):
    """A grouped, cited brief of one document."""

    document_id: str
    title: str | None = Field(default=None, description="The article's own title, untranslated.")
    translated_title: str | None = Field(
        default=None, description="The title in the brief's language, when the model gave one (--lang en)."
    )
    source: str | None = Field(default=None, description="Site name as the page gives it.")
    source_line: str | None = Field(
        default=None,
        description="Source and publish time as shown under the title, e.g. 'Ren Min Ri Bao·2025-05-14 22:17'.",
    )
    published_at: datetime | None = None
    lang: Lang
    engine: str
    citation_unit: Literal["paragraph", "passage"] = Field(
        default="paragraph",
        description="What [n] numbers: source paragraphs, or passages of a few sentences cut from one block of text.",
    )
    groups: list[Group]
    checks: Checks | None = None
    warnings: list[str] = Field(default_factory=_no_items)

    def points(self) -> list[Point]:
        """All bullets in reading order (Group 1, the overview, first)."""
        return [point for group in self.groups for point in group.points]


# how a composed title joins its label and its subject ("核心要点：台风“杜苏芮”", "Key points: Ancelotti")
COMPOSED_SEPARATOR: dict[Lang, str] = {"zh": "：", "en": ": "}
# the overview's label: the engine writes it (`overview_titles`), the renderer (`render.text.shown_title`)
# and `cover_steps.says_title` read it back, so it lives here, light for both
OVERVIEW_TITLE: dict[Lang, str] = {"zh": "核心要点", "en": "Key points"}
EN_OVERVIEW_LABEL = OVERVIEW_TITLE["en"] + COMPOSED_SEPARATOR["en"]  # "Key points: …" (`render.text.shown_title`)


def brief_json_schema() -> dict[str, Any]:
    """The JSON Schema of `--format json`, as `citebrief schema` prints it."""
    return Brief.model_json_schema()


_FULL_WIDTH = LazyPattern("[\uff01-\uff5e\u3000]")


def _half_width(char: str) -> str:
    return " " if char == "\u3000" else chr(ord(char) - 0xFEE0)


def normalize_text(text: str) -> str:
    """NFKC, unified newlines, trimmed lines: the form the document id is hashed from."""
    # NFKC of Chinese costs ~0.6 µs a character, and Chinese text is rarely NFKC only because of its
    # full-width punctuation: map those to what NFKC makes of them (ASCII) first, which changes no
    # NFKC result, and most texts are then normalized already (a quick check)
    for char in dict.fromkeys(_FULL_WIDTH.findall(text)):  # a few kinds, many times: a replace per kind
        text = text.replace(char, _half_width(char))
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def document_id(text: str) -> str:
    """A stable id from the normalized text (16 hex digits of SHA-256)."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:16]


def dumps_schema() -> str:
    return json.dumps(brief_json_schema(), ensure_ascii=False, indent=2)
