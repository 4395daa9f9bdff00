"""A Chinese weather or disaster news group's title: what its bullets report (the rain, the
temperatures, the warning or response level, the losses), not one bullet's detail.

zh-news holds many wire items on rainstorms, typhoons and floods (forecasts, warnings, response
levels, rescue, losses). Their bullets share few rare words, so the title steps keep one
bullet's phrase and readers meet "中心城区" over three days' forecasts, "风圈半径" over a second storm's
strength and track, or "施工工地" over a response level and the evacuations. Such an item names its
parts by a small set of words (`data/zh_weather_terms.tsv`: 强降雨, 气温, 应急响应, 搜救 …): where the
article says them often (MIN_GENRE times: a weather or disaster item) and a group's title is one
bullet's, the first term of those most of the group's bullets say on word boundaries (two of
them, and two thirds at least) titles it ("气温"; a forecast's term counts in a bullet that tells
a forecast or an amount only, not in "对强降雨区域" of the measures taken); a group whose bullets all
name one storm is titled by it ("台风“兰恩”"); where neither fits, the warning or response level a
bullet reports (`data/zh_weather_warnings.tsv`: "洪水橙色预警" over the flood warning, the reservoirs
and the diversion channel; "防台风应急响应" over the response, the evacuations and the closures, not
"施工工地"), what such an item's reader asks first, unless the article's first sentence reports it
(the overview's). A term a title of the brief holds already (the overview's "暴雨蓝色预警" holds 预警)
stays out. The table holds no word blind readers marked vague (`zh_title_vague`'s list: "受灾" over
a county's house checks and the work groups sent to flooded villages, zh-news 145). Tried and left
out: two terms of two aspects that together cover the bullets ("降雨、救援" over a meeting and its
risk notices, 救援 of the "救援队伍" they went to) read worse than one bullet's phrase.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries
from citebrief.text.zh_measured_weather import measured_weather
from citebrief.text.zh_weather_statistics import one_statistic, says_term

# the words of a weather or disaster item (brief y3: 暴雨/台风/预警/应急响应/降水/洪水)
_GENRE = LazyPattern(r"暴雨|台风|预警|应急响应|降水|降雨|洪水|山洪|洪涝|高温|气温")
MIN_GENRE = 5  # said this often in the article: its genre, not an aside on the weather
MIN_BULLETS = 2  # a group of one bullet keeps its own phrase
# a named storm as the article writes it ("今年第7号台风“兰恩”(LAN)")
_STORM = LazyPattern(r"(?:强热带风暴|热带风暴|热带低压|台风)“(?P<name>[^“”，。]{2,8})”")
# a bullet that tells what is coming or what fell: a forecast, an amount, a temperature, a force
_FORECAST = LazyPattern(r"预计|预报|未来|将有|将出现|毫米|℃|级风|米/秒")
FORECAST = "forecast"  # the aspect whose terms title only forecast bullets


@cache
def weather_terms() -> tuple[tuple[str, str], ...]:
    """The table's (term, aspect) rows, in order (the more specific first)."""
    return tuple((row.split("\t")[0], row.split("\t")[1]) for row in data_lines("zh_weather_terms.tsv"))


@cache
def _warning() -> re.Pattern[str]:
    """A warning ("暴雨蓝色预警", "分区域暴雨红色预警") or response ("防汛三级应急响应") of the
    kinds `data/zh_weather_warnings.tsv` lists."""
    kinds: dict[str, list[str]] = {"warning": [], "response": []}
    for row in data_lines("zh_weather_warnings.tsv"):
        which, kind = row.split("\t")
        kinds[which].append(re.escape(kind))
    warning = f"(?:分区域)?(?:{'|'.join(kinds['warning'])})[红橙黄蓝]色预警"
    response = f"(?:{'|'.join(kinds['response'])})(?:[ⅠⅡⅢⅣ一二三四]级)?应急响应"
    return re.compile(f"{warning}|{response}")


def is_weather_item(texts: list[str]) -> bool:
    """Whether the article's paragraphs say its genre's words MIN_GENRE times or more."""
    return sum(len(_GENRE.findall(text)) for text in texts) >= MIN_GENRE


