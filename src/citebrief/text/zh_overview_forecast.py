"""A Chinese weather forecast's overview on the weather where it falls, not the bare weather word:
"核心要点：降水天气" where the forecast opens "新疆青海等地多降水天气". A national forecast's first
sentence is its headline, the regions the weather is heaviest in and the weather ("……等地多|有
……"); the subject steps find the weather word its passages repeat, and a reader of it alone does
not learn where. The title is that clause whole, where its weather is the subject, it is at most
MAX_CHARS and an overview bullet says it on word boundaries; a forecast that opens any other way
("……等地部分地区出现中到大雨……局地暴雨") keeps its weather word, as "暴雨" of a national roundup.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

# "新疆青海等地多降水天气": the regions, listed without a pause, then the weather they will have
_HEADLINE = LazyPattern(
    r"(?:^|[，。；：])(?P<clause>(?P<where>[^，。；：、！？“”()（）\s]{2,8}?等地)(?:多|有)"
    r"(?P<what>[^，。；：、！？\s]{2,6}))(?:[，。；]|$)"
)
MAX_CHARS = 12


def forecast_places(subject: str, opening: list[str], bullets: list[str], used: set[str]) -> str:
    """The first `opening` sentence's headline clause (module doc) whose weather is `subject`,
    else ''. `used` is left as it is: the weather word stays free for a group."""
    found = _HEADLINE.search(opening[0]) if opening and subject else None
    if found is None or found.group("what") != subject:
        return ""
    clause = found.group("clause")
    if len(clause) > MAX_CHARS or clause.casefold() in used:
        return ""
    return clause if any(on_word_boundaries(clause, b, "zh") for b in bullets) else ""
