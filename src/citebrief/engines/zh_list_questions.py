"""A Chinese bullet that says a later item of a spoken list ("第三，要做一些检测。……") answers a
question a few sentences up ("那么，采集血浆和平时献血有什么区别？王贵强解释，第一，对象不同。……"). Its
number dropped (`zh_list_ordinals`), "要做一些检测。" reads as a fragment with no subject; kept alone, it
is item three of a list the brief never names (zh-clts 10). Where the sentence just before the list's
first item is a short question, the bullet carries it, its "那么，" left off, and keeps its number:
"采集血浆和平时献血有什么区别？第三，要做一些检测。……" says what the item answers in the source's words.

Only the bullet's text and citations change, after the groups are settled and before
`zh_list_ordinals` drops loose numbers (a bullet that carries its question opens on no number).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.engines.zh_list_ordinals import earlier_items, follows_earlier
from citebrief.model import Point

MAX_QUESTION_CHARS = 30  # a short question; a long one would outweigh the item it leads into
MAX_REACH = 12  # sentences back from the item to its list's first
_OPENERS = ("那么，", "那么", "那，")


def _question(texts: Sequence[str], item: int, first: str) -> int | None:
    """The sentence just before the list's first item (the latest sentence up to `item`, the
    bullet's sentence, that says `first`, "第一"/"一是"), where it is a short question; else None."""
    for k in range(item, max(-1, item - 1 - MAX_REACH), -1):
        if first in texts[k]:
            asked = k - 1
            if asked < 0:
                return None
            text = texts[asked].strip()
            return asked if text.endswith(("？", "?")) and len(text) <= MAX_QUESTION_CHARS else None
    return None


def _asked(text: str) -> str:
    for opener in _OPENERS:
        if text.startswith(opener):
            return text[len(opener) :]
    return text


def questions_carried(scored: Scored, said: Sequence[list[int]], points: list[list[Point]]) -> None:
    """Each bullet (`points`, updated in place) that opens on a later item of a list whose lead-in
    is a short question, with no earlier item just above it, the question before it."""
    texts = [unit.text for unit in scored.units]
    for g, group in enumerate(points):
        previous: str | None = None
        for at, point in enumerate(group):
            earlier = earlier_items(point.text)
            mine = said[g][at] if at < len(said[g]) else None
            text = point.text
            if earlier and mine is not None and not follows_earlier(previous, earlier):
                asked = _question(texts, mine, earlier[0])
                if asked is not None:
                    text = _asked(texts[asked].strip()) + point.text
                    citations = sorted({*point.citations, scored.units[asked].paragraph})
                    group[at] = point.model_copy(update={"text": text, "citations": citations})
            previous = text
