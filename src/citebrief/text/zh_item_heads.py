"""A section heading run into the first numbered item under it, in a Chinese text that came as one block.

A notice that numbers its advice across sections ("一、注意安全出行 1.…… 2.…… 二、寻求救援服务 3.……")
loses its line breaks when pasted as one block: the heading touches the next item's number, and the
bullet reads "寻求救援服务3.如您投保了车损险……" — a heading and an item number inside the claim. An
outline marker ("二、", "（三）") at a sentence's start or after its colon, a stopless phrase of 2–20
characters, then an Arabic item number ("3.", "5．") before a Chinese character: the heading is that
marker and phrase; it becomes a line of its own (a stopless line is never a bullet), the item keeps
the rest. A decimal ("增长5.2%") has a digit after its point, a sentence's "一、二、三产业" no number
after its phrase: neither is cut.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# the heading: its marker, then a phrase with no stop, no digit and no bracket; the item number after it
_ITEM_HEAD = LazyPattern(
    r"(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,3}[）)])"
    r"[^，。；：,:;！？!?、\s“”（）()《》0-9]{2,20}?"
    r"(?=[0-9]{1,2}[.．](?=[\u4e00-\u9fff“]))"
)
# what every heading needs: an item number right after a Chinese character (one quick search)
_QUICK = LazyPattern(r"[\u4e00-\u9fff][0-9]{1,2}[.．][\u4e00-\u9fff“]")
MIN_ITEM_CHARS = 8  # the item kept after the heading holds at least this many characters


def item_head_cuts(text: str, start: int, end: int) -> list[int]:
    """Where text[start:end] is cut around a heading glued to its first item: before the heading
    (when a colon's clause comes first) and after it; none when no such heading is there."""
    if text.find(".", start, end) < 0 and text.find("．", start, end) < 0:
        return []  # most sentences hold no point at all: let go after two finds, not a search
    if _QUICK.search(text, start, end) is None:
        return []
    cuts: list[int] = []
    at = start
    while at < end:
        head = _ITEM_HEAD.match(text, at, end)
        if head is not None and end - head.end() >= MIN_ITEM_CHARS:
            cuts += [head.start(), head.end()] if head.start() > start else [head.end()]
            break
        colon = min((i for i in (text.find("：", at, end), text.find(":", at, end)) if i >= 0), default=-1)
        if colon < 0:
            break
        at = colon + 1
    return cuts
