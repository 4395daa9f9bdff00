"""A Chinese news group's title that is a place alone: "金山" over the launch of a youth
incubator there, "门头沟" over the repair crews sent to it, "彭阳" over the county's
tree-planting technique. The place is in most of the group's bullets because the story happens
there, which is why the chooser finds it; the overview and the other groups are set there too,
so it tells the reader nothing of this group. The short name of a district or county is no
word the tagger knows as a place, but the text says it in full with its unit (金山区, 门头沟区,
彭阳县), which is how it is known here; the group's next phrase names what happened
("孵化基地", "供电设施", "抗旱集雨造林技术").

A dateline's province, city and county ("江苏扬州仪征") is a place alone too, though the text
never writes the county with its unit and the tagger reads its name as a plain noun (仪征|n): a
province and a city before a short word name where that word is. zh-news 51 was titled
"仪征" (cut from "江苏扬州仪征" by `zh_most_said`) over three bullets on Jiangsu's civilisation-practice
centres, and is "文明实践中心" past it (the run every bullet shares, `zh_title_vague`)."""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.title_choice import group_title
from citebrief.text.titles import starts
from citebrief.text.tokenize import tag_zh

LEVELS = 3  # a province, a city, a county: "江苏扬州仪征"
MAX_PLACE_CHARS = 3  # a short name: 金山, 门头沟, 彭阳; a longer phrase names more than where
# the unit a short name is said in full with ("金山区", "彭阳县"), the whole a place as the tagger
# reads it (not "保护区", "居民区"); not 市 ("金山市场" is a market)
_UNITS = frozenset("区县镇乡")
_HAN_ONLY = LazyPattern(r"[\u4e00-\u9fff]{2,}")


def place_alone(title: str, texts: list[str]) -> bool:
    """True when `title` is a district's or county's short name, after a province or city
    where one leads it ("北京|房山"): the texts say it followed by its unit ("房山区")."""
    words = tag_zh(title)
    if _after_province_and_city(words):
        return True
    if len(words) > 1 and words[0][1] == "ns":
        title = title[len(words[0][0]) :]
    if not title or len(title) > MAX_PLACE_CHARS or not _HAN_ONLY.fullmatch(title):
        return False
    units = {text[at + len(title) : at + len(title) + 1] for text in texts for at in starts(title, text)}
    return any(tag_zh(title + unit) == [(title + unit, "ns")] for unit in units & _UNITS)


def _after_province_and_city(words: list[tuple[str, str]]) -> bool:
    """Whether a title is a province, a city and one word after them ("江苏|扬州|仪征"): the
    county-level place a dateline names so, whatever the tagger makes of it."""
    if len(words) != LEVELS or any(tag != "ns" for _, tag in words[:-1]):
        return False
    return len(words[-1][0]) <= MAX_PLACE_CHARS and bool(_HAN_ONLY.fullmatch(words[-1][0]))


MAX_PLACE_TRIES = 3  # a story set in three districts: each the next phrase in turn ("北京房山", "门头沟")


def past_place(
    title: str, bullets: list[str], texts: list[str], every_text: list[str], guard: set[str]
) -> tuple[str, set[str]]:
    """A news group's title past a place alone (`place_alone`): its next phrase that is no
    place, else the place; and the guard with it and the places (no title of this group's
    later steps, which would find them again: most of its bullets say them)."""
    places: set[str] = set()
    found = title
    while found and place_alone(found, texts):
        if len(places) == MAX_PLACE_TRIES:
            return title, guard
        places.add(found.casefold())
        found = group_title(bullets, texts, every_text, "zh", guard | places, covering=True)
    if not found or found == title:
        return title, guard
    return found, guard | places | {found.casefold()}
