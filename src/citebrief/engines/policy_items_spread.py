"""A policy group that quotes one numbered item twice while items of the same list go uncited
("（十八）加强组织领导" twice, "（二十一）加强督促检查" — its penalty, "……依纪依法问责" — nowhere) says one
item at length and leaves out a rule an analyst reads the list for: its weaker second bullet
of the item gives way to the heaviest sentence of an uncited item of that list that states a
deadline, limit, prohibition or penalty. (Any uncited item's sentence was tried: as often worse
as better — a section's lead or a concrete rule given up for a vaguer item.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored
from citebrief.text.brief_memo import per_brief
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import item_marker

_ORDINAL = LazyPattern(r"[一二三四五六七八九十百\d]+")
HEADING_CHARS = 20  # a paragraph this short without the list's marker is a heading: the list ends


@per_brief(maxsize=1024)  # a list's items are asked again for each of their siblings (~48 asks of ~24 texts)
def numbering_style(text: str) -> str:
    """The form of a paragraph's item number ("（二）" → "（N）"), '' where it has none."""
    marker = item_marker(text)
    return _ORDINAL.sub("N", marker.group(0)) if marker else ""


def sibling_items(texts: Sequence[str], paragraph: int) -> list[int]:
    """The other items (1-based paragraphs) of the numbered list `paragraph` is an item of: the
    paragraphs around it numbered the same way, past its items' unnumbered paragraphs, up to a
    heading or a number of another form."""
    style = numbering_style(texts[paragraph - 1])
    found: list[int] = []
    if not style:
        return found
    for step in (-1, 1):
        p = paragraph + step
        while 1 <= p <= len(texts):
            own = numbering_style(texts[p - 1])
            if own == style:
                found.append(p)
            elif own or len(texts[p - 1]) < HEADING_CHARS:
                break
            p += step
    return sorted(found)


def spread_items(scored: Scored, drafts: list[Draft], chosen: list[int], texts: Sequence[str]) -> None:
    """In each group, once: a bullet of an item another bullet of the group quotes, stating no
    key measure and weighing least, gives way to the heaviest sentence stating one (`keyed`) of
    an item of the same list no bullet cites, where it repeats no bullet."""
    units = scored.units
    for draft in drafts[1:]:
        counts = Counter(units[k].paragraph for k in draft.picked)
        cited = {units[k].paragraph for d in drafts for k in d.picked}
        for paragraph in sorted(p for p, n in counts.items() if n >= 2):
            uncited = [p for p in sibling_items(texts, paragraph) if p not in cited]
            spare = [
                k
                for k in draft.picked
                if units[k].paragraph == paragraph and k not in scored.keyed and k not in scored.deadlines
            ]
            if not uncited or not spare:
                continue
            weakest = min(spare, key=lambda k: (scored.weights[k], -k))
            said = [scored.trimmed[j] for j in chosen if j != weakest]
            fresh = [
                i
                for i in scored.usable
                if units[i].paragraph in uncited
                and i in scored.keyed
                and i not in chosen
                and not repeats_any(scored.trimmed[i], said, scored.lang)
            ]
            if not fresh:
                continue
            best = max(fresh, key=lambda i: (scored.weights[i], -i))
            draft.swap(weakest, best, chosen)
            break