def weather_titles(
    titles: list[str], own: list[tuple[list[str], list[str]] | None], every_text: list[str], used: set[str]
) -> list[str]:
    """`titles`, each group's (of `own`: its bullets and cited paragraphs, None for a section's
    heading) given up for its storm, weather term or warning where the article is a weather item and the
    title is one bullet's (see the module's docstring)."""
    if not is_weather_item(every_text):
        return titles  # most items: no weather to report
    taken = {t.casefold() for t in titles if t} | used
    named = list(titles)
    for k, (title, group) in enumerate(zip(titles, own, strict=True)):
        if group is None or not title:
            continue
        bullets, texts = group
        if len(bullets) < MIN_BULLETS or _held(title, bullets):
            continue  # the title is what the bullets say together ("塌方断道")
        others = taken - {title.casefold()}
        found = (
            _storm_title(bullets, texts, others)
            or _term_title(bullets, texts, others)
            or measured_weather(bullets, texts, others)  # "4～6级风", not one bullet's region
            or _warning_title(bullets, texts, others | set(_warning().findall(_opening(every_text))))
        )
        # "塌方断道" keeps its 塌方 beside 断道 all say; one bullet's "滑动平均气温" gives way to 气温
        if found and (found not in title or one_statistic(found, title)):
            taken.add(found.casefold())
            named[k] = found
    return named


def _opening(texts: list[str]) -> str:
    """The article's first sentence: the warning or response it reports is the overview's
    ("防汛防台风四级应急响应" of "……国家防总针对辽宁、山东启动防汛防台风四级应急响应。")."""
    return texts[0].partition("。")[0] if texts else ""


def _held(title: str, bullets: list[str]) -> bool:
    """Whether MIN_BULLETS bullets or more say `title`."""
    return sum(title in b for b in bullets) >= MIN_BULLETS


def _storm_title(bullets: list[str], texts: list[str], taken: set[str]) -> str:
    """The storm ("台风“兰恩”") every bullet names (by its name: "预计，“兰恩”将以……") where
    a cited paragraph writes it so and no title of the brief names it already, else ""."""
    for text in texts:
        for found in _STORM.finditer(text):
            name = found.group("name")
            if all(name in b for b in bullets) and not any(name.casefold() in t for t in taken):
                return found.group(0)
    return ""


def _term_title(bullets: list[str], texts: list[str], taken: set[str]) -> str:
    """The first term of those most `bullets` say on word boundaries where MIN_BULLETS of them or
    more, and two thirds of them at least, say it (and a cited paragraph does), else "". A
    forecast's term ("强降雨", "气温") counts in the bullets that tell a forecast or an amount
    (`_FORECAST`) only."""
    best, most = "", 0
    told = [b for b in bullets if _FORECAST.search(b)]
    for term, aspect in weather_terms():
        if any(term.casefold() in t for t in taken):
            continue  # the overview's "暴雨蓝色预警" holds 预警 and 暴雨
        # "强降雨" titles forecasts, not the measures taken "对强降雨区域"
        # and "气温" in "最高气温", "平均气温": a statistic of the term says it (`zh_weather_statistics`)
        count = sum(says_term(term, b) for b in (told if aspect == FORECAST else bullets))
        if count > most and any(on_word_boundaries(term, t, "zh") for t in texts):
            best, most = term, count
    return best if most >= max(MIN_BULLETS, -(-2 * len(bullets) // 3)) else ""


def _warning_title(bullets: list[str], texts: list[str], taken: set[str]) -> str:
    """The first warning or response level a bullet reports ("洪水橙色预警", "防台风应急响应"),
    written so on word boundaries in a cited paragraph, where no title of the brief holds it
    (the overview's own), else "": of what such an item's group tells, the one its reader asks
    first."""
    for bullet in bullets:
        for found in _warning().finditer(bullet):
            warning = found.group(0)
            if not any(warning.casefold() in t for t in taken) and any(
                on_word_boundaries(warning, t, "zh") for t in texts
            ):
                return warning
    return ""
