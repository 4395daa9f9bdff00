"""A policy bullet whose paragraph goes on with a short sentence that has no subject of its own
and only completes it ("元旦：……放假调休，共3天。| 2018年12月29日（星期六）上班。") says half of
what the paragraph says: the make-up working days are the other half a holiday notice is read
for. Alone, that sentence is a bare fragment ("2月2日（星期六）、2月3日（星期日）上班。", blind
reads named it). The bullet says the two: its own sentence and the completion, cited once; a
bullet of the completion alone in the same group gives way to it.

So with a labelled item's point split between the overview and a theme group: its second
sentence, quoted below with no subject before it, joins the overview's bullet of its first.

Which sentences are picked is left as it was: the completion weighed as a dangling sentence
took the overview's second point and the themes' room with it (three groups of a seven-item
notice became two, and an item went uncited).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

_DAY = r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[（(]星期[一二三四五六日天][)）])?"
# days and what happens on them, nothing else: "9月29日（星期日）、10月12日（星期六）上班。"
COMPLETION = LazyPattern(
    rf"^(?=\d){_DAY}(?:(?:[、，,和及与至到]|以及){_DAY})*(?:照常|正常)?(?:上班|放假|休息|调休|补休)[。]?$"
)
WHOLE_CHARS = 120  # the two, at most, for one bullet


def is_completion(text: str) -> bool:
    """A sentence of days and a bare verb ("……（星期六）上班。"): no subject, no point alone."""
    return bool(COMPLETION.match(text.strip()))


def whole_items(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each bullet whose next sentence in its paragraph is a completion says both; a bullet of
    the completion alone says the sentence it completes with it (module doc)."""
    units = scored.units
    for draft in drafts:
        for j in list(draft.picked):
            if j not in draft.picked or j == 0 or units[j - 1].paragraph != units[j].paragraph:
                continue
            if is_completion(units[j].text) and j - 1 not in chosen and j - 1 in scored.usable:
                draft.swap(j, j - 1, chosen)  # the fragment alone: the sentence it completes, with it
        for k in list(draft.picked):
            after = k + 1
            if (
                k not in draft.picked
                or after >= len(units)
                or units[after].paragraph != units[k].paragraph
                or not is_completion(units[after].text)
                or len(scored.trimmed[k]) + len(units[after].text) > WHOLE_CHARS
            ):
                continue
            owner = next((d for d in drafts if after in d.picked), None)
            if owner is not None and owner is not draft:
                continue  # a bullet of another group: which group says the pair is the grouping's call
            if owner is draft:
                draft.drop(after, chosen)
            scored.trimmed[k] = scored.trimmed[k] + units[after].text.strip()


# the overview's point and the next sentence of its paragraph, at most, for one bullet
HALVES_CHARS = 130


def overview_halves(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """An overview point whose labelled item's next sentence a theme group quotes says both: the
    item's point ("（二）总体思路。按照……的总体思路，……探索跨区域联盟集中带量采购。| 在总结评估试点
    工作的基础上，逐步扩大……") told in one place, not its second half opening a group below with no
    subject before it; the group quotes its next sentence in the paragraphs it cites instead. An
    unlabelled paragraph's next sentence may start a point of its own."""
    if not drafts:
        return
    units, overview = scored.units, drafts[0]
    for k in list(overview.picked):
        after = k + 1
        first = next(j for j in range(k, -1, -1) if j == 0 or units[j - 1].paragraph != units[k].paragraph)
        if (
            after >= len(units)
            or units[after].paragraph != units[k].paragraph
            or not units[first].heading
            or len(scored.trimmed[k]) + len(scored.trimmed[after]) > HALVES_CHARS
        ):
            continue
        owner = next((d for d in drafts[1:] if after in d.picked), None)
        if owner is None:
            continue
        # the group keeps its count: the next sentence it may quote within the paragraphs it cites
        last = max(units[j].paragraph for j in owner.picked)
        stand_in = next(
            (j for j in scored.usable if j > after and j not in chosen and units[j].paragraph <= last), None
        )
        owner.drop(after, chosen)
        chosen.append(after)  # said, in the overview's bullet
        if stand_in is not None:
            owner.add(stand_in, chosen)
        scored.trimmed[k] = scored.trimmed[k] + scored.trimmed[after].strip()


def whole_points(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """A completion said with what it completes (`whole_items`), and an overview point with its
    paragraph's next sentence where a group quotes it (`overview_halves`)."""
    whole_items(scored, drafts, chosen)
    overview_halves(scored, drafts, chosen)
