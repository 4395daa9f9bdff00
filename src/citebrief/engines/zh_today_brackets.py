"""A Chinese bullet that opens on "今日/今天" ("今日最高人民检察院向社会发布……数据。") where the article's
dateline gives the day ("本报北京7月26日电（记者……）"): the brief shows the bullet without the dateline, so
the reader is told "today" and never which day (zh-news 96, named by a blind reader). The bullet says
the date in brackets after the word, as the outlets write it themselves ("今天（7月31日）上午，……", zh-news
22) and as `zh_day_brackets` brackets a "当天" ("今日（7月26日）最高人民检察院……"), cited to the dateline's
paragraph; `verify.index` reads it back (`text/speaker_label.ZH_DAY_IN_PLACE`).

The words are `data/zh_relative_days.tsv`'s "dateline" rows. Narrowly: the word opens the bullet
(not "今天的……" nor "今天是……", nowadays or a holiday), or closes a subject that says or does something
that day ("李春临今天在……说", "草案今天提请……"); the day is the one a news dateline ("…7月26日电") at
the opening of the article's first sentence gives. Nothing where the bullet says that day already.
"""

from __future__ import annotations

from functools import cache

from citebrief.engines.scored import Carried, Scored
from citebrief.engines.zh_day_brackets import DAYS, DOES
from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import zh_day_in_place
from citebrief.text.zh_dateline_closers import day_closer

# what a subject does that day after the word: what `zh_day_brackets` reads, and holds, submits, "从……获悉"
_DOES = DOES + "|召开|提请|举行|从"


@cache
def _patterns() -> tuple[LazyPattern, LazyPattern, LazyPattern]:
    """The pattern of a bullet opening on a dateline day word, that of a subject's day word, and
    that of a dateline opening an article ("本报北京7月26日电", "中新网北京8月19日电")."""
    words = word_alternation(rows_by_kind(DAYS)["dateline"])
    opening = LazyPattern(rf"^(?P<word>{words})(?![（(的是])")
    subject = LazyPattern(rf"^[\u4e00-\u9fff（）]{{2,30}}?(?<![的天日])(?P<word>{words})(?=(?:{_DOES}))")
    dateline = LazyPattern(rf"^[^。，；：“”]{{0,20}}?(?<![\d月])(?P<day>\d{{1,2}}月\d{{1,2}}日){day_closer()}")
    return opening, subject, dateline


def dateline_day(scored: Scored, i: int, text: str) -> Carried | None:
    """`text`, the bullet of sentence `i`, with the day of the article's dateline in brackets after
    the "今日/今天" it opens on (or its subject closes on), and the dateline's paragraph; None where it
    opens on no such word, the article opens on no dateline, or the bullet says that day already."""
    if scored.lang != "zh" or not scored.units:
        return None
    opening, subject, dateline = _patterns()
    first = scored.units[0]
    dated = dateline.match(first.text.strip())
    if dated is None:
        return None  # an article with no dateline (a policy's, most news features'): the bullet is not read
    said = opening.match(text) or subject.match(text)
    if said is None:
        return None
    day = dated.group("day")
    if day[day.find("月") + 1 :] in text:
        return None
    end = said.end("word")
    return Carried(zh_day_in_place(day, text[:end], text[end:]), first.paragraph)
