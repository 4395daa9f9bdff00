"""A Chinese news bullet that only praises or ranks its subject gives way to a specific of its group.

Readers of Chinese news briefs mark down a bullet of praise or background with nothing a reader can
use ("报告指出，机器人作为科技创新的璀璨明珠，是衡量一个国家科技创新能力的重要标志之一。", "辣椒是中国食文化
的重要元素，……") while the passages its group tells hold figures or named measures no bullet cites
(issue #9 item 4: figures, deadlines, thresholds and named measures are what an analyst reads for).
Here a bullet is praise where it says an evaluation of the table (`text/data/zh_praise_predicates.tsv`,
kind "praise": 重要标志, 璀璨明珠, 重要元素, 具有重要意义, 发挥重要作用, 很有意义 …), states no figure that
is not a date and is at most MAX_CHARS long (a longer one holds more than the praise). It gives way
to the best usable sentence no bullet cites of the paragraphs its group's bullets cite: one that
stands alone with a quantity in it (`zh_hollow_swaps.stands_alone`: whole, leaning on no sentence
before; "几十年如一日" is no quantity) first, else one that names a measure or a distinction (kind
"measure": "出台了《……》", "获评“……”称号") and is whole; of the bullet's own paragraph first, then the
nearest. Never one that praises too, repeats a bullet (its words, or a telling figure: not a year
or a single digit) or is said in a neighbouring bullet all the same (the next one, "他是在……",
carries it as its antecedent). Where none is, the bullet stays; so does one the next bullet leans
on ("对此，……") and an overview's bullet that alone says the overview's title.
Run last but one (`zh_case_outcomes` after) of the steps that settle a Chinese news item's groups
(`final_groups`), before their titles: the steps before have cited most figures of the groups'
paragraphs, so a swap is rare ("很有意义" for the millilitres a donor gave; a dish's praise for the
county's title it won).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.engines.bullets import YEAR, repeats_any
from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.cover_steps import says_title
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored, figures_in
from citebrief.engines.zh_hollow_swaps import MIN_CHARS, nearest_stand_in, opens_on_quote, stands_alone, states_figure
from citebrief.text.data_files import rows_by_kind

PREDICATES = "zh_praise_predicates.tsv"  # in citebrief.text.data
MAX_CHARS = 60  # a longer bullet says more than its praise


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    """The table's rows of one kind ("praise" or "measure") as one pattern."""
    return re.compile("|".join(f"(?:{row})" for row in rows_by_kind(PREDICATES)[kind]))


def praises(text: str) -> bool:
    """Whether a Chinese sentence only praises or ranks its subject: an evaluation of the table,
    no figure that is not a date, at most MAX_CHARS long."""
    text = text.strip()
    return len(text) <= MAX_CHARS and _pattern("praise").search(text) is not None and not states_figure(text)


def names_measure(text: str) -> bool:
    """Whether a Chinese sentence names a measure or a distinction ("出台了《……》", "获评“……”称号")
    and is whole: long enough, leaning on no sentence before, no quotation's tail."""
    return (
        len(text) >= MIN_CHARS
        and _pattern("measure").search(text) is not None
        and not dangling(text, "zh")
        and not opens_on_quote(text)
    )


def _rank(text: str) -> int:
    """0 for a sentence that stands alone with a quantity in it (not "几十年如一日"), 1 for a named
    measure, 2 for neither."""
    if stands_alone(text) and figures_in(text):
        return 0
    return 1 if names_measure(text) else 2


def _stands_in(text: str) -> bool:
    """Whether a sentence may take a praise bullet's place: a figure or a named measure, no praise."""
    return _rank(text) < 2 and not praises(text)


def praise_swapped(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The drafts (overview first), each praise bullet (`praises`) given way to the best usable
    uncited sentence of its group's paragraphs (module doc); where none is, it stays, as does one
    the next bullet leans on and an overview's bullet that alone says its title (read from it)."""
    if scored.lang != "zh":
        return drafts
    units, trimmed = scored.units, scored.trimmed
    for number, draft in enumerate(drafts):
        for k in list(draft.picked):
            if not praises(trimmed[k]):
                continue
            taken = {i for d in drafts for i in d.picked}
            if (number == 0 and _says_title(trimmed, draft, k)) or (k + 1 in taken and dangling(trimmed[k + 1], "zh")):
                continue
            paragraphs = {units[i].paragraph for i in draft.picked}

            def in_group(i: int, paragraphs: set[int] = paragraphs, taken: set[int] = taken) -> bool:
                return units[i].paragraph in paragraphs and not _said_with(scored, i, taken)

            best = nearest_stand_in(scored, k, chosen, _stands_in, _rank, near_enough=in_group, repeats=_repeats)
            if best is None:
                continue
            if k not in chosen:  # a sentence a step before picked without `chosen`: the brief's all the same
                chosen.append(k)
            draft.swap(k, best, chosen, in_order=bool(number))  # a theme group in article order, an overview not
    return drafts


def _said_with(scored: Scored, i: int, taken: set[int]) -> bool:
    """Whether sentence `i`, no bullet of its own, is said in a neighbour's bullet all the same: the
    next one leans on it ("他是在……", carried as its antecedent) or the one before carries it on."""
    after = i + 1
    if after in taken and after < len(scored.units):
        said = carry_antecedent(scored, after, scored.trimmed[after], frozenset(taken))
        if after in scored.carried or (said is not None and scored.trimmed[i] in said):
            return True
    return i - 1 in taken and i in scored.carried


def _repeats(text: str, others: list[str]) -> bool:
    """Whether a sentence says another bullet again: near its words, or a telling figure it states
    ("邹颖在发布会上介绍，……830亿元" beside "邹颖介绍，……830亿元。其中，……")."""
    mine = {key for key in figures_in(text) if _telling(key)}
    return repeats_any(text, others, "zh") or any(mine & figures_in(other) for other in others)


def _telling(key: str) -> bool:
    """Whether a figure's key (`scored.figures_in`) tells one fact from another: not a date, a year
    or a single digit ("四天" and "4个多小时" share 4, two events 2021)."""
    kind, _, value = key.partition(":")
    return kind == "number" and len(value) > 1 and YEAR.fullmatch(value) is None


def _says_title(trimmed: list[str], draft: Draft, k: int) -> bool:
    """Whether bullet `k` alone of the overview's bullets says its title."""
    others = [trimmed[i] for i in draft.picked if i != k]
    return says_title([trimmed[k]], draft.title) and not says_title(others, draft.title)
