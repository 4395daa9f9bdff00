"""A Chinese news pair of strangers whose neighbouring sentence, in the overview, goes with one of
them: that sentence and the other bullet trade places.

A news item read in runs has each theme's picks made as unlike each other as MMR can make them,
and its overview takes a few sentences central to the whole article, deep ones too. So a theme
group of two can pair strangers while the sentence beside them that goes with one of them sits in
the overview: the talent count beside the contest's launch, the contest's tracks ("今年大赛将设立……
赛道", right after the launch) up in the overview (zh-news 115); the ad monitoring's figures beside
the festival's digital-ad events, the districts' digital-ad parks (the sentence right before the
two) up in the overview (zh-news 71). `zh_loner_swaps` finds no stand-in in the run (the one that
fits is the overview's), `zh_stranger_homes` leaves one passage's two points, and
`zh_overview_runs` keeps a point that states a figure. Here the overview point comes down to the
bullet it goes with and the stranger goes up in its place where

- the pair's bullets share no name or noun (the article's common words left out, as
  `zh_loner_swaps` reads them), and the point is the overview's (not its first) and the sentence
  right before the pair or right after it, in that bullet's passage or one beside it (the three
  are one run, the pair MMR's two most unlike);
- the point shares `SHARED` names or nouns with that bullet and none with the stranger;
- the stranger shares a name or noun with the overview's other points (it is about what the whole
  article is about, not a third thing), and the point is not the overview's only one saying its
  title.

Each side keeps its size. Widened to any overview point of the pair's passages, it moved four more
zh-news briefs, none better (a customer's line up into 无人菜市's overview); as written, zh-news 71
and 115 change, zh-clts none. Read for Chinese news and features (`final_groups`, after
`zh_overview_runs`).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Draft, Scored, Unit, overview_placed
from citebrief.engines.zh_common_terms import common_terms
from citebrief.engines.zh_loner_swaps import SHARED, NameKeys
from citebrief.engines.zh_overview_themes import only_one_saying_title

PAIR = 2  # a group of this many bullets is read here


def partners_swapped(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with each stranger pair's bullet and its next sentence, an
    overview point, traded (module doc)."""
    if len(drafts) < 2 or scored.lang != "zh" or not any(len(d.picked) == PAIR for d in drafts[1:]):
        return drafts
    common = common_terms(scored)
    keys = NameKeys([u.text for u in scored.units], common)
    overview = drafts[0]
    for group in drafts[1:]:
        if len(group.picked) != PAIR or group.theme is None:
            continue
        trade = _trade(scored, overview, group.picked, keys)
        if trade is None:
            continue
        point, stranger = trade
        overview.picked = overview_placed([i for i in overview.picked if i != point], stranger)
        group.picked = sorted([point, *(i for i in group.picked if i != stranger)])
    return drafts


def _trade(scored: Scored, overview: Draft, pair: Sequence[int], keys: NameKeys) -> tuple[int, int] | None:
    """The overview point and the pair's stranger that trade places (module doc), or None."""
    first, second = pair
    if not keys[first] or not keys[second] or keys[first] & keys[second]:
        return None
    others_of = set(overview.picked[1:])
    for point in (first - 1, second + 1):  # the sentence right before the pair, then right after it
        if point not in others_of:
            continue
        for kept, stranger in ((first, second), (second, first)):
            if not _near(scored.units, kept, point) or len(keys[point] & keys[kept]) < SHARED:
                continue
            if keys[point] & keys[stranger]:
                continue
            if not any(keys[stranger] & keys[i] for i in overview.picked if i != point):
                continue  # a third thing, not what the article is about: no overview point
            if only_one_saying_title(scored.trimmed, overview, point):
                continue
            return point, stranger
    return None


def _near(units: Sequence[Unit], kept: int, point: int) -> bool:
    """Whether `point` is in `kept`'s passage or the one beside it (a passage cut may fall inside a run)."""
    return abs(units[point].paragraph - units[kept].paragraph) <= 1
