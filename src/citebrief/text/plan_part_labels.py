"""A paragraph's opening label that names the part of a plan it stands in ("发展目标。到2025年，
体育竞赛表演产业总规模达到2万亿元……"), not what the sentence spells out.

`title_choice.is_generic_heading` lists the headings any document has ("目标任务", "主要目标");
a plan names its goals and approach by its own field too ("发展目标", "改革思路"). Where the
bullet says that field itself, the label only tells where in the plan the sentence stands, and
the bullet reads whole without it (readers marked "发展目标。到2025年……" down as a heading kept in a
bullet); "减排目标。到2025年，碳排放……" keeps its label, which names what the figures measure.
"""

from __future__ import annotations

from citebrief.text.title_choice import is_generic_heading

# what a plan's goal or approach part is named by, after its field ("发展目标", "改革思路")
_PART_NOUNS = ("目标", "思路")
FIELD_CHARS = 2


def names_plan_part(name: str, bullet: str) -> bool:
    """Whether label `name` (its "。" left off) names a part of the plan `bullet` stands in: a
    heading any document has, or a goal or approach named by a field `bullet` says itself."""
    if is_generic_heading(name):
        return True
    field = name.removesuffix(name[-FIELD_CHARS:]) if name.endswith(_PART_NOUNS) else ""
    return len(field) == FIELD_CHARS and field in bullet
