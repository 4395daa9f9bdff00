"""A Chinese bullet that only talks to the reader gives way to its passage's next fact.

"蛋白质这三个字你一定不陌生，……" and "总之，不要给自己任何借口，动起来才重要。" (zh-clts 6) stood as
bullets: a writer's aside to the reader (`text.zh_reader_address`) with no fact
for an analyst. Each such bullet gives its place to the next sentence of its paragraph that may be a
bullet, is no aside itself and no bullet holds (nor a bullet carries); without one it only leaves,
where its group keeps `MIN_KEPT` bullets.
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.text.zh_reader_address import addresses_reader

MIN_KEPT = 2  # bullets a group keeps, at least, once an aside leaves


def without_reader_asides(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """`drafts` with each bullet on an aside to the reader swapped for its paragraph's next fact, or
    dropped (see the module's docstring); `chosen` kept in step."""
    if scored.lang != "zh":
        return drafts
    for draft in drafts:
        for i in [i for i in draft.picked if addresses_reader(scored.trimmed[i])]:
            fact = _next_fact(scored, drafts, i)
            if fact is not None:
                draft.picked = sorted(fact if k == i else k for k in draft.picked)
                chosen.append(fact)
            elif len(draft.picked) > MIN_KEPT:
                draft.picked.remove(i)
            else:
                continue
            chosen[:] = [k for k in chosen if k != i]
    return drafts


def _next_fact(scored: Scored, drafts: list[Draft], i: int) -> int | None:
    """The first usable sentence after `i` in its paragraph that is no aside and no bullet holds."""
    held = {k for each in drafts for k in each.picked}
    paragraph = scored.units[i].paragraph
    for k in scored.usable:
        if k <= i or scored.units[k].paragraph != paragraph:
            continue
        if k in held or k in scored.carried:
            return None  # the passage's next fact is a bullet already
        if not addresses_reader(scored.trimmed[k]):
            return k
    return None
