"""The heading a group of merged sibling sections stands under: a group that joins two parts of
one section ("支持创业载体建设" and "扩大就业见习补贴范围", both in "鼓励支持就业创业") is titled by
that section's theme ("就业创业"), not by a list of its parts' headings, which names what each
bullet is on but not what the group is about.

Read once per theme when the outline's sections are merged (`enclosing_heading`), and used by
the section title (`parent_title`) only where every bullet of the group lies under it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from citebrief.model import Lang
from citebrief.text.headings import heading_phrase
from citebrief.text.outline import Heading
from citebrief.text.title_choice import is_generic_heading
from citebrief.text.titles import display_title

# (first paragraph, one past the last, phrase) of the heading a theme's merged sections share
ParentSpan = tuple[int, int, str]


def enclosing_heading(inner: Sequence[Heading], start: int, top: int, paragraphs: int, lang: Lang) -> ParentSpan | None:
    """The nearest heading above level `top` before paragraph `start` and the paragraphs it
    spans, where its phrase names a theme (not a heading any document has: "总体要求" says
    where, and is composed with its parts elsewhere)."""
    parent = next((h for h in reversed(inner) if h.paragraph < start and h.level < top), None)
    if parent is None:
        return None
    end = next((h.paragraph for h in inner if h.paragraph > parent.paragraph and h.level <= parent.level), paragraphs)
    phrase = heading_phrase(parent.label, lang)
    if not phrase or is_generic_heading(phrase):
        return None
    return parent.paragraph, end, display_title(phrase, lang)


def parent_title(parents: Mapping[int, ParentSpan], theme: int | None, paragraphs: list[int], listed: list[str]) -> str:
    """The merged sections' shared heading's phrase where every cited paragraph lies under it,
    else their headings listed ("产业链条、产业标准")."""
    span = parents.get(theme) if theme is not None else None
    if span is not None and all(span[0] < p < span[1] for p in paragraphs):
        return span[2]
    return "、".join(listed)
