"""A Chinese weather item's overview titled by one kind of weather while one of its bullets tells
another that no other group tells: both kinds ("核心要点：暴雨" → "核心要点：暴雨、高温").

A forecast roundup's overview is its lead points: the rain of the past day, and the heat ahead
(zh-news 60, "高温方面，预计未来10天……最高气温可达35~37℃"). Its subject is the lead's event
(`zh_roundup_event`: "暴雨"), and blind readers read the heat bullet under "核心要点：暴雨" as filed
under the wrong group. The heat is one bullet (its two sentences one bullet: no group of its own)
and no theme group tells heat, so the overview is where it belongs; its title then names both
kinds. Only the weather itself (the rain, the wind, the heat, the humidity, the sea: what a
forecast reports) is named so, read from `data/zh_weather_kinds.tsv` as `zh_weather_kinds`
reads a bullet's kind; the subject must be one of the table's words, and the added word is the
table's first word of that kind the bullet says, said by no other title. Chinese news items of the
weather genre only (`zh_weather_titles.is_weather_item`).
"""

from __future__ import annotations

from citebrief.engines.zh_weather_kinds import bullet_kind, kind_words
from citebrief.model import Group
from citebrief.text.zh_overview_story import SEPARATOR
from citebrief.text.zh_weather_titles import is_weather_item

WEATHER = frozenset({"rain", "wind", "heat", "humidity", "sea"})  # what a forecast reports
JOIN = "、"


def kinds_titled(groups: list[Group], texts: list[str]) -> list[Group]:
    """`groups` (the overview first) with the overview's title naming a second kind of weather
    where one overview bullet tells it and no other bullet of the brief does (module doc);
    `texts`: the document's segments."""
    if len(groups) < 2 or SEPARATOR not in groups[0].title or not is_weather_item(texts):
        return groups
    overview = groups[0]
    label, _, subject = overview.title.partition(SEPARATOR)
    kind = dict(kind_words()).get(subject, "")
    if kind not in WEATHER:
        return groups
    kinds = [bullet_kind(p.text) for p in overview.points]
    others = [k for k in kinds if k not in ("", kind)]
    if len(others) != 1 or others[0] not in WEATHER:
        return groups
    other = others[0]
    if any(bullet_kind(p.text) == other for g in groups[1:] for p in g.points):
        return groups  # a theme tells it: the bullet's place is there, not the overview's title
    bullet = overview.points[kinds.index(other)].text
    word = next((w for w, k in kind_words() if k == other and w in bullet), "")
    titles = [g.title for g in groups[1:]]
    if len(word) < 2 or word in subject or any(word in t for t in titles):
        return groups
    return [overview.model_copy(update={"title": label + SEPARATOR + subject + JOIN + word}), *groups[1:]]
