"""A top-level section cut into two light themes, one theme again.

`outline_sections.split_largest` opens a section into its subsections where the brief has room,
with one to spare; `merge_neighbours` then joins a pair to fit, often two subsections of the
section just opened. The section then stands as two small groups, one subsection beside a pair
of them (zh-policy 7: "二、鼓励支持就业创业" as "贴息及奖补政策支持" of two bullets and
"创业载体建设、就业见习补贴范围" of two), which a reader takes as one theme cut in half. Where
the two halves hold few sentences together, the section is one theme under its own heading;
a section opened into three themes or more, or a heavy one, keeps its parts.
"""

from __future__ import annotations

from citebrief.engines.outline_sections import Section

# usable sentences of a section's two themes together, at most, to be one theme again: about
# the five bullets one group holds (zh-policy 7's 二: 4 + 5 sentences, four bullets)
MAX_JOINED_WEIGHT = 9


def join_halves(sections: list[Section], tops: list[Section]) -> None:
    """Join in place the two neighbouring `sections` that are all of one top-level section of
    `tops` (those before any was opened), where they weigh MAX_JOINED_WEIGHT at most: the
    joined one starts at the top section's heading line and is titled by it."""
    for top in tops:
        if top.heading is None:
            continue
        inside = [k for k, s in enumerate(sections) if top.start <= s.start and s.end <= top.end]
        if len(inside) != 2 or inside[1] != inside[0] + 1:
            continue
        first, second = sections[inside[0]], sections[inside[1]]
        if first.heading is None or second.heading is None or first.heading.level <= top.heading.level:
            continue  # not two parts of it: the section and a preamble, or itself
        if first.weight + second.weight > MAX_JOINED_WEIGHT:
            continue
        if any(s.start < top.end and top.start < s.end for s in sections[: inside[0]] + sections[inside[1] + 1 :]):
            continue  # a part of it went to a neighbour: the two are not all of it (zh-policy 15's 保障措施)
        weight = first.weight + second.weight
        sections[inside[0] : inside[1] + 1] = [Section(top.start, second.end, top.heading, weight)]
