"""The sentence going on with a headline figure for the same period follows it up into the overview.

`zh_overview_figure` takes one later group's headline-figure bullet up into an overview that
states none; the story's figures for one period are often told in a pair of sentences, and the
second, left behind, then reads as a stray in its theme group: "2022年，中国机器人产业营业收入超过
1700亿元" went up to the key points while the next sentence, "机器人市场应用加速拓展，2022年，工业
机器人装机量占全球比重超过50%，稳居全球第一大市场", stayed among the quadruped robots of the
"机器人+商业社区" hall (zh-news L173, which blind readers named: the revenue under 核心要点, the
install share in Group 3). A reader meets one account cut in two.

Here the sentence right after the figure that went up follows it where

- it is in the group the figure left, in the same paragraph (or passage);
- both write a figure and the same period ("2022年", "上半年", "1-7月"): one account's two figures;
- the group keeps two bullets, it opens on no label ("张卫平：") nor quotation, and (checked by
  the caller) the group's title is still said, its next bullet does not lean on it, and the
  overview shows four bullets at most.

A bullet of that group further off that gives a measured figure (a percent, a number in 万 or 亿)
for the same reporting term, a half, a quarter or a span of months, follows too (`term_siblings`):
the term's statistics are one account told in two places. zh-news 136's "上半年，我国餐饮收入同比
增长21.4%……" stayed, after "上半年，我国社会消费品零售总额实现22.75万亿元" went up, beside the electronics
measures under the title "电子产品消费": two threads under one title. A year alone ("2022年") is no
such term: it dates much of a story that is no statistics. The caller keeps the overview to four
bullets (a setter that will give way, `zh_teaser_drops`, not counted) and the group's title said.

The brief's sentences stay the same: the bullet only changes group, placed after the figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern

MIN_LEFT = 2  # the group the follower leaves keeps two

# a period both sentences date their figures by: a year, a half or quarter, a span of months
_PERIOD = LazyPattern(r"\d{4}年(?:[上下]半年|\d{1,2}[-—至]\d{1,2}月)?|[上下]半年|\d{1,2}[-—至]\d{1,2}月|[一二三四]季度")
_FIGURE = LazyPattern(r"\d")
# a label before a full-width colon ("楼梯和地面潜在危险：", "张卫平：") opens an item or a speaker's
# words; so does an opening quotation mark (`zh_named_edges` reads both too: they are here, not there,
# because zh_named_edges imports this module through zh_overview_figure)
# a reporting term shorter than a year, and a measured figure (`zh_overview_figure._MEASURED` less "达N")
_TERM = LazyPattern(r"[上下]半年|\d{1,2}[-—至]\d{1,2}月|[一二三四]季度")
_MEASURED = LazyPattern(r"\d+(?:\.\d+)?\s*[%％]|\d+(?:\.\d+)?(?:余|多)?(?:万|亿)")
LABEL = LazyPattern(r"[^，,。；]{1,10}：")
QUOTE_OPEN = ("“", '"', "「")


def period_follower(scored: Scored, figure: int, group: Sequence[int]) -> int | None:
    """The sentence right after `figure` (a headline figure going up from `group`, which no longer
    holds it) that gives a figure for the same period and should follow it up (module doc); None
    where there is none."""
    follower = figure + 1
    if follower not in group or len(group) <= MIN_LEFT:
        return None
    if scored.units[follower].paragraph != scored.units[figure].paragraph:
        return None
    first, then = scored.trimmed[figure], scored.trimmed[follower].lstrip()
    if LABEL.match(then) or then.startswith(QUOTE_OPEN):
        return None
    return follower if same_period_figures(first, then) else None


def term_siblings(scored: Scored, figure: int, group: Sequence[int]) -> list[int]:
    """The bullets of `group` (which no longer holds `figure`) that give a measured figure for a
    reporting term the figure gives one for too (module doc), in reading order."""
    terms = {m.group(0) for m in _TERM.finditer(scored.trimmed[figure])}
    if not terms:
        return []
    siblings = []
    for k in group:
        text = scored.trimmed[k].lstrip()
        if LABEL.match(text) or text.startswith(QUOTE_OPEN) or not _MEASURED.search(text):
            continue
        if any(m.group(0) in terms for m in _TERM.finditer(text)):
            siblings.append(k)
    return siblings


def same_period_figures(first: str, then: str) -> bool:
    """Whether both texts give a figure (a digit outside the period's own) for one period they
    both write ("2022年", "上半年", "1-7月")."""
    periods = {m.group(0) for m in _PERIOD.finditer(first)}
    if not periods or not any(m.group(0) in periods for m in _PERIOD.finditer(then)):
        return False
    return all(_FIGURE.search(_PERIOD.sub("", text)) for text in (first, then))
