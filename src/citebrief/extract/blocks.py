"""Paragraphs as a reader sees them, from an lxml element.

A browser starts a new line at every block element (p, div, li, headings, table rows...) and at
<br>; inline elements (a, span, strong, font...) flow into the line around them. We walk the tree
the same way, so a page that wraps each paragraph in a <div>, separates them with <br><br> or
lists them as <li> gives as many paragraphs as the reader sees, never one run of text. Each
block keeps how much of its text sits inside links: a line of links is navigation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "pre",
        "header",
        "footer",
        "figure",
        "center",
        "form",
        "aside",
        "nav",
        "hr",
        "address",
        "details",
        "summary",
        "fieldset",
        "legend",
    ]
)
CELL_TAGS = frozenset({"td", "th"})
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "iframe",
        "textarea",
        "select",
        "option",
        "button",
        "input",
        "svg",
        "canvas",
        "template",
        "head",
        "object",
        "embed",
        "video",
        "audio",
        "map",
        "link",
        "meta",
        "title",
        "figcaption",
        "caption",
    ]
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_WORD_END = re.compile(r"[A-Za-z0-9]$")
_WORD_START = re.compile(r"[A-Za-z0-9]")


@dataclass
class Block:
    """One reader-visible line of text: its words and how many of its characters are link text."""

    text: str
    link_chars: int
    tag: str
    owner: Any = None  # the innermost block element holding the line

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text.replace(" ", "")))


def is_hidden(element: Any) -> bool:
    """An element the page hides (display:none, hidden attribute): the reader never sees it."""
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def tag_of(element: Any) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


class _Lines:
    """The line being built while walking: its pieces and its link characters."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.owner: Any = None

    def add(self, text: str | None, in_link: bool) -> None:
        if text:
            self.pieces.append(text)
            if in_link:
                self.link_chars += len(_SPACE.sub("", text))

    def flush(self) -> None:
        text = " ".join("".join(self.pieces).split())
        if text:
            tag = tag_of(self.owner) if self.owner is not None else "p"
            self.blocks.append(Block(text, min(self.link_chars, len(text)), tag, self.owner))
        self.pieces, self.link_chars = [], 0


def _walk(element: Any, lines: _Lines, in_link: bool) -> None:
    tag = tag_of(element)
    if not tag or tag in SKIP_TAGS or is_hidden(element):
        return
    if tag == "br":
        lines.flush()
        return
    block = tag in BLOCK_TAGS
    owner = lines.owner
    if block:
        lines.flush()
        lines.owner = element
    elif tag in CELL_TAGS:
        lines.add(" ", False)
    link = in_link or tag == "a"
    if element.text and lines.pieces and _WORD_END.search(lines.pieces[-1]) and _WORD_START.match(element.text):
        lines.add(" ", False)  # two inline boxes ("09-30", "22:46") read as two words, not "09-3022:46"
    lines.add(element.text, link)
    for child in element:
        _walk(child, lines, link)
        lines.add(child.tail, link)
    if block:
        lines.flush()
        lines.owner = owner


def blocks_of(element: Any) -> list[Block]:
    """The reader-visible lines of an element, in order."""
    lines = _Lines()
    lines.owner = element
    # the element itself is walked even when hidden: WeChat hides js_content until its script runs
    lines.add(element.text, tag_of(element) == "a")
    for child in element:
        _walk(child, lines, tag_of(element) == "a")
        lines.add(child.tail, tag_of(element) == "a")
    lines.flush()
    return lines.blocks


def iter_elements(root: Any) -> Iterator[Any]:
    """Elements of the tree a reader could see (not scripts, styles or hidden parts)."""
    for element in root.iter():
        tag = tag_of(element)
        if tag and tag not in SKIP_TAGS:
            yield element
