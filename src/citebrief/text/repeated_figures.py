"""The same fact twice in one brief: two bullets that state the same figure, or share most words.

Readers mark a brief down when a point comes back in another group: an EPS growth of 10% in the
overview and again in a theme, "Only nine per cent of Germans…" below a bullet that gave the 9%
already. `engines.bullets.near_duplicate` asks for much shared wording and misses these, as the
second bullet often wraps the figure in new words. This module reads bullets (Chinese or English
news and policy text) and says which pairs repeat a figure or most of their content words.

A figure is a percentage (10%, 百分之十, "ten per cent" all read `percent:10`, by
`text/numbers.py`) or a count in its unit ("41 men", "3万元", "120名"): the value with the word
or measure character that follows it, so 41 men and 40 prisoners, or 3 days and 3 people, are
different figures. Dates, years, document numbers and small spelled-out counts are left out: two
bullets on one day's events share a date without repeating a fact.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from citebrief.model import Lang
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.numbers import find_quantities, format_value

# a count this small or a bare year is too common to say two bullets repeat a fact
SMALLEST_COUNT = Decimal(3)
_YEAR_LIKE = (Decimal(1900), Decimal(2100))
_EN_UNIT = LazyPattern(r"[\s-]*(?:(?:more|fewer|less|other|of|the|a|an|new|extra)\s+)*([A-Za-z]{2,})")
_ZH_UNIT = LazyPattern(r"\s*(多|余)?([^\d\s，。；：、,.;:（）()“”\"～~至到—–/-]{1,2})")
# a count of years, an age, a century, a session or a day names a time or an edition, not a fact
_ZH_TIME_UNITS = frozenset("年岁世届月日时号期")
_EN_TIME_UNITS = frozenset({"year", "ad", "bc", "am", "pm", "on", "in", "at", "to", "and", "or", "for", "per"})
_CURRENCY = "$£€¥"
# a figure written in words: a percentage's (a spelled count under 11 is weak), a large count's
_ZH_WORDED = LazyPattern("百分之|千分之|[一二三四五六七八九十]成")
# (looked for as parts of the lowered text: "teen" of "teenager" costs a closer look, no more)
_EN_WORDED = ("cent", "eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty")
_EN_WORDED_MORE = ("ninety", "hundred", "thousand")
# a run of digits that may be a figure: not a date's, a time's nor a year's (2023年, 8月, 1990s)
_DIGIT_RUN = LazyPattern(r"(?<![\d,.])(?!(?:19|20)\d\d(?!\d))\d[\d,.]*(?![\d,.]|\s*[年月日时号点])")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
_HAN_RUN = LazyPattern(r"[\u4e00-\u9fff]{2,}")
# words of a figure, not of its role: "nine per cent" and "9%" share none of them
_FIGURE_WORDS = frozenset({"per", "cent", "percent"})
# 的 and its kin glue phrases: a bigram across one of them says nothing of the content
_ZH_GLUE = frozenset("的了和与在是对为及等将也并就都而")


def _unit(text: str, start: int, end: int, lang: Lang) -> str:
    """What the figure at text[start:end] counts: its measure character (Chinese), the currency
    before it or the word after it (English); "" where it counts nothing one can name."""
    if lang == "zh":
        match = _ZH_UNIT.match(text, end)
        unit = match.group(2)[:1] if match else ""
        return "" if unit in _ZH_TIME_UNITS else unit
    if start and text[start - 1] in _CURRENCY:
        return text[start - 1]
    match = _EN_UNIT.match(text, end)
    if not match:
        return ""
    word = match.group(1).casefold()
    word = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return "" if word in _EN_TIME_UNITS else word


def figure_keys(text: str, lang: Lang) -> set[str]:
    """The figures `text` states, as comparable keys: "percent:9", "number:41:man"."""
    keys: set[str] = set()
    for quantity in find_quantities(text):
        if quantity.kind == "percent":
            keys.add(quantity.key)
        elif quantity.kind == "number" and not quantity.weak and quantity.value >= SMALLEST_COUNT:
            if _YEAR_LIKE[0] <= quantity.value <= _YEAR_LIKE[1] and quantity.value == int(quantity.value):
                continue  # 2015: a year more often than a count
            if lang == "zh" and not any(char.isdigit() for char in quantity.text):
                continue  # 三项制度, 十四届, 四季村晚: a Chinese numeral names a thing more often than it counts
            if text[max(quantity.start - 1, 0) : quantity.start] in ("第", "/"):
                continue  # 第3次, 7/10: an ordinal or a rating
            unit = _unit(text, quantity.start, quantity.end, lang)
            if unit:
                keys.add(f"number:{format_value(quantity.value)}:{unit}")
    return keys


@cache
def _en_stop_words() -> frozenset[str]:
    """The stop words `text/tokenize.py` reads English by, and the words of a percentage."""
    from stop_words import get_stop_words

    return frozenset(word.casefold() for word in get_stop_words("english")) | _FIGURE_WORDS


def content_words(text: str, lang: Lang) -> set[str]:
    """What a bullet is about, word by word: English words of three letters or more less the
    commonest; Chinese character pairs within a run of Han characters, none across 的-like glue."""
    if lang == "zh":
        pairs: set[str] = set()
        for run in _HAN_RUN.findall(text):
            pairs.update(run[i : i + 2] for i in range(len(run) - 1) if not set(run[i : i + 2]) & _ZH_GLUE)
        return pairs
    stop = _en_stop_words()
    return {word.casefold() for word in _EN_WORD.findall(text) if word.casefold() not in stop}


def word_overlap(first: str, second: str, lang: Lang) -> float:
    """The share of the shorter bullet's content words the other bullet also has."""
    a, b = content_words(first, lang), content_words(second, lang)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def shared_figures(first: str, second: str, lang: Lang) -> set[str]:
    """The figures both bullets state."""
    return figure_keys(first, lang) & figure_keys(second, lang)


