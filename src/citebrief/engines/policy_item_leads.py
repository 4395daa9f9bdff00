"""A policy group that quotes one numbered item twice while items of the same list go uncited
("（二）形成标准规范" twice in a pilot plan's task list, "（五）强化安全保障" — its security
tasks — nowhere) says one task at length and leaves out another the list was written to set:
its lighter bullet of the item, stating no figure nor key measure, gives way to the
lead sentence of an uncited item of that list (what the item sets out to do: "严格落实网络安全法
……优先采购国产软硬件系统设备"), the one least like the group's other bullets. This runs after
`policy_items_spread`, which gives such a bullet to an uncited item's deadline, limit or penalty
first; an item's lead is its task where it states none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from citebrief.engines.bullets import repeats_any
from citebrief.engines.policy_items_spread import sibling_items
from citebrief.engines.scored import Draft, Scored, figures_in


def _leads(scored: Scored, paragraphs: set[int]) -> list[int]:
    """The first sentence of each of `paragraphs` that may be a bullet (past an item's label
    "（五）强化安全保障。", which is none)."""
    first: dict[int, int] = {}
    for i in scored.usable:
        if scored.units[i].paragraph in paragraphs:
            first.setdefault(scored.units[i].paragraph, i)
    return list(first.values())


def _spare(scored: Scored, draft: Draft, paragraph: int) -> int | None:
    """The lighter of an item's bullets that states no deadline, key measure nor figure (an
    item's own lead may go: "……应当符合《……办法》的规定" says less than its rules)."""
    units = scored.units
    plain = [
        k
        for k in draft.picked
        if units[k].paragraph == paragraph
        and k not in scored.keyed
        and k not in scored.deadlines
        and not figures_in(scored.trimmed[k])
    ]
    return min(plain, key=lambda k: (scored.weights[k], -k)) if plain else None


def lead_items(scored: Scored, drafts: list[Draft], chosen: list[int], texts: Sequence[str]) -> None:
    """In each theme group, once: a plain second bullet of an item (`_spare`) gives way to the
    lead sentence of an uncited item of the same list that repeats no bullet, of those the one
    least like the group's other bullets (a task the group does not say yet)."""
    units = scored.units
    for draft in drafts[1:]:
        counts = Counter(units[k].paragraph for k in draft.picked)
        cited = {units[k].paragraph for d in drafts for k in d.picked}
        for paragraph in sorted(p for p, n in counts.items() if n >= 2):
            uncited = {p for p in sibling_items(texts, paragraph) if p not in cited}
            weakest = _spare(scored, draft, paragraph) if uncited else None
            if weakest is None:
                continue
            said = [scored.trimmed[j] for j in chosen if j != weakest]
            fresh = [
                i
                for i in _leads(scored, uncited)
                if i not in chosen and not repeats_any(scored.trimmed[i], said, scored.lang)
            ]
            if not fresh:
                continue
            kept = [k for k in draft.picked if k != weakest]
            alike = [scored.sentence_vectors.similarities(k) for k in kept]
            best = min(fresh, key=lambda i: (max(float(row[i]) for row in alike), i))
            draft.swap(weakest, best, chosen)
            break
