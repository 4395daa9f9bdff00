"""Whether a Chinese bullet says a weather term, bare or as a statistic of it.

`zh_weather_titles` titles a weather item's group by the term most of its bullets say on word
boundaries. A bullet giving a statistic of the term says it too ("杭州的最高气温…", "连续5天的滑动
平均气温降到22℃以下"), but the tagger writes some statistics as one word (平均气温, 最低气温), so the
bare term is not on word boundaries there and the group kept one bullet's "滑动平均气温" over the
highs of two cities and the mean that marks autumn. The fronts that make a statistic
(`data/zh_weather_statistics.tsv`: 最高, 平均, 累计 …) are read as part of the term: the statistic
counts where it stands on word boundaries as a whole.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import on_word_boundaries


@cache
def statistic_fronts() -> tuple[str, ...]:
    """The table's fronts, in order."""
    return tuple(data_lines("zh_weather_statistics.tsv"))


def says_term(term: str, bullet: str) -> bool:
    """True where `bullet` says `term` on word boundaries, bare or after a statistic's front
    ("最高气温", "平均气温")."""
    if on_word_boundaries(term, bullet, "zh"):
        return True
    return term in bullet and any(
        front + term in bullet and on_word_boundaries(front + term, bullet, "zh") for front in statistic_fronts()
    )


def one_statistic(term: str, title: str) -> bool:
    """True where `title` is one statistic of `term` ("滑动平均气温", "最高气温"): it ends on
    the term after a statistic's front, so the bare term its group's bullets say names more."""
    return any(title.endswith(front + term) for front in statistic_fronts())