def _worded(text: str, lang: Lang) -> bool:
    if lang == "zh":
        return bool(_ZH_WORDED.search(text))
    lowered = text.lower()
    return any(part in lowered for part in _EN_WORDED) or any(part in lowered for part in _EN_WORDED_MORE)


def _worth_reading(bullets: list[str], lang: Lang) -> list[bool]:
    """Which bullets may share a figure with another: most briefs repeat no run of digits, and a
    figure written in words (百分之十, "nine per cent") is looked for wherever one is written."""
    runs = [frozenset(run.replace(",", "").rstrip(".") for run in _DIGIT_RUN.findall(text)) for text in bullets]
    worded = [_worded(text, lang) for text in bullets]
    if any(worded):
        return [bool(found) or words for found, words in zip(runs, worded, strict=True)]
    seen: dict[str, int] = {}
    for found in runs:
        for run in found:
            seen[run] = seen.get(run, 0) + 1
    return [any(seen[run] > 1 for run in found) for found in runs]


def repeated_pairs(bullets: list[str], lang: Lang) -> list[tuple[int, int, set[str]]]:
    """Each pair of `bullets` (by index, first before second) stating one figure, with the
    figures. A figure three bullets or more state is a term the article goes by ("3级公立医院",
    "the 12 clubs of the league") rather than one fact said twice, and is left out."""
    read = _worth_reading(bullets, lang)
    keys = [figure_keys(text, lang) if wanted else set() for text, wanted in zip(bullets, read, strict=True)]
    counts: dict[str, int] = {}
    for found in keys:
        for key in found:
            counts[key] = counts.get(key, 0) + 1
    pairs: list[tuple[int, int, set[str]]] = []
    for first in range(len(bullets)):
        for second in range(first + 1, len(bullets)):
            shared = {key for key in keys[first] & keys[second] if counts[key] == 2}
            if shared:
                pairs.append((first, second, shared))
    return pairs
