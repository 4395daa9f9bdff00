"""A Chinese feature's opening hook leaves the brief for the sentences that come after it (`text.zh_hooks`).

"要说最近能让人真切感受到肌肉之美的，莫过于结束不久的冬奥会。" and "眼看着……，恐怕每个人心里都会生出一些
……的想法。" stood as two of the overview's three key points (zh-clts 6), before the writer came to
the piece's subject: a scene and a feeling that tell an analyst nothing. Once the groups are settled
and titled (the overview's title already read past the hook, `overview_titles`), each bullet on a
hook gives its place to the first of the `NEWS_REACH` sentences after the hooks that may be bullets
and that no group holds (nor a bullet carries), else it only leaves, where its group keeps
`MIN_KEPT` bullets. The step comes last, so the groups, their titles and every other bullet stay as
they were; the group that took a sentence reads in article order (the hook stood first, the
writer's way in). In a news brief a passage's setter ("“消费提振年”进入下半场。") first leaves the
group whose next bullet it sets up (`zh_teaser_drops`).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_overview_scenes import facts_for_scenes
from citebrief.engines.zh_reader_drops import without_reader_asides
from citebrief.engines.zh_teaser_drops import without_setters
from citebrief.text.zh_hooks import opening_hooks

NEWS_REACH = 2  # the sentences right after the hooks, where the writer comes to the subject
MIN_KEPT = 2  # bullets a group keeps, at least, once its hook leaves


def without_zh_hook_bullets(
    scored: Scored, drafts: list[Draft], chosen: list[int], *, news: bool = False
) -> list[Draft]:
    """`drafts` with each bullet on an opening hook (`text.zh_hooks.opening_hooks`) swapped for a
    sentence after the hooks, or dropped (see the module's docstring); `chosen` kept in step. A
    policy opens on no hook, aside or scene: it is not read for them."""
    if scored.policy:
        return drafts
    drafts = without_reader_asides(scored, drafts, chosen)  # an aside to the reader tells nothing
    if news:  # a passage's setter gives way to the sibling bullet it sets up (`zh_teaser_drops`)
        drafts = without_setters(scored, drafts, chosen)
    hooks = opening_hooks([u.text for u in scored.units])
    if not hooks:  # most articles open on none; a feature's overview still trades its scenes for facts
        return facts_for_scenes(scored, drafts, chosen)
    reach = [k for k in scored.usable if k >= hooks][:NEWS_REACH]
    for draft in drafts:
        for i in [i for i in draft.picked if i < hooks]:
            held = {k for each in drafts for k in each.picked}  # `chosen` misses a point a step added
            after = [k for k in reach if k not in chosen and k not in held and k not in scored.carried]
            if after:
                draft.picked = sorted(after[0] if k == i else k for k in draft.picked)
                chosen.append(after[0])
            elif len(draft.picked) > MIN_KEPT:
                draft.picked.remove(i)
            else:
                continue
            if i in chosen:  # a point a step added beside the overview's picks is not always one of `chosen`
                chosen.remove(i)
    return facts_for_scenes(scored, drafts, chosen)
