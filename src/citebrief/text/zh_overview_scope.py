"""A Chinese news overview subject that names less than the article's first sentence reports.

The chain that picks the overview's subject weighs phrases of the lead and the overview's bullets;
in two shapes of first sentence it takes a piece of what the sentence is about, and a reader of
"核心要点：X" expects a piece on that piece:
- an item of a list the sentence counts and names ("推进棚户区改造、城镇老旧小区改造、口袋公园建设3项
  民生工程" titled "城镇老旧小区", one project of three): the list's own name for its items, "民生工程";
- a figure's measure word on the thing the article reports ("制造业贷款余额" where the lead says
  "发放制造业贷款2507亿元，制造业贷款余额突破……"): the thing the article says on its own, "制造业贷款".
Each reading asks the article's own words: the new subject is 2–12 characters the paragraphs say
on word boundaries, so the title is a phrase the article writes.
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries, swapped_title

MIN_CHARS = 2  # a lone character is never a subject
MAX_CHARS = 12  # a title's subject, not a clause
_COUNT = r"(?:[0-9]+|[一二三四五六七八九十两]+)"
# "A、B、C(等)3项民生工程。": items split by 、, a count, a classifier, the kind the clause ends on
_LISTED = LazyPattern(
    r"((?:[\u4e00-\u9fff“”]{2,16}、)+[\u4e00-\u9fff“”]{2,16}?)(?:等)?"
    + _COUNT
    + r"(?:项|大|类|种)([\u4e00-\u9fff]{2,8})(?=[，。；：！？]|$)"
)
# the last word of a figure said of a thing: how much of it stands, how fast it grew, its share
FIGURE_WORDS = ("余额", "总量", "增速", "增幅", "增量", "占比", "比重", "总额")


def scope_subject(subject: str, first: str, texts: list[str], used: set[str]) -> str:
    """`subject`, or what the first sentence `first` reports where `subject` names only an item
    of its counted list or a figure on its thing; `used` holds the one that stands."""
    if not subject:
        return subject
    wider = listed_kind(subject, first, texts) or figure_thing(subject, texts)
    if not wider or wider == subject:
        return subject
    return swapped_title(subject, wider, used)


def _said(phrase: str, texts: list[str]) -> bool:
    return MIN_CHARS <= len(phrase) <= MAX_CHARS and any(on_word_boundaries(phrase, t, "zh") for t in texts)


def listed_kind(subject: str, first: str, texts: list[str]) -> str:
    """The kind a counted list names ("民生工程" of "棚户区改造、城镇老旧小区改造、口袋公园建设3项民生
    工程") where `subject` is inside one of its items; '' otherwise."""
    for found in _LISTED.finditer(first):
        items = found.group(1).split("、")
        if any(subject in item for item in items) and _said(found.group(2), texts):
            return found.group(2)
    return ""


def figure_thing(subject: str, texts: list[str]) -> str:
    """The thing a figure is said of ("制造业贷款" of "制造业贷款余额") where the paragraphs also
    say it on its own, not followed by the figure's word; '' otherwise."""
    figure = next((w for w in FIGURE_WORDS if subject.endswith(w)), "")
    thing = subject[: -len(figure)] if figure else ""
    if not figure or not _said(thing, texts):
        return ""
    alone = re.compile(re.escape(thing) + "(?!" + re.escape(figure) + ")")
    return thing if any(alone.search(t) for t in texts) else ""
