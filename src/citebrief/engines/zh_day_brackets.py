"""A Chinese bullet that opens on a day word ("当天中午，习近平主席在……欢迎宴会上发表致辞") whose date the
sentence before it gives ("第31届世界大学生夏季运动会7月28日开幕。"): without that sentence the reader
is told "that day" and never which (zh-news 1, named by a blind reader). The bullet says the date in
brackets after the word, as `zh_party_brackets` brackets a case's party ("当天（7月28日）中午，……"),
cited to the paragraph of the date; `verify.index` reads it back (`text/speaker_label.ZH_DAY_IN_PLACE`).

The words are `data/zh_relative_days.tsv`'s (当天, 当日, 同日; 次日 the day after). Narrowly: the word
opens the bullet, or closes a subject that says or does something that day ("王爱立当日在……时表示",
"甘肃省水利厅当天称"), never an event's day ("活动当天，", "开渔当天"). The date is the one day the
sentence right before names (a news dateline's "7月28日电" left out: the report's day, not the event's),
in reach of the bullet (`neighbour_in_reach`); a sentence of two days, or a day that opens or closes a
span ("自8月8日起", "截至6月30日", "1日至3日"), names none. Nothing where a bullet printed above it has
that sentence or says that day already: one printed only below does not tell the reader of "当日" which
day (zh-news 53 printed "当日，……召开……签约仪式" first and "……局长王健18日表示。" under it, or in the next group).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import chain

from citebrief.engines.scored import BEFORE, Carried, Scored, neighbour_in_reach
from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import zh_day_in_place

DAYS = "zh_relative_days.tsv"  # in citebrief.text.data
# a day of the month as a Chinese news sentence writes it ("7月28日", "28日", "2023年7月28日")
_DATE = LazyPattern(r"(?<![\d年月])(?:(?P<year>\d{4})年)?(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日")
# before a day, a span's start or end ("自8月8日起", "截至6月30日"); after it, a dateline or a span
_SPAN_BEFORE = LazyPattern(r"(?:自|从|截至|截止|至|到|直到|—|-|～|~)$")
_SPAN_AFTER = LazyPattern(r"^(?:电|起|以来|以前|之前|前|后|之后|至|到|—|-|～|~|、|和|及|与)")
# what a subject does that day after the word: says, announces, or "在……时表示"
DOES = "称|表示|说|透露|宣布|介绍|发布|通报|在"
_NEXT_MONTH_DAYS = 27  # the day after a day up to this one is in the same month, whatever the month


@cache
def _words() -> tuple[LazyPattern, LazyPattern, frozenset[str]]:
    """The pattern of a bullet opening on a day word, that of a subject's day word, and the "next" words."""
    kinds = rows_by_kind(DAYS)
    words = word_alternation([*kinds["same"], *kinds["next"]])
    opening = LazyPattern(rf"^(?P<word>{words})(?![（(])")
    subject = LazyPattern(rf"^[\u4e00-\u9fff]{{2,20}}?(?<![的天日])(?P<word>{words})(?=(?:{DOES}))")
    return opening, subject, frozenset(kinds["next"])


@cache
def _day_words() -> tuple[str, ...]:
    """The "same" and "next" words of the table ("当天", "次日"), as a bullet's sentence is searched for them."""
    kinds = rows_by_kind(DAYS)
    return (*kinds["same"], *kinds["next"])


def day_of(sentence: str) -> str | None:
    """The one day `sentence` names as written ("7月28日"), a dateline's day left out; None where it
    names none, two, or one that opens or closes a span."""
    found: set[str] = set()
    for match in _DATE.finditer(sentence):
        before, after = sentence[: match.start()], sentence[match.end() :]
        if after.startswith("电"):  # "新华社成都7月28日电": the day of the report
            continue
        if _SPAN_BEFORE.search(before) or _SPAN_AFTER.match(after):
            return None
        found.add(match.group(0))
    days = {re.sub(r"^.*?(\d{1,2}日)$", r"\1", day) for day in found}  # "7月28日" and "28日" are one day
    if len(days) != 1:
        return None
    return max(found, key=len)  # the fullest form


def _day_after(day: str) -> str | None:
    """The day after `day` where it is plainly in the same month ("7月29日" after "7月28日")."""
    match = _DATE.fullmatch(day)
    if match is None or int(match.group("day")) > _NEXT_MONTH_DAYS:
        return None
    month = f"{match.group('month')}月" if match.group("month") else ""
    year = f"{match.group('year')}年" if match.group("year") else ""
    return f"{year}{month}{int(match.group('day')) + 1}日"


def printed_above(scored: Scored, every_group: Sequence[list[int]], picked: list[int], k: int) -> frozenset[int]:
    """The sentences of the bullets the brief prints above `picked`'s `k`-th: those of the groups
    before `picked` (one of `every_group`, found by identity; where it is none, all of them) and of
    its own bullets before the `k`-th (`en_printed_order.printed_before`, which a Chinese start leaves
    unimported); none where the bullet's sentence holds no day word (most: no set built, issue #14)."""
    if scored.lang != "zh" or not any(word in scored.units[picked[k]].text for word in _day_words()):
        return frozenset()
    above = next((n for n, group in enumerate(every_group) if group is picked), len(every_group))
    return frozenset(chain(chain.from_iterable(every_group[:above]), picked[:k]))


def dated_day(scored: Scored, i: int, text: str, above: frozenset[int]) -> Carried | None:
    """`text`, the bullet of sentence `i`, with the date its opening day word means in brackets after
    the word, and the paragraph of that date; None where it opens on no such word, the sentence before
    names no one day, or a bullet printed above it (`above`: their sentences, `printed_above`) has
    that sentence or that day."""
    if scored.lang != "zh" or i == 0 or i - 1 in above:
        return None
    opening, subject, next_words = _words()
    said = opening.match(text) or subject.match(text)
    if said is None:
        return None
    before, unit = scored.units[i - 1], scored.units[i]
    if not neighbour_in_reach(scored, before, unit, BEFORE) or (day := day_of(before.text)) is None:
        return None
    if said.group("word") in next_words and (day := _day_after(day)) is None:
        return None
    short = day[day.find("月") + 1 :]  # "28日": the brief says that day already where any sentence has it
    if short in text or any(short in scored.units[j].text for j in above):
        return None
    end = said.end("word")
    return Carried(zh_day_in_place(day, text[:end], text[end:]), before.paragraph)
