"""A regulation's penalty articles say their fines and sanctions in a list's lead-in ("专利代理机构有
下列行为之一的，由……责令限期改正，予以警告，可以处10万元以下的罚款；情节严重……直至吊销……："), a line
that is no bullet by itself (it points at the list): its items carry it, but an item states no
figure, so a group titled 法律责任 said a narrow clause ("专利代理师在执业过程中泄露委托人的发明创造
内容……承担法律责任") and a generic one ("……工作人员……依法给予处分") and left out the fines (blind
read of zh-policy 10: "the core penalty articles with amounts are missing").

Here, in a policy's group, a penalty bullet that gives no figure and no ladder of sanctions gives
way to an item of an uncited penalty list whose lead-in gives one: the item most like that
bullet, so the group keeps its subject and gains the fine; one item a list, one list a bullet.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

# what a penalty is (the specifics table's penalty kind and its 处分, 刑事责任)
_PENALTY = LazyPattern(r"罚款|处罚|吊销|责令|没收|处分|追究[^。]{0,6}责任|撤销[^。]{0,10}(?:许可|资格|执照)")
# what grades one: an amount ("10万元以下的罚款", "1倍以上5倍以下") or a ladder of sanctions
# ("情节严重……", "逾期未改正……", "……直至吊销")
_GRADED = LazyPattern(r"\d+(?:\.\d+)?\s*(?:万|亿)?元|\d+\s*倍|情节(?:特别)?严重|逾期(?:未|不)改正|直至")


def graded_penalty(text: str) -> bool:
    """Whether `text` states a penalty with an amount or a ladder of sanctions."""
    return _PENALTY.search(text) is not None and _GRADED.search(text) is not None


def _said(scored: Scored, k: int) -> str:
    """Sentence `k` with the "；"-clauses of its paragraph its bullet goes on with (a Chinese
    sentence split at "；" is one bullet with its consequence)."""
    units = scored.units
    text = units[k].text
    j = k
    while text.rstrip().endswith("；") and j + 1 < len(units) and units[j + 1].paragraph == units[k].paragraph:
        j += 1
        text += units[j].text
    return text


def _repeats(scored: Scored, chosen: list[int], old: int, new: int) -> bool:
    """Whether sentence `new` repeats a chosen bullet besides the one on `old` it would replace."""
    said = (scored.trimmed[j] for j in chosen if j != old)
    return repeats_any(scored.trimmed[new], said, scored.lang)


def graded_items(scored: Scored, drafts: list[Draft], chosen: list[int], of_sentence: np.ndarray | None) -> None:
    """In each theme group, a bullet stating a penalty with no amount and no ladder (`graded_penalty`)
    gives way to an item of its theme's list whose lead-in states one, where no bullet cites that
    list: of the pairs, the item and bullet most alike first."""
    if scored.lang != "zh" or of_sentence is None:
        return
    units = scored.units
    for draft in drafts[1:]:
        if draft.theme is None:
            continue
        narrow = [
            k
            for k in draft.picked
            if units[k].lead_in is None and _PENALTY.search(_said(scored, k)) and not graded_penalty(_said(scored, k))
        ]
        if not narrow:
            continue
        cited = {units[k].paragraph for d in drafts for k in d.picked}
        lists: dict[int, list[int]] = {}  # a graded lead-in's paragraph → its uncited items in the theme
        for i in scored.usable:
            lead = units[i].lead_in
            if (
                lead is None
                or i in chosen
                or int(of_sentence[i]) != draft.theme
                or lead[1] in cited
                or units[i].paragraph in cited
                or not graded_penalty(lead[0])
            ):
                continue
            lists.setdefault(lead[1], []).append(i)
        while narrow and lists:
            pairs = [
                (float(scored.sentence_vectors.similarities(k)[i]), k, i, where)
                for where, items in lists.items()
                for i in items
                for k in narrow
            ]
            ranked = sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))
            pair = next((p for p in ranked if not _repeats(scored, chosen, p[1], p[2])), None)
            if pair is None:
                break
            _, k, i, where = pair
            draft.swap(k, i, chosen)
            narrow.remove(k)
            del lists[where]
