"""A Chinese bullet that ends where a clause of its source ends gets the full stop its source
gives the whole sentence.

A bullet cut at a "；" (one clause of a "；"-run) or after a sentence's leading clauses ends on
its last word with no stop, and readers take it for a fragment cut off mid-sentence (zh-policy
blind reads: "……减轻患者药费负担" [12], "设副召集人2人，由……担任" [17], "cut off with no full
stop"). Where the bullet's end stands in a cited paragraph right before a "；" or "，", that mark
ended its claim: the bullet ends with "。" (verify reads "。" back as that mark,
`verify.checks.find_quotation`). A bullet found nowhere so (a roster joined from lines, a title
line with no stop in its source) stays as it is.
"""

from __future__ import annotations

import operator

from citebrief.model import Document, Group, Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import CLAUSE_MARKS, ZH_PARTY_IN_PLACE

# a stop, maybe inside a closing quote or bracket ("……。”", "……。（商务部负责）")
_STOPPED = LazyPattern(r"[。！？!?…][”’」』）)\"'》]*$|[。！？!?…][”’」』]?[（(][^（）()]*[）)]$")
TAIL_CHARS = 12  # of the bullet's end found in its paragraph: the bullet's own words there


def clause_stopped(document: Document, groups: list[Group]) -> list[Group]:
    """`groups` with each Chinese bullet that ends on a clause mark of its source closed with "。"."""
    if document.lang != "zh":
        return groups
    texts = [segment.text for segment in document.segments]
    result: list[Group] = []
    for group in groups:
        points = [_stopped(point, texts) for point in group.points]
        # a group none of whose bullets changed is itself: a copy cost ~5 µs, and most groups keep theirs
        same = all(map(operator.is_, points, group.points))
        result.append(group if same else group.model_copy(update={"points": points}))
    return result


def _stopped(point: Point, texts: list[str]) -> Point:
    """The bullet, closed with "。" where it ends on a clause mark of a cited paragraph."""
    text = point.text.rstrip()
    if text and not _STOPPED.search(text) and _ends_clause(text, point.citations, texts):
        return point.model_copy(update={"text": text + "。"})
    return point


def _ends_clause(text: str, citations: list[int], texts: list[str]) -> bool:
    """The bullet's last words stand in a cited paragraph right before a "；" or "，" (read without a
    name the brief brackets in: "该项目（某建设项目）违法占地63.45亩", `zh_project_brackets`)."""
    tail = ZH_PARTY_IN_PLACE.sub("", text)[-TAIL_CHARS:]
    return any(tail + mark in texts[n - 1] for n in citations if 0 < n <= len(texts) for mark in CLAUSE_MARKS)
