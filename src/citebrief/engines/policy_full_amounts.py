"""A full group is read for its amounts too: "纳税人接受……职业资格继续教育的支出，在取得相关证书的当年，
按照3600元定额扣除。" sits in a paragraph the group cites, while its fifth bullet says only that the
certificate is kept for checks. `policy_amounts.add_amounts` adds such a sentence only to a group
with room, and `cover.swap_for_amounts` swaps only within the bullet's own paragraph; here a group
holding AMOUNT_GROUP bullets or more swaps its least specific bullet (no figure, no deadline, no
key measure, the lightest) for the heaviest sentence of a paragraph it cites that states an amount
no bullet states: money or a share, a period ("6个月"), a minimum or maximum ("3年以上企业工作经历").
Once a group: the group keeps its other bullets.
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.cover import MONEY
from citebrief.engines.policy_amounts import AMOUNT_GROUP, add_amounts
from citebrief.engines.scored import Draft, Scored, figures_in
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import is_background, is_dangling

# money or a share (`cover.MONEY`), a period, a minimum or maximum in years or units
_AMOUNT = LazyPattern(MONEY + r"|\d+个月|\d+(?:年|个)(?:以上|以内)")
_FIGURE = LazyPattern(r"\d")


def say_amounts(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """A group with room takes its cited paragraphs' amounts (`policy_amounts.add_amounts`); a
    full one then swaps one in (`swap_in_amounts`)."""
    add_amounts(scored, drafts, chosen)
    swap_in_amounts(scored, drafts, chosen)


def swap_in_amounts(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each full group gives its least specific bullet's place, once, to an amount of a paragraph it
    cites that no bullet states."""
    if scored.lang != "zh":
        return
    for draft in drafts[1:]:
        if len(draft.picked) < AMOUNT_GROUP:
            continue
        weakest = _least_specific(scored, draft)
        if weakest is None:
            continue
        amount = _unsaid_amount(scored, draft, chosen, weakest)
        if amount is not None:
            draft.swap(weakest, amount, chosen)


def _least_specific(scored: Scored, draft: Draft) -> int | None:
    """The group's lightest bullet that states no figure and no deadline or key measure."""
    plain = [
        k
        for k in draft.picked
        if not _FIGURE.search(scored.units[k].text) and k not in scored.keyed and k not in scored.deadlines
    ]
    return min(plain, key=lambda k: (float(scored.weights[k]), -k)) if plain else None


def _unsaid_amount(scored: Scored, draft: Draft, chosen: list[int], weakest: int) -> int | None:
    """The heaviest sentence of a paragraph the group cites stating an amount no bullet states."""
    cited = {scored.units[k].paragraph for k in draft.picked}
    found = [
        i
        for i in scored.usable
        if i not in chosen
        and scored.units[i].paragraph in cited
        and _AMOUNT.search(scored.trimmed[i])
        and not is_background(scored.trimmed[i])
        and not is_dangling(scored.trimmed[i])
    ]
    if not found:
        return None
    stated = {f for k in chosen for f in figures_in(scored.trimmed[k])}
    others = [scored.trimmed[k] for k in chosen if k != weakest]
    for i in sorted(found, key=lambda i: (-float(scored.weights[i]), i)):
        if not figures_in(scored.trimmed[i]) <= stated and not repeats_any(scored.trimmed[i], others, scored.lang):
            return i
    return None
