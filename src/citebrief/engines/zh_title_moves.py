"""A Chinese news brief's overview bullet that says a theme's title goes to that theme.

The overview is the article's lead run, and a theme is a run of sentences titled by the phrase
its bullets say; where the lead run is cut a sentence late, or a sentence inside a theme's run
scores as a lead point, the overview holds a bullet of that theme: the city-level response
levels ("廊坊、衡水、保定3市保持Ⅰ级应急响应……") in the overview of a flood report while the group
titled 应急响应 holds the dispatch ("河北动态调整防汛防台风应急响应") and the county levels; the
panda house's booking rule above the group 预约 that gives its hours and how to book. A reader
looks for the response levels under 应急响应.

Such a bullet moves where all of these hold:
- the theme's title (two characters or more, not the overview's subject) is said by every one of
  the theme's bullets but one at most, two to four of them (and by two at least): a phrase the
  group is about, with room left. One bullet may set the scene without the phrase: the science
  behind the quantum chip's carrier board ("量子计算机具有……") under 芯片载板 (zh-news 197), while the
  board's maker's "量子芯片载板是……" sat in the overview; the crowds at the border beside the
  customs' lanes under 通关 (zh-news 155), a group of four; a title of an act and its aspect
  (通关效率: `zh_act_aspect`) by its act, which the group is about;
- exactly one overview bullet says it, not the overview's first (its lead);
- that bullet sits inside the theme's run or next to it in reading order (one sentence before or
  after): the run was cut a sentence off; an expert's summing-up or a running total far from the
  run ("自2018年启动以来，活动吸引了100余位国际友城艺术家……") names the theme in passing and stays;
- the overview keeps two bullets, and another overview bullet still says the overview's subject
  (the bullet its title came from stays: "……抢抓酒药制作“黄金期”" under 酒药制作).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.text.zh_act_aspect import aspect_act

MIN_TITLE = 2  # a title this long (characters) at least is a phrase a sentence can be said to say
MAX_BEFORE = 4  # the theme holds this many bullets at most before the move: five after it
MIN_SAYING = 2  # the theme's bullets that say its title, at least (all but one of them)
MIN_OVERVIEW = 3  # the overview holds this many bullets at least: two are left
NEXT_TO = 1  # the bullet lies inside the theme's run of sentences or this many sentences off it


def _subject(title: str) -> str:
    """The overview title's subject phrase ("核心要点：洪涝灾害" → 洪涝灾害)."""
    return title.rpartition("：")[2]


def _mover(texts: list[str], overview: Draft, group: Draft) -> int | None:
    """The overview's sentence that belongs to `group` by its title, or None; a title of an act
    and its aspect by the act the group is about ("通关效率" by "通关": `zh_act_aspect`)."""
    title = aspect_act(group.title) or group.title
    subject = _subject(overview.title)
    if len(title) < MIN_TITLE or not 2 <= len(group.picked) <= MAX_BEFORE or (subject and title in subject):
        return None
    if sum(title in texts[i] for i in group.picked) < max(MIN_SAYING, len(group.picked) - 1):
        return None
    saying = [i for i in overview.picked if title in texts[i]]
    if len(saying) != 1 or saying[0] == overview.picked[0]:
        return None
    (moving,) = saying
    if not min(group.picked) - NEXT_TO <= moving <= max(group.picked) + NEXT_TO:
        return None
    rest = [i for i in overview.picked if i != moving]
    if subject and subject in texts[moving] and not any(subject in texts[i] for i in rest):
        return None
    return moving


def to_titled(texts: list[str], drafts: list[Draft]) -> None:
    """Each theme of `drafts` (overview first, titled; `texts` each sentence's bullet text) given
    the overview bullet it is titled by (`_mover`), while the overview keeps two bullets; the
    theme stays in reading order."""
    overview = drafts[0]
    for group in drafts[1:]:
        if len(overview.picked) < MIN_OVERVIEW:
            return
        moving = _mover(texts, overview, group)
        if moving is not None:
            overview.move(moving, group)
