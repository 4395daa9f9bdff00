"""The unnumbered close of a part, left to the overview rather than to the part's last section.

A notice that forwards two regulations closes the first one after its last numbered item
("（三十一）……") with lines on the whole of it ("中央所属转制文化企业的认定……", "除第二十三条、第
二十四条所列政策外，上述政策……执行期限为2019年1月1日至2023年12月31日"), then the second one's
name and preamble, all before the second part's "一、": read by position they belonged to the last
section of the first part, and the brief put the policies' term under "党的建设" (blind readers:
a bullet under a section title it does not belong to). The paragraphs after the last numbered item
of a section that a new part follows belong to no section: the overview may take them, no group.
After the document's last item, only a line on the whole of it ("上述政策……执行期限为……") is set
aside so: a closing call to act ("各地区要加强组织领导") is its last section's.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import ITEM_LEVEL, Heading, item_marker

MIN_ITEMS = 2  # numbered items a section holds, for what follows its last one to be no item of it
# a line on the whole document, not on its last section: "上述政策适用于所有文化企业，执行期限为……"
_ON_THE_WHOLE = LazyPattern(
    r"^(?:上述|以上|本(?:规定|办法|条例|意见|通知|方案|细则|决定)(?:所列|所称|的)?(?:政策|措施|规定)?(?:适用|自|执行|有效))"
)


def part_codas(texts: list[str], outline: list[Heading]) -> list[int]:
    """The 0-based paragraphs between a section's last numbered item and the next part's first
    section (a top-level heading that numbers from one again); after the document's last item,
    those that speak of the whole ("上述政策适用于所有文化企业", "本办法自……起施行")."""
    heads = [h for h in outline if h.level < ITEM_LEVEL]
    top = min((h.level for h in heads), default=0)
    tops = [h for h in heads if h.level == top]
    found: list[int] = []
    ends = [after.paragraph if after.first else None for after in tops[1:]]
    for before, end in zip(tops, [*ends, len(texts)], strict=True):
        if end is None:
            continue
        items = [p for p in range(before.paragraph + 1, end) if item_marker(texts[p])]
        if len(items) < (MIN_ITEMS if end < len(texts) else 1):
            continue
        after = range(items[-1] + 1, end)
        # the document's own end: its signature and date follow; only lines on the whole of it
        found.extend(after if end < len(texts) else [p for p in after if _ON_THE_WHOLE.match(texts[p])])
    return found
