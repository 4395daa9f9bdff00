"""A weather item's group whose bullets all forecast the same measured weather, titled by it.

A forecast item lists, region by region, what is coming: "新疆沿天山地区和南疆盆地等地部分地区有
4～6级风", "内蒙古中西部、新疆南疆盆地、甘肃中部、山东半岛等地部分地区有4～6级风". The group of
such bullets shares no rare word, so the title steps keep one bullet's region ("内蒙古中西部"), and
a reader meets a place over a group about wind. What every bullet forecasts is the wind of one
force: "4～6级风" names it, and is what each bullet says.

Reads Chinese weather and disaster news (`zh_weather_titles` calls it for a weather item only): a
wind force written as a figure or a range of figures and 级 before 风 or 大风 ("4～6级风",
"6级大风"), the same in every bullet of a group of two or more, on word boundaries in a cited
paragraph, where no title of the brief holds it. A temperature or a rain amount is left alone:
no group of zh-news' 200 items shares one, and the forecast word (气温, 降雨) already titles them.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

MIN_BULLETS = 2
# a wind force: a figure or a range of figures, 级, then 风 ("4～6级风", "6-7级大风", "8级风")
_WIND = LazyPattern(r"\d+(?:[～~至\-－]\d+)?级(?:大)?风")


def measured_weather(bullets: list[str], texts: list[str], taken: set[str]) -> str:
    """The wind force every one of `bullets` forecasts ("4～6级风"), written so on word
    boundaries in one of `texts` (the group's paragraphs) and in no title of `taken`
    (casefolded); "" where the bullets forecast no one such force."""
    if len(bullets) < MIN_BULLETS:
        return ""
    shared: set[str] = {str(force) for force in _WIND.findall(bullets[0])}
    for bullet in bullets[1:]:
        shared &= {str(force) for force in _WIND.findall(bullet)}
    for force in sorted(shared, key=lambda f: (bullets[0].find(f), f)):  # as the first bullet says them
        if any(force in t or t in force for t in taken if t):
            continue
        if any(on_word_boundaries(force, text, "zh") for text in texts):
            return force
    return ""
