"""A Chinese bullet whose first clause leans back on what a later bullet of its group introduces.

The overview keeps its most central point first (`zh_overview_order`), and that point may lean
back on another it holds: "……负责人王爱立当日在就该修正案草案回答记者提问时表示，……" above "7月25日，……
初次审议刑法修正案(十二)草案。" (zh-news 36): a blind reader met "当日" and "该修正案草案" before the
day and the draft they point to. Such a bullet goes right after the later bullet that gives what it
leans on, where that bullet comes earlier in the article (the writer set it up first): a day word
(`data/zh_time_anaphors.tsv`, "当日", "当天") in the first clause leans on a bullet naming a day or
an hour; "该", "此次" or "上述" before a noun leans on a bullet that holds the noun's first two
characters ("该修正案" on "刑法修正案"). Only the first clause is read: a pointer further on
refers inside its own sentence ("……，该项目于……").
"""

from __future__ import annotations

from functools import cache

from citebrief.engines.scored import Draft
from citebrief.text.data_files import rows_by_kind
from citebrief.text.lazy_re import LazyPattern

_FIRST_CLAUSE = LazyPattern(r"[^，,。！？；：]*")
# "该" (not "应该") or "此次"/"上述" before two Han characters of the noun it points back to
_THING = LazyPattern(r"(?<!应)(?:该|此次|上述)([\u4e00-\u9fff]{2})")
# a day or an hour named: "7月25日", "25日", "今天": what "当日" points to
_DAY_NAMED = LazyPattern(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号时]|[今昨明前][天日]")


@cache
def _day_words() -> tuple[str, ...]:
    """The "day" words of `data/zh_time_anaphors.tsv` ("当日", "当天", "届时")."""
    return rows_by_kind("zh_time_anaphors.tsv")["day"]


def leans_on(text: str, earlier: str) -> bool:
    """Whether `text`'s first clause points back to a day (a day word) or a thing ("该修正案草案")
    that sentence `earlier` gives: a day or an hour named, or the noun's first characters."""
    clause = _FIRST_CLAUSE.match(text.strip())
    first = clause.group(0) if clause else ""
    if any(word in first for word in _day_words()) and _DAY_NAMED.search(earlier):
        return True
    return any(noun in earlier for noun in _THING.findall(first))


def _leaning_moved(picked: list[int], sentences: list[str]) -> list[int]:
    """`picked` with its first bullet that leans on a later one given earlier in the article moved
    right after the last such bullet (one move: the group is short, and a second lean is rarer)."""
    for at, i in enumerate(picked):
        later = [
            k for k in range(at + 1, len(picked)) if picked[k] < i and leans_on(sentences[i], sentences[picked[k]])
        ]
        if later:
            rest = [k for k in picked if k != i]
            place = rest.index(picked[later[-1]]) + 1
            return [*rest[:place], i, *rest[place:]]
    return picked


def lean_back_after(drafts: list[Draft], sentences: list[str]) -> list[Draft]:
    """The drafts with, in each group, a bullet that leans back on a later bullet's day or thing
    (`leans_on`) put right after it (`sentences`: the article's, as the groups' indexes read them)."""
    for draft in drafts:
        draft.picked = _leaning_moved(draft.picked, sentences)
    return drafts
