"""A prohibition in a policy is often the limit of a right the same paragraph grants first:
"悬挂专用号牌的车辆执行应急救援任务时可以使用警报器、标志灯具；在确保安全的前提下，不受行驶路线……的
限制，其他车辆和行人应当让行。非执行应急救援任务时，……不得使用警报器、标志灯具，……". The
prohibition weighs more (`policy.key_factor` counts it, not a permission), the right is cut in
two at its "；" (each half weighs less than the sentence), and its words are the prohibition's,
so MMR passed it over: the group said the limit and left out the right (blind readers: "still
leaves out the core priority right").

Here a group that carries a prohibition carries the right it limits (`opposite_rules`: the same
verb granted) from the same paragraph, whole to its "。", in place of the group's lightest
bullet that states no key measure. The brief keeps its size.
"""

from __future__ import annotations

from citebrief.engines.opposite_rules import opposite_rules
from citebrief.engines.policy import FORBIDS
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

_FORBIDS = LazyPattern(FORBIDS)
RIGHT_CHARS = 160  # the right said whole, at most: past that, its first clause alone


def carry_rights(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each theme group's prohibition brings in the right it limits (module doc), once a group."""
    for draft in drafts[1:]:
        limits = [k for k in draft.picked if _FORBIDS.search(scored.trimmed[k])]
        if not limits:
            continue
        rights = [i for i in scored.usable if i not in chosen and any(_grants(scored, i, k) for k in limits)]
        weaker = [k for k in draft.picked if k not in limits and k not in scored.keyed and k not in scored.deadlines]
        if not rights or not weaker:
            continue
        right = rights[0]
        draft.swap(min(reversed(weaker), key=lambda k: float(scored.weights[k])), right, chosen)
        _say_whole(scored, right, chosen)


def _grants(scored: Scored, right: int, limit: int) -> bool:
    """Whether sentence `right` grants, in the paragraph of `limit`, what `limit` forbids."""
    units = scored.units
    return units[right].paragraph == units[limit].paragraph and opposite_rules(
        scored.trimmed[right], scored.trimmed[limit]
    )


def _say_whole(scored: Scored, index: int, chosen: list[int]) -> None:
    """A right cut at its "；" says the rest of its sentence ("……可以使用警报器、标志灯具；在确保
    安全的前提下，……应当让行。"), within RIGHT_CHARS, where no bullet says the rest."""
    units = scored.units
    whole = units[index].text.strip()
    after = index + 1
    while (
        whole.endswith("；")
        and after < len(units)
        and units[after].paragraph == units[index].paragraph
        and after not in chosen
        and len(whole) + len(units[after].text.strip()) <= RIGHT_CHARS
    ):
        whole += units[after].text.strip()
        after += 1
    if after > index + 1 and whole.endswith("。"):
        scored.trimmed[index] = whole
