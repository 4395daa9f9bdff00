"""A rule of amounts is read for its amounts: "第八条 纳税人在中国境内接受学历（学位）继续教育的支出，
在学历（学位）教育期间按照每月400元定额扣除。同一学历（学位）继续教育的扣除期限不能超过48个月。……"
is cited by its group for the 48 months while the 400 yuan a month goes unsaid, the group holding
three bullets. `cover.swap_for_amounts` swaps a bullet that states no figure; a bullet with a
figure of its own stays, and the amount beside it is lost. Where a group cites a paragraph, the
paragraph's sentence that states an amount of money or a share ("每月400元", "15000元", "50%") no
bullet states joins that group while it holds fewer than AMOUNT_GROUP bullets and the brief fewer
than BRIEF_BULLETS; the heaviest first.

Not an amount that a bullet states already (the same figure said twice), nor a sentence that
leans on the one before it or frames the policy.
"""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.cover import MONEY
from citebrief.engines.policy_task_items import BRIEF_BULLETS
from citebrief.engines.scored import Draft, Scored, figures_in
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import is_background, is_dangling

AMOUNT_GROUP = 4  # bullets a group may grow to with its paragraphs' amounts
_MONEY = LazyPattern(MONEY)


def add_amounts(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each amount sentence of a paragraph a group cites, its amount said by no bullet, joins that
    group (the first citing the paragraph) while the group has room and the brief is not long."""
    if scored.lang != "zh":
        return
    home_of: dict[int, Draft] = {}
    for draft in drafts[1:]:
        for k in draft.picked:
            home_of.setdefault(scored.units[k].paragraph, draft)
    amounts = [
        i
        for i in scored.usable
        if i not in chosen
        and scored.units[i].paragraph in home_of
        and len(home_of[scored.units[i].paragraph].picked) < AMOUNT_GROUP
        and _MONEY.search(scored.trimmed[i])
        and not is_background(scored.trimmed[i])
        and not is_dangling(scored.trimmed[i])
    ]
    if not amounts:
        return
    stated = {f for k in chosen for f in figures_in(scored.trimmed[k])}  # the figures said, asked only now
    for i in sorted(amounts, key=lambda i: (-float(scored.weights[i]), i)):
        home = home_of[scored.units[i].paragraph]
        if sum(len(d.picked) for d in drafts) >= BRIEF_BULLETS or len(home.picked) >= AMOUNT_GROUP:
            continue
        said = map(scored.trimmed.__getitem__, chosen)
        if not figures_in(scored.trimmed[i]) <= stated and not repeats_any(scored.trimmed[i], said, scored.lang):
            home.add(i, chosen)
            stated |= figures_in(scored.trimmed[i])
