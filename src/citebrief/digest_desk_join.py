"""A day's story of a theme's newspaper desk that is near the theme joins it, so the desk is one
heading, not two.

A theme of linked articles (digest_themes: the day's flood reports, 暴雨洪涝) takes only the
articles close enough to it in words; the desk's other stories of the day (a forest-fire warning,
Beijing's power back after the floods) were listed apart by section (digest_sections), and the
day showed 暴雨洪涝 beside 天气、灾害与生态 — the weather story and a lone ecology story that
joined it — which blind reads marked down as "two themes on one thing". A story left over whose
desk (text/sections.section_of) is the one most of a theme's members are on joins that theme
where it is NEAR the theme on average (a disaster social-work committee founded in Beijing, far
from the flood reports in words, stays apart: a blind read disliked it filed among floods); the
stories left then go to the sections without it. The theme keeps its title where it is a story
of a kind of event (digest_text.kinds: floods) that every story joining it tells (_tells); else it
is titled by the desk (天气与灾害 over the typhoon's reports and a forest-fire warning), which
names them all. A sports desk is one sport (text/sections.kind_of): a football theme ("Premier
League", "FA Cup semi-final") takes the day's other football stories only all together, titled
"Football", so the sport is under one heading, not a theme and a section (blind reads: "sport
split across three themes").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from citebrief.digest_sections import Theme
from citebrief.digest_text import DATELINE, EVENT_KINDS, kinds, most_kinds
from citebrief.model import Lang
from citebrief.text.sections import SECTIONS, SPORT_PAGES, kind_of, section_of

NEAR = 0.5  # of the theme threshold: the mean similarity to a theme's members a desk's story needs to join it

SPORT_NEAR = 0.4  # of the threshold: how near each of a sport's stories must be for all to join its theme


def desk_of(members: Sequence[int], desks: Sequence[str | None]) -> str | None:
    """The desk more than half of a theme's members are on (None where none is)."""
    counted = Counter(desks[i] for i in members if desks[i] is not None).most_common(1)
    if not counted or 2 * counted[0][1] <= len(members):
        return None
    return counted[0][0]


def join_desks(
    themes: Sequence[Theme],
    left: Sequence[int],
    texts: Sequence[str],
    lang: Lang,
    similar: np.ndarray,
    threshold: float,
) -> tuple[list[Theme], list[int]]:
    """The themes, each grown by the stories of `left` (0-based, in no theme) of its desk that
    are NEAR it (each to the nearest such theme), titled anew where they join (see the module);
    and the stories still left, in order. On a sports desk a desk is one sport (Football), and
    a theme of it takes the sport's stories left only where it takes them all (at SPORT_NEAR):
    else the sport would stand under two headings still, the theme's and the section's."""
    openings = [DATELINE.sub("", text, count=1) for text in texts]
    desks: list[str | None] = []
    for opening in openings:
        desk = section_of(opening, lang)
        kind = kind_of(opening, desk, lang) if desk in SPORT_PAGES else None
        desks.append(None if desk in SPORT_PAGES and kind is None else kind or desk)
    theme_desks = [None if theme.section else desk_of(theme.members, desks) for theme in themes]
    joining: dict[int, list[int]] = {}
    for i in left:
        near = [
            (float(np.mean([similar[i, j] for j in theme.members])), k)
            for k, theme in enumerate(themes)
            if theme_desks[k] is not None and desks[i] == theme_desks[k]
        ]
        near = [entry for entry in near if entry[0] >= NEAR * threshold]
        if near:
            joining.setdefault(max(near)[1], []).append(i)
    sports = {name for section in SECTIONS[lang] if section.title in SPORT_PAGES for name, _ in section.kinds}
    for k, theme in enumerate(themes):  # a sport's stories left join its theme all together, or none do
        sport = [i for i in left if theme_desks[k] in sports and desks[i] == theme_desks[k]]
        if sport:
            all_near = all(np.mean([similar[i, j] for j in theme.members]) >= SPORT_NEAR * threshold for i in sport)
            joining.pop(k, None)
            if all_near and not any(i in members for members in joining.values() for i in sport):
                joining[k] = sport
    made = []
    for k, theme in enumerate(themes):
        if k not in joining:
            made.append(theme)
            continue
        own = most_kinds(theme.members, texts, lang)
        told = all(_tells(texts[i], own, lang) for i in joining[k])
        title = theme.title if own and told else str(theme_desks[k])
        made.append(Theme(title, sorted(theme.members + joining[k])))
    joined = {i for members in joining.values() for i in members}
    return made, [i for i in left if i not in joined]


TOLD = 2  # times a story's whole text reports a theme's kind of event to be of its story


def _tells(text: str, own: set[str], lang: Lang) -> bool:
    """Whether a story that joins a theme of a kind of event (floods) is of its story: its lead
    reports no other kind (a forest-fire warning is not) and its text reports the theme's kinds
    TOLD times each (Beijing's power back after the floods, 暴雨 and 洪水 further on; not a
    province's rewards for warnings of any natural disaster, which names rain once)."""
    if kinds(text, lang) - own:
        return False
    return all(len(EVENT_KINDS[lang][kind].findall(text)) >= TOLD for kind in own)
