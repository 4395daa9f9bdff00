"""A theme named by a kind of event (暴雨洪涝, "Floods and storms") and the day's other stories
of its newspaper section, under one heading.

Average linkage joins the day's rain and flood reports into a theme titled by their kind of
event; the weather office's bulletin or a forest-fire warning, too unlike them in words, was left
to the sections (text/sections.py) and listed apart as 天气与灾害 beside 暴雨洪涝, or alone among
the other stories: a blind read marked down "weather and floods split in two" and a disaster
relief story left among the other stories. A theme of a kind of event is a section's story by
its kind, so the stories left over that its section holds (the one its members are mostly
placed in) join it; where one of them does not report the kind, the theme is titled by the
section, which names what they all share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from citebrief.digest_sections import Theme
from citebrief.digest_text import DATELINE, kinds
from citebrief.digest_titles import KIND_NAMES
from citebrief.model import Lang
from citebrief.text.sections import SECTIONS, sections_of


def gather_by_kind(
    themes: Sequence[Theme], left: Sequence[int], texts: Sequence[str], lang: Lang
) -> tuple[list[Theme], list[int]]:
    """The themes, each titled by a kind of event (KIND_NAMES) grown by the stories of `left`
    (0-based, in no theme) of the section most of its members (more than half) are placed in,
    titled by that section where the lead of one that joins does not report the kind; and the
    stories still left."""
    kind_of_title = {name: kind for kind, name in KIND_NAMES[lang].items()}
    said = {i: dict(sections_of(DATELINE.sub("", texts[i], count=1), lang)) for i in range(len(texts))}
    placed = {i: next(iter(said[i]), None) for i in range(len(texts))}

    near_of = {section.title: section.near for section in SECTIONS[lang] if section.near is not None}
    spare = list(left)

    def of_section(i: int, section: str) -> bool:
        """Whether a story is of `section`: it says it first, or, alone in the section it says first
        among the stories left, half as much (an orchard cleared of flood mud: farm news first)."""
        if placed[i] is None or placed[i] == section:
            return placed[i] == section
        alone = sum(placed[j] == placed[i] for j in spare) == 1
        return alone and 2 * said[i].get(section, 0) >= said[i][str(placed[i])]

    made = []
    for theme in themes:
        kind = kind_of_title.get(theme.title)
        counted = Counter(placed[i] for i in theme.members if placed[i] is not None).most_common(1)
        if kind is None or not counted or 2 * counted[0][1] <= len(theme.members):
            made.append(theme)
            continue
        section = str(counted[0][0])
        joining = [i for i in spare if of_section(i, section)]
        if not joining:
            made.append(theme)
            continue
        spare = [i for i in spare if i not in joining]
        every = all(kind in kinds(texts[i], lang) for i in joining)  # each lead reports its kind too
        title = theme.title if every else section
        nearby = [  # a story alone in a section whose near one this is (ecology beside the weather)
            i
            for i in spare
            if placed[i] in near_of
            and near_of[str(placed[i])][0] == section
            and sum(placed[j] == placed[i] for j in spare) == 1
        ]
        if nearby:
            spare = [i for i in spare if i not in nearby]
            title = near_of[str(placed[nearby[0]])][1]
        made.append(Theme(title, sorted(theme.members + joining + nearby), theme.section))
    return made, spare
