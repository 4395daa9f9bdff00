"""A short notice whose body is a few numbered decisions ("一、同意……" … "四、……要加强组织领导")
is read for each of them: a brief of one or two groups that leaves an item uncited ("三、同意将……
纳入……部际协调小组统筹指导" nowhere, with room for a fourth bullet) drops a decision the notice
was written to state. Each uncited item gets its decision sentence, in the items' order, in the
group that cites the item nearest it while that group has fewer than POLICY_GROUP bullets; a full
group gives up a second bullet of an item another bullet cites (one item said twice, another not
at all), never a deadline, limit, prohibition or penalty.

A long document's lists are read by `policy_items_spread` and `policy_item_leads` (one swap a
group) and a list of short labelled items by `cover.cover_items`; neither reaches a numbered
decision of a short notice, nor the overview group that is all such a brief has.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from citebrief.engines.bullets import repeats_any
from citebrief.engines.cover import POLICY_GROUP
from citebrief.engines.policy_items_spread import numbering_style
from citebrief.engines.policy_parts import short_text
from citebrief.engines.scored import Draft, Scored
from citebrief.text.patterns import is_background, is_dangling, is_operative

LIST_ITEMS = (2, 6)  # numbered decisions a short notice is read item by item for
MAX_GROUPS = 2  # a brief of more groups is read by sections (each item a group's theme)
OVERVIEW_FIRST = True  # the notice's first decision may go to the overview (cover_decisions)


def decision_items(scored: Scored, texts: Sequence[str]) -> list[int]:
    """The paragraphs (1-based) of a short notice's numbered decisions: the items of its one
    numbering form ("一、", "（一）"), each with a sentence that may be a bullet (a heading item,
    "一、主要职能", has none: its section holds the decision); none where they are not LIST_ITEMS."""
    held = {scored.units[i].paragraph for i in scored.usable}
    styles = {p + 1: numbering_style(text) for p, text in enumerate(texts)}
    forms = {style for style in styles.values() if style}
    if len(forms) != 1:
        return []
    items = [p for p, style in styles.items() if style]
    if not LIST_ITEMS[0] <= len(items) <= LIST_ITEMS[1] or not held.issuperset(items):
        return []
    return items


def _decision(scored: Scored, paragraph: int, said: list[str]) -> int | None:
    """An item's decision: its first sentence that may be a bullet and says what no bullet says,
    an operative one ("同意……") before context ("……是历史遗留问题，……") or a sentence that leans
    on the one before it; context whose next sentence is said with it (`carried`: "……情况复杂。
    因此，这项工作由……统一归口管理") is said so."""
    own = [
        i
        for i in scored.usable
        if scored.units[i].paragraph == paragraph and not repeats_any(scored.trimmed[i], said, scored.lang)
    ]
    plain = [i for i in own if not is_background(scored.trimmed[i]) and not is_dangling(scored.trimmed[i])]
    operative = [i for i in plain if is_operative(scored.trimmed[i])]
    first = next(iter(operative or plain or own), None)
    if first is None or operative or first + 1 not in own or first + 1 not in scored.carried:
        return first
    return first + 1  # context then its decision, one bullet: "……情况复杂。因此，这项工作由……管理"


def _spare(scored: Scored, draft: Draft, drafts: list[Draft]) -> int | None:
    """The group's last bullet of an item another bullet cites that states no key measure."""
    counts = Counter(scored.units[k].paragraph for d in drafts for k in d.picked)
    plain = [
        k
        for k in draft.picked
        if counts[scored.units[k].paragraph] > 1 and k not in scored.keyed and k not in scored.deadlines
    ]
    return plain[-1] if plain else None


def cover_decisions(scored: Scored, drafts: list[Draft], chosen: list[int], texts: list[str]) -> None:
    """Each numbered decision of a short notice (`decision_items`) no bullet cites gets its
    decision sentence (`_decision`) in the group citing the item nearest it, added where the group
    has room, else in place of a second bullet of a cited item (`_spare`)."""
    if len(drafts) > MAX_GROUPS or not short_text(texts, scored.structure_of):
        return
    items = decision_items(scored, texts)
    units = scored.units
    for p in items:
        if any(units[k].paragraph == p for k in chosen):
            continue
        i = _decision(scored, p, [scored.trimmed[j] for j in chosen])
        # the first decision may go to the overview, which says what the notice is about: who is to
        # manage the work ("由外交部和总参谋部统一归口管理"), not one more task of the tasks' group
        first = OVERVIEW_FIRST and p == items[0]
        homes = [d for d in drafts if any(units[k].paragraph in items for k in d.picked) or (first and d.theme is None)]
        if i is None or not homes:
            continue
        home = min(homes, key=lambda d: min(abs(units[k].paragraph - p) for k in d.picked))
        if len(home.picked) < POLICY_GROUP:
            home.add(i, chosen)
            continue
        spare = _spare(scored, home, drafts)
        if spare is not None:
            home.swap(spare, i, chosen)
