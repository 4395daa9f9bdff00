"""A Chinese bullet that opens on a label its group's title already says, or on a generic label.

A how-to roundup heads each item's section with its name as a label ("1.窗户和阳台潜在危险：与其他
情况的跌落相比，……", "红枣黑芝麻粥，原料：大米、红枣、黑芝麻。"), and the brief titles the item's group
by that name; the bullet then repeats its group's title before its own words, which a blind
reader marked down (zh-clts 4). Within a section, "预防办法：给窗户或阳台安装防护装置……"
labels advice whose own verb says it is advice. So a bullet drops:

- a label of 2–12 Han characters before "：" that is its group's title, or a piece of a title that
  lists nothing ("窗户和阳台潜在危险" under that title; never "春节" under "元旦、春节、国庆节",
  where the label says which of the title's items the bullet is);
- an advice label of `data/zh_generic_labels.tsv` ("预防办法：").

A recipe's line "红枣黑芝麻粥，原料：大米、红枣、黑芝麻。" under "红枣黑芝麻粥" keeps its dish: without it
the bullet would open on "原料：", a line no bullet may be (lines.tsv's recipe-label), a list and no
sentence (zh-clts 0).

Only where what is left is a whole sentence (ends on a stop) of some length, and never a speaker's
label before words that say 我 ("张卫平：下一步，我们将……"): the words after the label are the
source's, so verify reads them in the paragraph as before.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

# a label of Han characters alone before a colon, a sentence's words after it
_LABEL = LazyPattern(r"([\u4e00-\u9fff]{2,12})[：:](?=[^，。；：:\s])")
_LIST_MARKS = ("、", "，", ",", "；")  # a title that lists items: each label names one of them
_SENTENCE_ENDS = ("。", "！", "？", "”")
MIN_REST = 8  # the words left a sentence of their own, not a stub
OVERVIEW_HEAD = "："  # "核心要点：跌落伤": the overview's title after its head


@cache
def advice_labels() -> frozenset[str]:
    """The labels of advice a bullet drops wherever it stands (`data/zh_generic_labels.tsv`)."""
    return frozenset(data_lines("zh_generic_labels.tsv"))


def _whole(rest: str) -> bool:
    """Whether `rest` reads as a sentence of its own."""
    return len(rest) >= MIN_REST and rest.rstrip().endswith(_SENTENCE_ENDS)


def _says(title: str, label: str) -> bool:
    """Whether the title says all the label says: the label is the title, or a piece of a title
    that lists no items."""
    core = title.rpartition(OVERVIEW_HEAD)[2].strip()
    return label == core or (label in core and not any(mark in core for mark in _LIST_MARKS))


def without_title_label(text: str, title: str) -> str:
    """Chinese bullet `text` under group title `title` without the label it opens on where that
    label repeats the title or is generic (module doc); `text` itself otherwise."""
    found = _LABEL.match(text)
    if found is None:
        return text
    label, rest = found.group(1), text[found.end() :]
    if not _whole(rest) or "我" in rest:  # "张卫平：下一步，我们将……": whose words, not a section's name
        return text
    return rest if label in advice_labels() or _says(title, label) else text
