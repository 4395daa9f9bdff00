"""A Chinese news bullet that announces a count of items and gives none: "会议部署六方面任务，扎实推动
发展改革工作取得新成效。" (zh-news 186), the six tasks following it as "一是……二是……". A reader is
promised a list and handed a slogan. The sentence after it, where it is the first item and no bullet
says it, takes its place; where a bullet says it already, the announcer goes (its group keeps the
rest). A sentence that names the items itself ("……提出了加大……、促消费扩投资……等六方面任务"), one
that is one of them ("……列为六项重点任务之一") or a longer one with more to say stays."""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

# a verb that sets out items, then their count: "部署六方面任务", "提出3项措施", "从以下几个方面"
_COUNTS = LazyPattern(
    r"(?:部署|提出|明确|推出|出台|聚焦|围绕|从|在|抓好|做好)(?:了)?(?:以下)?"
    r"(?:[一二三四五六七八九十两几]|\d{1,2})(?:个|大)?(?:方面|项|条)(?:重点|主要|具体)?(?:任务|措施|举措|工作|要求)?"
)
# the first item: "一是……", "一、……", "（一）……", "第一，……"
_FIRST = LazyPattern(r"^(?:一是|一、|（一）|\(一\)|第一[，、,]|首先[，,])")
# the sentence names its items, is one of them, or quotes someone: it says something
_SAYS = LazyPattern(r"[、：:“]|之一|等[一二三四五六七八九十两几\d]")
MAX_CHARS = 40  # a longer announcer carries more than the count


def announces_count(text: str) -> bool:
    """Whether a sentence only announces a count of items: a verb and a count ("部署六方面任务"),
    no item named, short."""
    text = text.strip()
    return len(text) <= MAX_CHARS and _COUNTS.search(text) is not None and _SAYS.search(text) is None


def give_announced(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each bullet that only announces a count (`announces_count`) whose next sentence is the first
    item (`_FIRST`): that item in its place where no bullet says it (nor repeats it), else the
    announcer dropped where its group keeps another bullet. Chinese only."""
    if scored.lang != "zh":
        return
    trimmed, units, usable = scored.trimmed, scored.units, set(scored.usable)
    for draft in drafts:
        for k in list(draft.picked):
            first = k + 1
            if not announces_count(trimmed[k]) or first >= len(units) or not _FIRST.search(units[first].text.strip()):
                continue
            others = [trimmed[j] for j in chosen if j != k]
            if first not in chosen and first in usable and not repeats_any(trimmed[first], others, "zh"):
                draft.swap(k, first, chosen)
            elif first in chosen and len(draft.picked) > 1:
                draft.drop(k, chosen)
