"""Two sections merged into one group, titled by both names past the article's subject.

A group can hold two neighbouring sections of an analysis ("（三）……面临'供养比'不断下降的压力" and
"（四）城镇职工基本养老保险基金收入增速多数年份低于支出增速", zh-clts 9). `group_titles.section_title`
names both where the two names fit a title, else the one most of the group's bullets come from: here
"基本养老保险基金收入增速" over a bullet on the falling 供养比 as well, and "缴费基数偏高且不实" over
the contribution rate's ("城镇职工养老保险费率偏高"). The names are long because each repeats the
article's subject ("城镇职工", "基本养老保险基金"), which says nothing of which section.

Here each name loses a front of `MIN_SUBJECT` Chinese characters or more, ending on a whole word,
that the article writes in `SUBJECT_SHARE` of its paragraphs at least, where `MIN_REST` characters
or more are left, and a frame of pressure ("面临……的压力": the finding faced); where that cut a
name and the two then fit a title (as other merged names: `group_titles._fits_list`), the
title names both ("养老保险费率偏高、缴费基数偏高且不实", the word cut reading "养老保险费" as
one word). A name its heading cut to the subject of a comparison takes the comparison back where
the two stay a title's length (`zh_compared_heading.compared_finding`): "收入增速" alone says
nothing of what the section found, "收入增速低于支出增速" beside "供养比不断下降" shows both
sections' findings; where the pair then fits no title, it is named without. A name its heading's
quotation marks broke ("不缴问题严重" of "'参而不缴'问题严重") is one no cut shortens, so its pair
keeps its title. zh-clts: 1 of 200 briefs changes
(zh-clts 9, two titles); zh-news, zh-policy: none. Read for every merged pair of sections
(`group_titles.section_title`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import MAX_ZH, word_boundaries
from citebrief.text.zh_compared_heading import compared_finding

MIN_SUBJECT = 4  # the article's subject, cut from a name's front: this long at least
MIN_REST = 4  # what is left of the name: this long at least
SUBJECT_SHARE = 1 / 3  # the article's paragraphs that write the subject, this share at least
# a finding's frame of pressure ("面临'供养比'不断下降的压力"): the finding is what it faces
_FRAME_LEADS = ("面临",)
_FRAME_TAILS = ("的压力", "的挑战")
_HAN = LazyPattern(r"[\u4e00-\u9fff]+")  # a subject of Chinese characters alone: no English heading is cut


def past_subject(name: str, texts: Sequence[str]) -> str:
    """`name` without the longest front of whole words that the article (`texts`, its
    paragraphs) writes as its subject (module doc); `name` where it has none."""
    least = SUBJECT_SHARE * len(texts)
    for end in sorted(word_boundaries(name, "zh"), reverse=True):
        if end < MIN_SUBJECT or len(name) - end < MIN_REST:
            continue
        front = name[:end]
        if _HAN.fullmatch(front) and sum(front in text for text in texts) >= least:
            return name[end:]
    return name


def past_frame(name: str) -> str:
    """`name` without a frame of pressure around its finding ("面临供养比不断下降的压力" →
    "供养比不断下降"); `name` where it has none or too little is left."""
    for lead in _FRAME_LEADS:
        for tail in _FRAME_TAILS:
            if name.startswith(lead) and name.endswith(tail) and len(name) - len(lead) - len(tail) >= MIN_REST:
                return name[len(lead) : -len(tail)]
    return name


def subject_pair(
    names: Sequence[str], texts: Sequence[str], heading_words: Mapping[str, str] | None = None
) -> list[str] | None:
    """Two sections' names, each past the article's subject and its frame (["养老保险费率偏高",
    "缴费基数偏高且不实"]), with the comparison its heading (`heading_words`: each name's heading
    whole) states of it ("收入增速低于支出增速"); None where they are not two or no name was cut.
    Whether the pair fits a title is `group_titles.section_title`'s test (module doc)."""
    if len(names) != 2 or not texts:
        return None
    cut = [past_frame(past_subject(name, texts)) for name in names]
    if cut == list(names):
        return None
    words = heading_words or {}
    findings = [compared_finding(words.get(name, ""), name) for name in names]
    return [_with_finding(short, finding) for short, finding in zip(cut, findings, strict=True)]


def _with_finding(name: str, finding: str) -> str:
    """`name` with the `finding` its heading states of it, where the two fit a title."""
    return name + finding if finding and len(name + finding) <= MAX_ZH else name
