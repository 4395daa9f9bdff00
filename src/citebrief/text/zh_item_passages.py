"""A Chinese roundup's items as passages: each item's text runs from the first paragraph that
names it to the paragraph where the next item is first named. A group's bullets all from one
item's passage are about that item, whether they name it or not (a recipe's steps, "大米淘洗干净",
"黑芝麻容易炒焦", are the 红枣黑芝麻粥's, not about "火候"); a group whose bullets run past
the item into the next items' passages is not the item's, though one of its bullets names it
("香椿头碎鲜核桃" over that dish, the 白芹 and two 银鱼 dishes).
"""

from __future__ import annotations

from dataclasses import dataclass

from citebrief.text.brief_memo import per_brief
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

MIN_BULLETS = 2


@dataclass(frozen=True)
class Passage:
    """An item's name and its passage: the 0-based paragraphs from `start` to `end` (not
    included; None for the last item, whose passage has no mark of its end)."""

    item: str
    start: int
    end: int | None


@per_brief(maxsize=4)
def item_passages(items: tuple[str, ...], texts: tuple[str, ...]) -> list[Passage]:
    """The items' passages in the order the article names them (an item it never names has none);
    once per article (each group of a roundup asks). Callers only read the list."""
    firsts = sorted(
        (next(k for k, text in enumerate(texts) if item in text), item)
        for item in items
        if any(item in text for text in texts)
    )
    return [
        Passage(item, start, firsts[k + 1][0] if k + 1 < len(firsts) else None)
        for k, (start, item) in enumerate(firsts)
    ]


def _within(paragraph: int, passage: Passage) -> bool:
    return passage.start <= paragraph and (passage.end is None or paragraph < passage.end)


def runs_past(item: str, title: str, bullets: list[str], paragraphs: list[int], passages: list[Passage]) -> bool:
    """Whether a group one of whose bullets names `item` (by `title`: its name or its brand) is
    no group on it: fewer than half of its bullets (two at least) name it, and some bullet comes
    from outside its passage."""
    passage = next((p for p in passages if p.item == item), None)
    if passage is None:
        return False
    need = max(MIN_BULLETS, (len(bullets) + 1) // 2)
    naming = [item in b or title in b for b in bullets].count(True)
    return naming < need and not all(_within(p, passage) for p in paragraphs)


def passage_item(paragraphs: list[int], passages: list[Passage], texts: list[str], used: set[str]) -> str:
    """The item whose passage holds every paragraph of the group, where one of them names it (a
    reader finds a title in the paragraphs its bullets cite); '' where none does, the passage
    is the last (it may run on into the article's close) or the item titles a group already. The
    last item's own paragraph and the numbered step run on from it ("3、锅内入适量水，……即可食用。"
    after "白菜萝卜汤，原料：……") are still the item's: no close runs on within a list."""
    for passage in passages:
        if passage.end is None and _last_items(paragraphs, passage, texts):
            return passage.item if passage.item.casefold() not in used else ""
        if passage.end is not None and paragraphs and all(_within(p, passage) for p in paragraphs):
            named = any(on_word_boundaries(passage.item, texts[p], "zh") for p in set(paragraphs))
            return passage.item if named and passage.item.casefold() not in used else ""
    return ""


_STEP = LazyPattern(r"\d{1,2}[、.．]")  # "3、": a numbered step or tip


def _last_items(paragraphs: list[int], passage: Passage, texts: list[str]) -> bool:
    """Whether the group cites only the last item's paragraph that names it and the one after it,
    which goes on with a numbered step (a one-block recipe cut into paragraphs: its third step
    opens the next)."""
    after = passage.start + 1
    return (
        bool(paragraphs)
        and set(paragraphs) <= {passage.start, after}
        and (after not in paragraphs or _STEP.match(texts[after].strip()) is not None)
    )
