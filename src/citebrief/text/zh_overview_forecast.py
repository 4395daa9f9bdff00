"""A Chinese weather item's overview on the weather where it falls, not the bare weather word:
"核心要点：降水天气" where the forecast opens "新疆青海等地多降水天气", "高温" where the lead says
"长三角多地冲破35℃高温". The lead's clause that names the regions as a whole ("……等地", "……多地")
and ends on the weather is the item's headline; the subject steps find the weather word its
passages repeat, and a reader of it alone does not learn where.

The title is that clause of the first passage, whole from its clause start, where it ends on the
subject, the subject is a weather word (`data/zh_weather_terms.tsv`'s forecasts, or "……天气"),
it is at most MAX_CHARS and an overview bullet says it on word boundaries. A clause listing its
places one by one ("黑龙江齐齐哈尔、……、四川阿坝局地暴雨") names no region as a whole: a national
roundup keeps its weather word ("暴雨").
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries
from citebrief.text.zh_weather_titles import weather_terms

# "新疆青海等地多降水天气", "长三角多地冲破35℃高温": a region as a whole, then what weather it has
_HEADLINE = LazyPattern(
    r"(?:^|[，。；：])(?P<clause>[^，。；：、！？“”()（）\s]{2,8}?(?:等地|多地)[^，。；：、！？“”()（）\s]{0,8}?)"
    r"(?=[，。；]|$)"
)
MAX_CHARS = 12


def forecast_places(subject: str, texts: list[str], bullets: list[str], used: set[str]) -> str:
    """The first passage's clause (in `texts`) naming a region and ending on the weather word
    `subject` (module doc), else ''. `used` is left as it is: the weather word stays free for a group."""
    if not texts or not _is_weather(subject):
        return ""
    for found in _HEADLINE.finditer(texts[0]):
        clause = found.group("clause")
        if not clause.endswith(subject) or len(clause) > MAX_CHARS or clause.casefold() in used:
            continue
        if any(on_word_boundaries(clause, b, "zh") for b in bullets):
            return clause
    return ""


def _is_weather(subject: str) -> bool:
    """True when `subject` is a forecast's weather word ("高温", "降水天气")."""
    if subject.endswith("天气") and len(subject) > len("天气"):
        return True
    return any(term == subject and aspect == "forecast" for term, aspect in weather_terms())
