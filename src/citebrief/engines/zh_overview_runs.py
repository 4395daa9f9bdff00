"""A Chinese news overview point that goes on from a theme group's bullet joins that group.

The overview takes the lead's points and a few sentences central to the whole article; one of
them is often the next sentence of a run a theme group tells, the speaker's last proposal right
after the group's other proposals ("通过统筹全国科技力量组建……区域性科技创新联盟……" after "赵新全提出，相关
单位应通过整合……监测点"). The reader meets it in the overview as a detail cut from its thread, and the
theme lacks its close. `zh_overview_strays` and `zh_overview_themes` move a point of a passage the
group holds; a passage cut ends the group's run right before this one. Here an overview point (not
its first) that is the sentence right after one of a theme group's bullets, in that bullet's
passage or the next, goes to the group where

- it states no figure, running total, finding on the overview's subject or forward look (what the
  overview is read for: `zh_overview_themes`) unless it is the next clause of that bullet's
  sentence, cut at its "；" (a forecast's "中心城区……气温29℃至37℃" after the region's "……气温19℃至38℃；":
  one sentence, one place, whatever words the two halves share), nor is the overview's only point
  saying its title;
- it shares enough of its nouns and verbs with the group's bullets, and clearly more than with the
  overview's other points (`zh_overview_strays.moved_to_group`, the rule of every overview move);
- the overview keeps `MIN_OVERVIEW` points and the group shows `MAX_GROUP` bullets at most with it
  (a quotation and its speaker's line, one bullet, count once: the run the point closes is often
  one speaker's).

Read for Chinese news and features (`final_groups`, after `zh_overview_themes`).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored, Unit
from citebrief.engines.zh_deep_points import MAX_GROUP
from citebrief.engines.zh_overview_strays import moved_to_group
from citebrief.engines.zh_overview_themes import MIN_OVERVIEW, only_one_saying_title, overview_material
from citebrief.engines.zh_quote_carry import folded_speakers


def _goes_on(units: list[Unit], point: int, group: list[int]) -> bool:
    """Whether sentence `point` is the one right after a bullet of the group, in that bullet's
    passage or the next (a passage cut may fall between a run's sentences)."""
    return point - 1 in group and units[point].paragraph - units[point - 1].paragraph <= 1


def _clause_after(units: list[Unit], point: int) -> bool:
    """Whether sentence `point` is the next clause of the sentence before it, cut at its "；" in the
    same passage: the rest of that sentence, not a point of its own."""
    before = units[point - 1] if point > 0 else None
    return before is not None and before.paragraph == units[point].paragraph and before.text.rstrip().endswith("；")


def _shown(scored: Scored, picked: list[int]) -> int:
    """How many bullets a group of the sentences `picked` shows: a quotation and the next sentence,
    its speaker's, are one bullet (`zh_quote_carry.folded_speakers`)."""
    return len(folded_speakers(scored, [sorted(picked)])[0])


def overview_runs_given(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with each overview point that goes on from a theme group's
    bullet moved to that group (module doc)."""
    if len(drafts) < 2 or scored.lang != "zh":
        return drafts
    overview, units, texts = drafts[0], scored.units, scored.trimmed
    for point in list(overview.picked[1:]):
        if len(overview.picked) <= MIN_OVERVIEW or only_one_saying_title(texts, overview, point):
            continue
        if _clause_after(units, point):  # the rest of a bullet's sentence goes with that bullet
            home = next((group for group in drafts[1:] if point - 1 in group.picked), None)
            if home is not None and _shown(scored, [*home.picked, point]) <= MAX_GROUP:
                overview.move(point, home)
                continue
        if overview_material(texts[point], overview.title):
            continue

        def fits(group: Draft, point: int = point) -> bool:  # the group shows MAX_GROUP bullets at most with it
            return _goes_on(units, point, group.picked) and _shown(scored, [*group.picked, point]) <= MAX_GROUP

        moved_to_group(scored, drafts, point, fits)
    return drafts
