"""A regulation states its fines in the lead-in of a list: "第二十五条 专利代理机构有下列行为之一的，
由……责令限期改正，予以警告，可以处10万元以下的罚款；情节严重……：（一）……（二）……". The lead-in is
no bullet (it announces the list, `lines.tsv`'s skip pattern), and its items, each a bare
condition ("合伙人、股东……未办理变更手续"), weigh little, so the fine went unsaid while the
group kept a weaker sentence (blind readers missed "罚款 amounts like 10万元/5万元").

An item's bullet says its lead-in's clause (`cited_points`, `bullets.lead_in_clause`): here,
once a group, where a list of the group's theme has a lead-in stating a key measure (a
penalty, a limit with its figure, a deadline: `policy.key_count`) that no bullet says, its
most relevant item takes the place of the group's lightest bullet that states no key measure.
The brief keeps its size.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.bullets import lead_in_clause, repeats_any
from citebrief.engines.policy import key_count, sets_deadline
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.weights import unit_vector
from citebrief.text.patterns import specific_kinds


def _states_key(clause: str) -> bool:
    """Whether a lead-in's clause states a penalty, a limit with its figure or a deadline."""
    kinds = specific_kinds(clause)
    return key_count(clause, kinds, sets_deadline(clause, kinds)) > 0


def say_list_penalties(scored: Scored, drafts: list[Draft], chosen: list[int], labels: np.ndarray) -> None:
    """Each theme group's lightest non-key bullet gives way to an item of its section's list whose
    lead-in states a key measure no bullet says (module doc); `labels`: each sentence's theme."""
    units = scored.units
    lists: dict[tuple[str, int], list[int]] = {}
    for i in scored.usable:
        if (lead := units[i].lead_in) is not None:
            lists.setdefault(lead, []).append(i)
    if not lists:
        return  # most documents
    brought: set[int] = set()  # an item said for its lead-in stays
    for lead, items in lists.items():
        if any(k in chosen for k in items) or not _states_key(clause := lead_in_clause(lead[0])):
            continue
        said = [scored.trimmed[j] for j in chosen]
        if repeats_any(clause, said, scored.lang):
            continue
        draft = next((d for d in drafts[1:] if d.theme is not None and d.theme == int(labels[items[0]])), None)
        if draft is None or len(draft.picked) < 2:
            continue
        lighter = [k for k in draft.picked if k not in scored.keyed and k not in scored.deadlines and k not in brought]
        if not lighter:
            continue
        mine = labels == draft.theme
        relevance = scored.sentence_vectors.dot(unit_vector(scored.sentence_vectors.sum_rows(mine))) * scored.weights
        fresh = [i for i in items if not repeats_any(scored.trimmed[i], said, scored.lang)]
        if fresh:
            item = max(fresh, key=lambda i: (float(relevance[i]), -i))
            draft.swap(min(reversed(lighter), key=lambda k: float(scored.weights[k])), item, chosen)
            brought.add(item)
