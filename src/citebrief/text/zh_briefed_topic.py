"""What a Chinese news item reporting a briefing is about: the matter the briefing covers, as
its lead names it ("国新办28日就……退役军人工作高质量发展有关情况举行新闻发布会" →
退役军人工作高质量发展, "发布2023年1月至6月全国检察机关主要办案数据" → 全国检察机关主要办案数据,
"开展灾后恢复重建工作" → 灾后恢复重建). The matter is given whole as the lead words it (past when
and the push): "退役军人工作" alone would be closed again by what follows it (`zh_close`).

The phrase the lead's other words give ("农村党组织书记总量", "民事检察职能", "防疫消杀") is one
figure or one part of what was briefed: a reader of "核心要点：民事检察职能" over half a year's case
figures of every procuratorate expects a piece on civil-case supervision alone. Where the lead's
own subject is a part of the briefed matter as the lead words it ("电信网络诈骗" of "通报……电信网络
诈骗犯罪工作情况"), it stands: it already says what the briefing was about. A governor's report
("作关于上半年全省经济社会发展情况……的报告时介绍") is no such matter: the item tells one part of it
(foreign trade), which the report's whole would misname as much as one figure does.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import is_name, on_word_boundaries, swapped_title

# the matter of a briefing, a report or a release, each form's words around it
_BRIEFING = LazyPattern(
    r"就(?P<held>[^，。；：“”《》]{4,40}?)(?:有关|相关)?(?:情况|问题)?(?:举行|召开)[^，。；]{0,6}?(?:发布会|通气会|吹风会)"
    r"|(?:介绍|通报)(?P<told>[^，。；：“”《》]{4,30}?)(?:等|有关|相关)?(?:情况|进展)"
    r"|发布了?的?(?P<released>[^，。；：“”《》]{4,30}?(?:数据|报告))"
)
# "连日来，各地……开展灾后恢复重建工作": the work the lead says is under way (its first sentence only)
_WORK = LazyPattern(r"开展(?P<work>[^，。；：“”《》]{4,12}?)工作")
# what frames the matter, not the matter: when ("2023年1月至6月", "上半年"), the push ("全面推进"),
# whose ("该市"), how many ("3起")
_FRONT = LazyPattern(
    r"^(?:[0-9]{4}年|[0-9]{1,2}月?[至—-][0-9]{1,2}月|[上下]半年|今年|去年|前三季度|[一二三四]季度"
    r"|全面推进|深入推进|推进|加快|加强|新时代新征程|新时代|新征程|了|其|该[省市县区院局部]"
    r"|[0-9一二三四五六七八九十两]+(?:起|批|项|个|件))+"
)
# what ends the matter's name without naming it: the report's kind
_TAILS = ("分析预测报告", "分析报告", "报告")
_KINDS = ("数据", "报告")  # "统计数据" alone says nothing of what was counted
MIN_TOPIC, MAX_TOPIC = 4, 12
OPENING = 2  # the lead's sentences read: the briefing may follow a first sentence of setting


def briefed_topic(subject: str, opening: list[str], texts: list[str], used: set[str]) -> str:
    """The matter the lead's briefing covers, where `subject` is not already part of it; ''
    where the lead reports no briefing or `subject` stands. `opening`: the article's first
    sentences, datelines cut. `used` holds the one that stands."""
    for at, sentence in enumerate(opening[:OPENING]):
        found = _BRIEFING.search(sentence) or (_WORK.search(sentence) if not at else None)
        if not found:
            continue
        matter = next(group for group in found.groups() if group)
        topic = "" if subject and subject in matter else _topic(matter, sentence, texts)
        if not topic or topic.casefold() in used:
            return ""
        return swapped_title(subject, topic, used)
    return ""


def _topic(matter: str, sentence: str, texts: list[str]) -> str:
    """The matter past what frames it, where it can title the article ('' where it cannot)."""
    topic = _FRONT.sub("", matter)
    for tail in _TAILS:
        if topic.endswith(tail) and len(topic) - len(tail) >= MIN_TOPIC:
            topic = topic[: -len(tail)]
            break
    bare = topic
    for kind in _KINDS:
        bare = bare.removesuffix(kind)
    if not MIN_TOPIC <= len(topic) <= MAX_TOPIC or len(bare) < MIN_TOPIC or is_name(bare, texts, "zh"):
        return ""
    # on the words' boundaries: the matter's own end is the briefing's frame ("……工作|高质量发展",
    # "恢复重建|工作"), which a reading that joins the last word to it would call a cut
    return topic if on_word_boundaries(topic, sentence, "zh") else ""
