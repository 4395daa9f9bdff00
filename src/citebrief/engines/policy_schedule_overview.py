"""A schedule's overview: the lead-in that announces its items by name, and its close.

A holiday notice is one sentence, its items and a line on all of them: "经国务院批准，现将2019年
元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。", then "一、元旦：
……", "二、春节：……", ..., then "节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作……".
The formula ("现将……通知如下") made the first sentence structure, and once it is cut only the
approval is left (`policy_overview_leadin`), so the overview fell to the first item, one holiday
of seven under "核心要点", and the duty the notice sets for all of them was left out. The lead-in
is what the notice does, so it is read with "现将……通知如下" cut to "……如下" where what it
announces names the sections' own headings (not "现将有关事项通知如下"), and a holiday
schedule's "……放假调休日期的具体安排如下" to the act it arranges ("……和国庆节放假调休。"): "如下"
points at a list the bullet does not hold, and readers marked it a dangling opener; the close is a point for
the whole schedule (`policy_whole_points`), so 元旦 joins the other holidays with make-up days.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import Heading

# what a lead-in announces: "现将<……的具体安排>通知如下。"
_ANNOUNCES = LazyPattern(r"现将(?P<what>[^。；：:]{8,160}?)(?:通知|公布|公告)如下[：:。]?\s*$")
MIN_NAMED = 3  # the sections' headings the announced words name: the items, not one topic
# what is announced as "the arrangement of" an act ("放假调休日期的具体安排"): "……如下。" would point at a
# list the bullet does not hold (readers: a dangling opener), the act itself is the statement
_ARRANGED = LazyPattern(r"(?P<act>放假(?:调休)?)(?:日期|时间)?的(?:具体)?安排$")
# a schedule's item: a short label and a colon before what it says ("七、国庆节：10月1日至7日……")
_LABELLED = LazyPattern(r"^\s*[一二三四五六七八九十]+、[^，。；：:]{1,8}[：:]")
MIN_ITEMS = 3


def announced_sections(text: str, outline: list[Heading]) -> str | None:
    """A lead-in that announces, by name, the items its outline's headings are ("现将2019年元旦、
    春节、……的具体安排通知如下。" over "一、元旦：", "二、春节：", ...), as a sentence with its formula
    cut ("经国务院批准，2019年元旦、春节、……和国庆节放假调休。", else "……如下。"); None for any other
    sentence."""
    found = _ANNOUNCES.search(text.rstrip())
    if found is None:
        return None
    named = {h.label for h in outline if 2 <= len(h.label) <= 8 and h.label in found["what"]}
    if len(named) < MIN_NAMED:
        return None
    act = _ARRANGED.search(found["what"])  # "……放假调休日期的具体安排": the holidays' "放假调休" says it
    said = found["what"][: act.end("act")] if act is not None else f"{found['what']}如下"
    return f"{text[: found.start()]}{said}。"


def schedule_close(texts: list[str], paragraphs: list[int]) -> list[int]:
    """The sentences (indexes into `texts`, each in paragraph `paragraphs[i]`) after a schedule's
    last item, where its items are labelled ("七、国庆节：……") and follow one another a paragraph
    each: "节假日期间，各地区、各部门要妥善安排好值班……" is on the whole schedule, not on 国庆节."""
    items = sorted({p for text, p in zip(texts, paragraphs, strict=True) if _LABELLED.match(text)})
    if len(items) < MIN_ITEMS or items[-1] - items[0] != len(items) - 1:
        return []
    return [i for i, p in enumerate(paragraphs) if p > items[-1]]
