"""A Chinese news overview point that belongs to a theme group's run goes down to that group.

The overview takes the lead's points and a few sentences central to the whole article; one of
them is often the opening of a theme the group below tells from that very passage: "那达慕大会是
蒙古族历史悠久的传统节日，……" right before "2006年，那达慕被批准列入……" and "每年八月初，……肃北县举行
那达慕大会" (zh-news 119: the group, left without it, was titled "赛马").
`zh_overview_strays` moves such a point from passage 3 on, after the group's first bullet;
`zh_overview_details` one the lead can replace. Here an overview point (not its first, not from
the lead's passage) goes to a theme group holding a bullet of its passage where

- it sits right before or after one of the group's bullets, or the group holds `SMALL_GROUP`
  bullets at most (one more reads as a theme; a fifth long bullet blurs it: zh-news 41);
- it shares `SHARED` of its nouns and verbs with the group's bullets at least and `CLEARLY`
  times those it shares with the overview's other points;
- it states no figure: a figure is what the overview is read for (the rain total beside the
  forecast, zh-news 22; the plan's 2035 goal, 113), as are a running total, a finding on the
  overview's subject and a forward look (`zh_overview_moves`, `zh_deep_points`);
- the overview keeps `MIN_OVERVIEW` points and the group holds `MAX_GROUP` at most, and the
  point is not the overview's only one saying its title's subject ("“马路生活”寻静谧上海的小马路……"
  under "马路生活", zh-news 182: moved, it left the title over no road; blind read, session 46).

A moved point can retitle its group; read above, a looser rule (any point inside the group's
passages) moved the event's dates and hosts out of the overview (zh-news 195) and retitled
"北京地铁" as "地铁" (27). zh-news: 1 of 200 briefs changes (119); zh-clts: none. Read for
Chinese news and features (`final_groups`).
"""

from __future__ import annotations

from citebrief.engines.cover_steps import says_title
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_deep_points import _OUTLOOK, MAX_GROUP
from citebrief.engines.zh_overview_moves import finds_on, sums_up
from citebrief.engines.zh_overview_strays import moved_to_group
from citebrief.text.lazy_re import LazyPattern

MIN_OVERVIEW = 2  # points the overview keeps at least
# a figure, not a date or a time of day ("27日", "上午9时") that only places the sentence (`new_figures`)
_FIGURE = LazyPattern(r"\d+(?:\.\d+)?(?![\d.]*[年月日号时点分])")
SMALL_GROUP = 3  # a group this small takes a point of its passage that sits beside none of its bullets
# the times more nouns and verbs the point shares with the group's bullets than with the overview's
# other points (`zh_overview_strays.moved_to_group`): stricter here, where the point need not be deep
CLEARLY = 2


def new_figures(text: str, lead: str) -> bool:
    """Whether `text` states a figure (not a date or a time) that the `lead` does not."""
    return bool(set(_FIGURE.findall(text)) - set(_FIGURE.findall(lead)))


def overview_material(text: str, subject: str, lead: str | None = None) -> bool:
    """A figure (with `lead`, one the lead does not state: `new_figures`), a running total, a
    finding on the overview's subject or a forward look."""
    figure = any(c.isdigit() for c in text) if lead is None else new_figures(text, lead)
    return figure or sums_up(text) or finds_on(text, subject) or bool(_OUTLOOK.search(text))


def only_one_saying_title(texts: list[str], overview: Draft, point: int) -> bool:
    """Whether `point` is the overview's only bullet that says its title's subject: moved, it
    would leave "马路生活" over no road at all (zh-news 182: "“马路生活”寻静谧……")."""
    others = [texts[i] for i in overview.picked if i != point]
    return says_title([texts[point]], overview.title) and not says_title(others, overview.title)


def overview_themes_given(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with each overview point that belongs to a theme group's run
    moved there (module doc)."""
    if len(drafts) < 2 or len(drafts[0].picked) <= MIN_OVERVIEW or scored.lang != "zh":
        return drafts
    overview, units, texts = drafts[0], scored.units, scored.trimmed
    lead = units[overview.picked[0]].paragraph
    for point in list(overview.picked[1:]):
        here = units[point].paragraph
        if len(overview.picked) <= MIN_OVERVIEW or here == lead or overview_material(texts[point], overview.title):
            continue
        if only_one_saying_title(texts, overview, point):
            continue

        def fits(group: Draft, point: int = point, here: int = here) -> bool:
            mine = [i for i in group.picked if units[i].paragraph == here]
            if not mine or len(group.picked) >= MAX_GROUP:
                return False
            return len(group.picked) <= SMALL_GROUP or any(abs(i - point) == 1 for i in mine)

        moved_to_group(scored, drafts, point, fits, clearly=CLEARLY)
    return drafts
