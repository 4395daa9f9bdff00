"""A policy overview's later bullet moved down to the group its paragraph's own label titles.

A plan's preamble may label its paragraphs in the writer's words, not as outline headings
("总体要求与目标：……", "具体指标：到2022年，……"). The engine reads such a preamble as one theme
that the overview shares with a group, and that group is titled from the label most of its
bullets' paragraphs open with (`report_kinds.label_title`: "具体指标"). An overview bullet of a
paragraph under that label ("……推动建设300个……实训基地。" of 具体指标) then reads as misfiled: the
group titled for it stands right below without it. Here it goes to that group, the latest first,
while the overview keeps two bullets and the group stays within a policy group's size
(AMOUNT_GROUP). A group titled from a section heading is left to `policy_overview_measures`.
"""

from __future__ import annotations

from citebrief.engines.policy_amounts import AMOUNT_GROUP
from citebrief.engines.scored import Draft, Scored
from citebrief.text.report_kinds import label_title, opening_label

MIN_OVERVIEW = 2  # bullets the overview keeps, at least


def labels_down(
    scored: Scored, drafts: list[Draft], texts: list[str], sections: dict[int, list[tuple[int, str]]]
) -> None:
    """`drafts` (overview first) with each later overview bullet whose paragraph opens with the
    label a headingless group is titled from moved to that group. `texts`: every paragraph's
    text (0-based); `sections`: each theme's section headings."""
    overview = drafts[0]

    def text_of(i: int) -> str:
        return texts[scored.units[i].paragraph - 1]

    labelled = {
        title: d
        for d in drafts[1:]
        if d.theme is not None and not sections.get(d.theme)
        if (title := label_title([text_of(k) for k in d.picked]))
    }
    for i in reversed(overview.picked[1:]):
        home = labelled.get(opening_label(text_of(i)))
        if home is None or len(overview.picked) <= MIN_OVERVIEW or len(home.picked) >= AMOUNT_GROUP:
            continue
        overview.move(i, home)
