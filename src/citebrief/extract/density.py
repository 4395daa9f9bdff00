"""The article body by text density, in the manner of GeneralNewsExtractor.

An article is a run of lines that carry punctuation (sentences) and little link text; navigation,
related-news lists and comment boxes are short lines of links or prompts. Every reader line
scores by its clause marks and length, the score flows up to the element holding it, its parent
and grandparent (less each step), and the element with the best score, discounted by its own
link density, is the body. Before that, parts whose class or id names a comment box, a share
bar, a footer or navigation are taken out, unless they hold most of the page's sentences.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from citebrief.extract.blocks import Block, blocks_of, tag_of

_PUNCT = re.compile(r"[，。！？；、,!?;：:]|\.(?=\s|$)")
_TOKEN = re.compile(r"[a-z]+")
# a class or id with one of these is never the article (a comment box's "content" included)
_ALWAYS_OUT = frozenset(
    [
        "comment",
        "comments",
        "cmt",
        "reply",
        "replies",
        "footer",
        "breadcrumb",
        "crumb",
        "crumbs",
        "share",
        "sharebox",
        "recommend",
        "recommends",
        "related",
        "relate",
        "copyright",
        "login",
        "statement",
        "disclaimer",
    ]
)
# these are out unless the same class or id also names the article
_OUT = frozenset(
    [
        "nav",
        "navbar",
        "menu",
        "side",
        "sidebar",
        "aside",
        "hot",
        "hotnews",
        "rank",
        "ranking",
        "ad",
        "ads",
        "advert",
        "banner",
        "tags",
        "tag",
        "keywords",
        "toolbar",
        "tool",
        "tools",
        "bottom",
        "foot",
        "topbar",
        "header",
        "pager",
        "pages",
        "subnav",
    ]
)
_IN = frozenset(
    ["article", "content", "main", "body", "text", "post", "entry", "detail", "story", "news", "con", "cont"]
)
_OUT_TAGS = frozenset({"nav", "footer", "aside"})
_LEVEL_WEIGHTS = (1.0, 0.8, 0.5, 0.3)
_MIN_LINE = 10


@dataclass
class Body:
    """The lines the density method takes as the article, and the element they came from."""

    blocks: list[Block]
    node: Any
    score: float


def clause_marks(text: str) -> int:
    return len(_PUNCT.findall(text))


def line_score(block: Block) -> float:
    """How much a line looks like article prose: its clause marks and length, none for link lines."""
    chars = len(block.text.replace(" ", ""))
    if chars < _MIN_LINE or block.link_density > 0.5:
        return 0.0
    return clause_marks(block.text) + min(chars / 100, 3.0)


def _names(element: Any) -> set[str]:
    return set(_TOKEN.findall(f"{element.get('class') or ''} {element.get('id') or ''}".lower()))


def prune(root: Any) -> None:
    """Take out comment boxes, share bars, footers and navigation that do not hold the article."""
    total = clause_marks(root.text_content()) or 1
    doomed = []
    for element in root.iter():
        tag = tag_of(element)
        if not tag or tag in ("html", "body"):
            continue
        names = _names(element)
        if tag in _OUT_TAGS or names & _ALWAYS_OUT or (names & _OUT and not names & _IN):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is None:
            continue
        if clause_marks(element.text_content()) > 0.5 * total:
            continue  # a wrapper named "side" that holds most of the page's sentences is the page
        element.drop_tree()


def find_body(root: Any) -> Body | None:
    """The best-scoring element and its reader lines; None when no line looks like prose."""
    blocks = blocks_of(root)
    scores: dict[Any, float] = defaultdict(float)
    chars: dict[Any, int] = defaultdict(int)
    links: dict[Any, int] = defaultdict(int)
    for block in blocks:
        if block.owner is None:
            continue
        score = line_score(block)
        size = len(block.text.replace(" ", ""))
        level = 0
        for element in block.owner.iterancestors():
            chars[element] += size
            links[element] += block.link_chars
        chars[block.owner] += size
        links[block.owner] += block.link_chars
        if score <= 0:
            continue
        element = block.owner
        while element is not None and level < len(_LEVEL_WEIGHTS):
            scores[element] += score * _LEVEL_WEIGHTS[level]
            element = element.getparent()
            level += 1
    if not scores:
        return None

    def rank(element: Any) -> float:
        return scores[element] * (1 - links[element] / max(1, chars[element]))

    best = max(scores, key=rank)
    inside = {best, *best.iterdescendants()}
    chosen = [block for block in blocks if block.owner in inside]
    return Body(chosen, best, rank(best))
