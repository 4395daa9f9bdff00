"""A policy bullet whose paragraph goes on with a short sentence that has no subject of its own
and only completes it ("元旦：……放假调休，共3天。| 2018年12月29日（星期六）上班。") says half of
what the paragraph says: the make-up working days are the other half a holiday notice is read
for. Alone, that sentence is a bare fragment ("2月2日（星期六）、2月3日（星期日）上班。", blind
reads named it). The bullet says the two: its own sentence and the completion, cited once; a
bullet of the completion alone in the same group gives way to it.

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
