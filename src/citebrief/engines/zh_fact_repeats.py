"""One fact, one bullet (Chinese news): a theme bullet that says again what an earlier bullet
said gives way to a sentence of its passage that says something the brief does not.

Readers of Chinese news briefs met the same fact two or three times: the overview's "抓获108人，
案值8000余万元" and, a group below, "……抓获王某、刘某等108名犯罪嫌疑人，涉案金额达8000余万元";
"国家防总……启动防汛防台风四级应急响应" in the overview and again "国家防总决定于9日18时……启动
防汛防台风四级应急响应". `engines/figure_repeats.py` reads one figure by its exact unit (108人 is
not 108名) and keeps a theme bullet that states a figure the overview point lacks, though another
bullet of the brief states it; a response level is no figure at all. This step reads the final
groups of a Chinese news story or feature (not a policy, whose parallel items state their own
levels and sums) and takes a theme bullet for a repeat where
- every figure it states another bullet of the brief states too (it adds no figure of its own:
  "抓获犯罪嫌疑人19名，捣毁犯罪窝点6处，查获……120余万粒" adds the haul and stays), and
- with one earlier bullet it shares two figures, or one figure or response level and half its
  words ("Ⅳ级应急响应" said twice about one place); a scale (级 of wind, ℃) names a forecast's band,
  not a fact, and is left out.
A person count reads the same in 人, 名 and 位, 米 as m. The repeat gives way to the best uncited
sentence of its own passage, else of its theme (nearest first), that states a figure the brief
lacks and repeats nothing; with none, it leaves a group that keeps two bullets or more, else stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from citebrief.engines.bullets import near_duplicate
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.themes import Themes
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.repeated_figures import figure_keys, word_overlap

# the measure a count of people, or a length, is given in: one fact whichever is written
_SAME_UNIT = {"名": "人", "位": "人", "m": "米"}
# a band of a scale (wind force, temperature) names a forecast's range, not a fact of the story
_SCALE_UNITS = frozenset({"级", "℃", "°", "度"})
_RESPONSE_LEVEL = LazyPattern(r"([ⅠⅡⅢⅣ]|IV|I{1,3}|[一二三四1-4])级(?:应急)?响应")
_LEVEL_VALUE = {"Ⅰ": "1", "Ⅱ": "2", "Ⅲ": "3", "Ⅳ": "4", "I": "1", "II": "2", "III": "3", "IV": "4"}
_LEVEL_VALUE |= {"一": "1", "二": "2", "三": "3", "四": "4"}
_MAY_STATE = re.compile(r"\d|百分之|响应")
SHARED_WORDS = 0.5  # one fact in common and half the words: the same sentence of the story retold
SHORTEST_STAND_IN = 12  # characters: a fragment says less than the repeat it replaces
FEWEST_LEFT = 2  # a group the repeat leaves keeps this many bullets


@lru_cache(maxsize=4096)
def fact_keys(text: str) -> frozenset[str]:
    """The figures `text` states (`text/repeated_figures.figure_keys`, one person count whatever
    its measure word, no scale bands) and the response levels it names ("level:4"); a bullet
    with no digit, no 百分之 and no 响应 states none (the step reads every bullet of a brief)."""
    if not _MAY_STATE.search(text):
        return frozenset()
    keys: set[str] = set()
    for key in figure_keys(text, "zh"):
        kind, _, rest = key.partition(":")
        value, _, unit = rest.rpartition(":")
        if kind == "number" and unit in _SCALE_UNITS:
            continue
        keys.add(f"{kind}:{value}:{_SAME_UNIT.get(unit, unit)}" if kind == "number" else key)
    for match in _RESPONSE_LEVEL.finditer(text):
        keys.add("level:" + _LEVEL_VALUE.get(match.group(1), match.group(1)))
    return frozenset(keys)


def restates(later: str, earlier: str, elsewhere: set[str]) -> bool:
    """Whether `later` says again what `earlier` said (module doc): no figure of its own beyond
    `elsewhere` (what the brief's other bullets state), two facts shared, or one and half its words."""
    keys = fact_keys(later)
    shared = keys & fact_keys(earlier)
    if not shared or keys - elsewhere:
        return False
    return len(shared) >= 2 or word_overlap(later, earlier, "zh") >= SHARED_WORDS


def _stand_in(scored: Scored, weak: int, theme: int | None, of_sentence: np.ndarray, held: list[int]) -> int | None:
    """The uncited sentence nearest `weak`, in its passage first, then its theme, that states a
    figure no bullet of `held` states and repeats none of them."""
    others = [scored.trimmed[i] for i in held if i != weak]
    stated: set[str] = set().union(*(fact_keys(text) for text in others))

    def fits(index: int) -> bool:
        text = scored.trimmed[index]
        return (
            index not in held
            and len(text) >= SHORTEST_STAND_IN
            and not text.rstrip().endswith(("；", ";", "：", ":"))
            and bool(fact_keys(text) - stated)
            and not dangling(text, "zh")
            and not any(restates(text, other, stated) or near_duplicate(text, other, "zh") for other in others)
        )

    paragraph = scored.units[weak].paragraph
    near = [i for i in scored.usable if scored.units[i].paragraph == paragraph]
    themed = [i for i in scored.usable if theme is not None and of_sentence[i] == theme]
    for pool in (near, themed):
        fit = [i for i in pool if fits(i)]
        if fit:
            return min(fit, key=lambda i: (abs(i - weak), i))
    return None


def repeats_replaced(scored: Scored, drafts: list[Draft], themes: Themes, chosen: list[int]) -> int:
    """In `drafts` (the overview first; `chosen` follows), each theme bullet that restates an
    earlier bullet gives way or leaves (module doc); how many did."""
    changed = 0
    for draft in drafts[1:]:
        for weak in list(draft.picked):
            order = [i for d in drafts for i in d.picked]
            earlier = order[: order.index(weak)]
            if not any(fact_keys(scored.trimmed[weak]) & fact_keys(scored.trimmed[i]) for i in earlier):
                continue  # most bullets: nothing in common with any before them
            stated: set[str] = set().union(*(fact_keys(scored.trimmed[i]) for i in order if i != weak))
            text = scored.trimmed[weak]
            if not any(restates(text, scored.trimmed[i], stated) for i in earlier):
                continue
            paragraph_of = np.array([u.paragraph - 1 for u in scored.units])
            new = _stand_in(scored, weak, draft.theme, themes.of_sentences(paragraph_of), order)
            if new is not None:
                draft.swap(weak, new, chosen)
            elif len(draft.picked) > FEWEST_LEFT:
                draft.drop(weak, chosen)
            else:
                continue
            changed += 1
    return changed
