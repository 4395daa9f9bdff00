"""Which sentences of a Chinese news roundup open one of its items: a place's own news.

A roundup of brief news items ("央视网消息（新闻联播）：连日来，各地和有关部门积极组织力量开展灾后
恢复重建工作。河北多地……北京受灾地区……今天，天津武清区……在东北，黑龙江……") tells one item per
province or region, one after another, often in one block that we cut into passages by length.
Read in runs of shared words, its groups mixed items (Hebei's insurance claims beside Beijing's
river clearing) and split one, and a blind reader scored its grouping low (zh-news 42): each item
is a theme, a group of its own. Here a sentence opens an item where it opens (past a short lead
clause: "今天，", "截至8月16日10时，", "在") on a province or region of `data/zh_regions.tsv` that
is not the item's it stands in; the article is a roundup where four regions or more open items.
A place named inside a sentence ("……分别赴北京、河北、天津……") opens nothing, nor does a county or
district ("门头沟区"): it is inside its province's item. Nor does a clause that lists places
("新疆沿天山地区、安徽南部、上海东部……有大雨", "……南疆盆地等地部分地区有4～6级风"): a weather
forecast walks the map sentence by sentence, but each sentence is about many places, none an item's.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from citebrief.text.data_files import table_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

# distinct regions that open items: three are one region's story told by its parts (长三角's 江苏,
# 上海 and 浙江, zh-news 187: its last "item" is one sentence before the close on the whole delta)
# or a story's examples ("各地不断出台举措" then 广东, 河南, 江西 a sentence each, zh-news 156)
MIN_REGIONS = 4
MAX_LEAD_CLAUSE = 16  # characters of a time or setting clause before the region ("截至8月16日10时，")
# a short lead clause with no stop inside, then an optional "在"
_FRONT = LazyPattern(rf"^(?:[^，。；！？“”]{{1,{MAX_LEAD_CLAUSE}}}，)?在?")
_PLACE = "ns"
_CLAUSE_END = LazyPattern(r"[，。；！？,;]")
_MANY_PLACES = "等地"  # "……等地": a clause about several places


@cache
def _region() -> LazyPattern:
    return LazyPattern(rf"(?:{table_alternation('zh_regions.tsv')})")


def opening_region(sentence: str) -> str:
    """The region a sentence opens on (`data/zh_regions.tsv`), its first word a place name that
    starts with it ("天津武清区", "河北省"; not "西南财经大学", a body), else ''."""
    body = sentence.strip()
    front = _FRONT.match(body)
    regions = _region()
    bare = 1 if body.startswith("在") else 0  # "在东北，……": the region of the lead clause itself
    # past the lead clause first ("在东北，黑龙江……" is 黑龙江's), then the lead clause's own region
    for start in dict.fromkeys((front.end() if front else bare, bare)):
        found = regions.match(body, start)
        if found is None:
            continue
        tags = tag_zh(body[start : start + MAX_LEAD_CLAUSE])
        if not (tags and tags[0][1] == _PLACE and tags[0][0].startswith(found.group())):
            continue
        end = _CLAUSE_END.search(body, start)
        clause = body[start : end.start() if end else len(body)]
        if _MANY_PLACES in clause or len(regions.findall(clause)) > 1:
            return ""  # a clause that lists places: no one place's item
        return str(found.group())
    return ""


def item_openers(sentences: Sequence[str]) -> list[bool]:
    """For each sentence, whether it opens a roundup's item (module doc): all False where fewer
    than `MIN_REGIONS` regions open items."""
    marks = [False] * len(sentences)
    current = ""
    seen: set[str] = set()
    for k, sentence in enumerate(sentences):
        region = opening_region(sentence)
        if region and region != current:
            marks[k] = True
            current = region
            seen.add(region)
    if len(seen) < MIN_REGIONS:
        return [False] * len(sentences)
    return marks
