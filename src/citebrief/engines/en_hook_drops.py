"""An English story's opening hook leaves the brief where the news follows it (`text.en_hooks`).

"Of all the people to be wary of getting caught on camera doing something incredulous, you would
think a TV news reporter would know better" stood as a key point beside "Britt McHenry ... has
been suspended": a teaser that names no one and gives no figure, the news in the next sentence.
Once the groups are settled and titled, such a bullet gives its place to that news sentence where
no group holds it yet (nor does its bullet carry the hook before it), else it only leaves, where
its group keeps `MIN_KEPT` bullets. The step comes last, so the groups, their titles and every
other bullet stay as they were.
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.text.en_hooks import news_after, opening_hook

MIN_KEPT = 2  # bullets a group keeps, at least, once its hook leaves


def without_hook_bullets(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """`drafts` with each bullet on an opening hook (`text.en_hooks.opening_hook`) swapped for the
    news sentence after it, or dropped (see the module's docstring); `chosen` kept in step."""
    texts = [u.text for u in scored.units]
    usable = set(scored.usable)
    for draft in drafts:
        for i in [i for i in draft.picked if opening_hook(texts, i)]:
            news = [k for k in news_after(texts, i) if k in usable and k not in chosen and k not in scored.carried]
            if news:
                draft.swap(i, news[0], chosen, in_order=draft.theme is not None)
            elif len(draft.picked) > MIN_KEPT:
                draft.drop(i, chosen)
    return drafts
