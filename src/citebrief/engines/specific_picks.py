"""A theme's picks trade their least specific sentence for its most specific one: a section is read
for its figures, dates, exemptions and penalties (moved out of `extractive`, which draws the brief).
And a paragraph's colour gives way to the sentence of it that sets figures against each other:
blind readers named a missed comparison ("90 hectares planted" against "20,000 a year needed")
the worst fault of brief after brief, while the speaker's "is seen as sexier" stayed."""

from __future__ import annotations

import re

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern

__all__ = ["compares_figures", "with_compared_figures", "with_most_specific"]

MOST_PICKS = 3  # a long run's four picks keep their spread: the comparison, alone of its paragraph
# there, goes down as a stranger to a group already full (`en_stranger_moves`, en-city-transit)

# a figure that is no year ("since 2001"), date ("from 31 August"), clock time ("from 6pm to 2am"),
# age ("the 39-year-old", "from the age of 16"), rank ("16th place") or score ("75-2", "3-61"):
# "90 hectares", "11.5%", "20st" measure
_NUMBER = (
    r"(?<![\d.,])(?<!\d-)(?<!age )(?<!aged )(?<!ages )(?<!age of )(?<!ages of )"
    r"(?<!ary )(?<!rch )(?<!ril )(?<!May )(?<!une )(?<!uly )(?<!ust )(?<!ber )"
    r"(?!(?:1[89]|20)\d\d(?!\d))\d[\d.,]*"
    r"(?![\d.,]*(?:-year|-\d|:\d|\s?(?:[ap]m\b|[ap]\.m)|(?:(?<=1)st|(?<=2)nd|(?<=3)rd|th)\b"
    r"|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))"
)
# a sum or a share: a pick that states one is read for it, and keeps its place
_AMOUNT = LazyPattern(r"[£$€¥]\s?\d|\d\s?(?:%|per ?cent\b)|\d[^，。；]{0,4}[万亿]?元")
# figure set against figure: a change ("from 20st to 12.5st"), a contrast ("90 hectares were
# planted … but there needed to be 20,000"), a part of a whole ("892,000 … or 4.5% of its 19.7 million")
_COMPARED_EN = LazyPattern(
    rf"\bfrom\b[^.;:]{{0,40}}?{_NUMBER}[^.;:]{{0,40}}?\bto\b[^.;:]{{0,30}}?{_NUMBER}"
    rf"|{_NUMBER}[^.;:]{{0,80}}?\b(?:but|while|whereas|compared (?:with|to)|against|versus|vs)\b"
    rf"[^.;:]{{0,80}}?{_NUMBER}"
    rf"|{_NUMBER}\s*(?:%|per ?cent)?\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:total\s+)?{_NUMBER}",
)
# a figure stated: a number that is no bare year, or an English count in words ("almost three million")
_FIGURES = LazyPattern(
    rf"{_NUMBER}|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundred|thousand|dozen)\b",
    re.IGNORECASE,
)
# 由/从 a figure 下降/增长 至 another ("由2005年的84.7%下降至2017年的77.1%"), or a figure against
# another, 而 the same period's ("收入增速……为19.3%，而同期……为21.4%")
_COMPARED_ZH = LazyPattern(
    r"[由从][^，。；]{0,30}\d[^，。；]{0,16}(?:缩短|减少|降低?|下降|提高|提升|增加|增长|扩大|压缩|上升|下滑|降)[至到为]"
    r"[^，。；]{0,12}\d|\d[^。；]{0,40}，而(?:同期)?[^。；]{0,40}\d"
)


def with_most_specific(scored: Scored, candidates: list[int], picked: list[int], chosen: list[int]) -> list[int]:
    """The picks of one theme, sorted, holding its most specific sentence (the most kinds of
    figure, date, exemption, penalty ...): it takes the place of the pick that says fewest (of
    those, the least relevant), when it repeats no chosen bullet. A section is read for its
    specifics."""
    if len(picked) < 2:
        return sorted(picked)
    kinds = scored.kinds  # candidates are usable sentences
    best = max(enumerate(candidates), key=lambda pair: (kinds[pair[1]], -pair[0]))[1]
    weakest = min(reversed(picked), key=lambda i: kinds[i])  # the MMR picks in order, the last the least relevant
    if best in picked or kinds[best] <= max(kinds[i] for i in picked):
        return sorted(picked)
    others = [c for c in chosen if c != weakest]
    if repeats_any(scored.trimmed[best], map(scored.trimmed.__getitem__, others), scored.lang):
        return sorted(picked)
    chosen[chosen.index(weakest)] = best
    return sorted([*(i for i in picked if i != weakest), best])


def compares_figures(text: str, lang: str) -> bool:
    """Whether a sentence sets a figure against another: a change from one to the other, a
    contrast, a part of a whole."""
    return (_COMPARED_ZH if lang == "zh" else _COMPARED_EN).search(text) is not None


def _figure_count(text: str) -> int:
    """How many figures a sentence states: numbers that are no bare year, and English counts in
    words ("by almost three million")."""
    return len(_FIGURES.findall(text))


def with_compared_figures(scored: Scored, candidates: list[int], picked: list[int], chosen: list[int]) -> list[int]:
    """The picks of one theme, sorted, where a sentence that sets figures against each other (a
    change, a contrast, a part of a whole) takes the place of a pick from its own paragraph that
    sets none, states fewer figures, no sum or share, and says no more specifics, in a theme whose
    picks set no figures side by side: the paragraph's comparison is what a reader reads it for,
    its colour is not ("90 hectares were planted … 20,000 a year needed" over the same speaker's
    "is seen as sexier"). One per theme."""
    paragraph = [u.paragraph for u in scored.units]
    kinds, lang, trimmed = scored.kinds, scored.lang, scored.trimmed
    if any(compares_figures(trimmed[i], lang) for i in picked):  # its comparison said already
        return picked
    if len(set(paragraph)) < 2:  # one passage: every sentence shares it, none is the comparison's mate
        return picked
    if len(picked) > MOST_PICKS:  # a long run's four: its paragraph's lone comparison a stranger there
        return picked
    for best in candidates:
        if best in picked or not compares_figures(trimmed[best], lang):
            continue
        count = _figure_count(trimmed[best])
        mates = [
            i
            for i in picked
            if paragraph[i] == paragraph[best]
            and kinds[i] <= kinds[best]
            and _figure_count(trimmed[i]) < count
            and _AMOUNT.search(trimmed[i]) is None
            and not compares_figures(trimmed[i], lang)
        ]
        if not mates:
            continue
        weakest = min(reversed(mates), key=lambda i: (kinds[i], _figure_count(trimmed[i])))
        others = [c for c in chosen if c != weakest]
        if repeats_any(trimmed[best], map(trimmed.__getitem__, others), lang):
            continue
        chosen[chosen.index(weakest)] = best
        return sorted([*(i for i in picked if i != weakest), best])
    return picked
