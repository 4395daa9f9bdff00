"""A Chinese news overview's late detail gives its place to the lead point the first group opens on.

`zh_overview_details.details_down` moves an overview's late bullet down to the theme it is a
detail of only where the lead has a point left that no group holds: the overview must keep three.
Most often the lead has none left, because the first theme group opened on it (the lead run's
sentences the overview did not take make that group), and the detail stays where it was: the
reader meets, among the overview's points, one from deep in the story ("医院还有一支……翻译志愿服务
队" above the hospital's founding; the third of the meeting's "要……" list above the group of its
first two) while its own group below lacks it and the first group opens on a lead sentence that
stands between the overview's points.

Here that first group's earliest bullet (the article's earliest of all the themes' bullets) is
the detail's stand-in: it goes up to the overview where it comes before the detail, is one the
lead would give as its next point (`refill` asked as though no group held it: a whole sentence
of the overview's pool, neither hanging on the one before it nor only who attended), says a name
or noun the overview's other points say (not a scene: "在空旷的停机坪内，闷热如“蒸笼”……" above the
"飞机拜拜员" on the apron, nor a song the singer sang), and the
first group keeps two bullets at least (counting the detail where the detail joins it). The
brief keeps its bullets and its groups; the overview and its first group are each more nearly
in reading order.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.scored import Draft
from citebrief.engines.zh_regroup import key_words

MIN_LEFT = 2  # a theme group keeps two bullets at least


def _on_subject(texts: list[str], opener: int, others: list[int]) -> bool:
    """Whether the opener says a name or noun (`zh_regroup.key_words`) one of the overview's
    `others` says."""
    said = frozenset().union(*(key_words(texts[i]) for i in others))
    return bool(key_words(texts[opener]) & said)


def lift_first(
    drafts: list[Draft],
    detail: int,
    home: int,
    refill: Callable[[list[int], int], int | None],
    texts: list[str],
) -> bool:
    """Whether the first theme group's earliest bullet took the place of `detail` in the overview
    (`drafts[0]`, in place: in the detail's slot, so the overview's points keep their order),
    leaving its group; the caller moves `detail` down to `drafts[home]` (`texts`: each sentence
    as its bullet says it). False (nothing moved) where it does not qualify (module doc)."""
    overview, themes = drafts[0], [d for d in drafts[1:] if d.picked]
    if not themes or detail not in overview.picked:
        return False
    first = min(themes, key=lambda d: min(d.picked))
    opener = min(first.picked)
    if opener > detail:
        return False
    left = len(first.picked) - 1 + (drafts[home] is first)
    if left < MIN_LEFT:
        return False
    taken = [i for d in drafts for i in d.picked if i != opener]
    if not _on_subject(texts, opener, [i for i in overview.picked if i != detail]):
        return False  # a scene or a song quoted ("在空旷的停机坪内，闷热如“蒸笼”……"), no news of the item
    if refill(taken, opener + 1) != opener:
        return False  # not a lead point of its own (a list's clause, a dangling or hollow sentence)
    first.picked.remove(opener)
    overview.picked[overview.picked.index(detail)] = opener
    return True
