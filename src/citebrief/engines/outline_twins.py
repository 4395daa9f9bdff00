"""Sections of one name in two parts of a document as one theme.

A notice that forwards two regulations ("……转制为企业和进一步支持文化企业发展两个规定") has parts
whose sections share names: "七、关于财政税收" in the first, "一、关于财政税收" in the second, and
"资产和土地处置" in both. Read in order, each was a theme of its own, merged with a neighbour where
there was no room, and the brief carried two groups titled "财政税收" and "财政税收、投资和融资",
two titled "资产和土地处置、…" (blind readers: grouping 3, bullets under a title that names another
section). The author's own names say these are one topic: the later twin is taken out of the
neighbour merging and joins the earlier one's theme, titled by their one name. Themes gather by
topic, not by position (DESIGN: a group may cite [9][10] and [20][21]). A name any part has for
its own part of the work ("一般规定", "组织实施", "附则") says no topic: those stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from citebrief.engines.outline_sections import Section
from citebrief.text.title_choice import is_generic_heading

# names every part of a code has for its own rules ("第一章 一般规定" of 合同编 and of 物权编)
_PART_OWN = frozenset({"一般规定", "通则", "其他规定", "法律责任", "附则", "总则"})


@dataclass(frozen=True)
class Twin:
    """A section taken out of the merging (`section`) and the paragraph of the earlier section of
    its name whose theme it joins (`joins`)."""

    section: Section
    joins: int


def fold_twins(sections: list[Section], phrases: dict[int, str]) -> list[Twin]:
    """Take out of `sections` (in place) each top-level section of a later part whose heading's
    phrase (`phrases`: by heading paragraph) an earlier part's section has; the earlier one
    weighs the twin's sentences too, and where the twin opened its part, the section after it
    opens it now (so that merging still keeps the parts apart)."""
    top = min((s.heading.level for s in sections if s.heading is not None), default=0)
    named: dict[str, Section] = {}
    part = 0
    twins: list[Twin] = []
    kept: list[Section] = []
    parts: dict[int, int] = {}  # the part of each kept section, by its start
    opens_next = False
    for section in sections:
        heading = section.heading
        if heading is not None and heading.level == top and heading.first and kept:
            part += 1
        phrase = phrases.get(heading.paragraph, "") if heading is not None and heading.level == top else ""
        if is_generic_heading(phrase) or phrase in _PART_OWN:
            phrase = ""  # each part's own "一般规定", "组织实施": no one topic
        earlier = named.get(phrase) if phrase else None
        if earlier is not None and parts[earlier.start] != part:
            earlier.weight += section.weight
            twins.append(Twin(section, earlier.start))
            opens_next = opens_next or bool(heading is not None and heading.first)
            continue
        if opens_next and heading is not None and heading.level == top:
            section.heading = replace(heading, first=True)
        opens_next = False
        kept.append(section)
        parts[section.start] = part
        if phrase and phrase not in named:
            named[phrase] = section
    if twins:
        sections[:] = kept
    return twins
