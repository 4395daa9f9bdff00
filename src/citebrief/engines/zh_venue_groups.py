"""A Chinese roundup's theme group keeps to one venue: its bullets come from one restaurant's passages.

A roundup of hotel restaurants' spring dishes (zh-clts 3: "杭州凯悦酒店的湖滨28餐厅", "上海外滩茂悦大
酒店的新大陆餐厅", "上海外滩悦榕庄的酩缘餐厅") walks through its venues passage by passage; its last
theme, cut by where the topic turns, can span two of them, and its group then set one venue's dish
("香椿头碎鲜核桃，把香椿嫩芽和新鲜核桃肉混合在了一起。" [5]) beside another's two 银鱼 bullets [8],
under the title '银鱼' (blind read, stop 80). Here, in a roundup (`text/zh_roundup.roundup_items`),
each paragraph stands in the venue it names ("……的新大陆餐厅", a restaurant named after "的"), or,
naming none, in the venue of the paragraph before it; a theme group whose bullets stand in two
venues keeps to the venue most of them stand in, and each other bullet gives way to the nearest
whole sentence of that venue no bullet cites (`zh_hollow_swaps.nearest_stand_in`). A tie, a
paragraph naming two venues, or no stand-in: the group stays as it is. Run after
`zh_roundup_scenes`, on a brief that is not a policy's.
"""

from __future__ import annotations

from collections import Counter

from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_hollow_swaps import nearest_stand_in
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_captions import caption_name
from citebrief.text.zh_roundup import roundup_items

# a restaurant named after "的" ("……酒店的新大陆餐厅", "……悦榕庄的酩缘餐厅"), no "一家"/"这家" of one
_VENUE = LazyPattern(
    r"的(?![一这那该某各每此其])([\u4e00-\u9fff0-9A-Za-z]{1,8}?(?:餐厅|餐馆|酒楼|饭店|食府|茶餐厅|咖啡馆))"
)
MIN_CHARS = 16  # a shorter sentence is a caption or a dish's own line, no bullet of its venue
MIN_VENUES = 3  # a roundup of two venues is a comparison, its opening no filler


def venues_named(text: str) -> set[str]:
    """The restaurants a sentence names after "的" ("……酒店的新大陆餐厅" → 新大陆餐厅)."""
    return {m.group(1) for m in _VENUE.finditer(text)} if "的" in text else set()


def paragraph_venues(scored: Scored) -> dict[int, str]:
    """Each paragraph's venue: the one it names, else the one before it; '' where it names
    several, or none stands before it."""
    named: dict[int, set[str]] = {}
    for unit in scored.units:
        named.setdefault(unit.paragraph, set()).update(venues_named(unit.text))
    venues: dict[int, str] = {}
    last = ""
    for paragraph in sorted(named):
        says = named[paragraph]
        if says:
            last = next(iter(says)) if len(says) == 1 else ""
        venues[paragraph] = last
    return venues


def _whole(text: str) -> bool:
    return len(text) >= MIN_CHARS and not dangling(text, "zh") and not caption_name(text)


def one_venue(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """In a roundup, each theme group whose bullets stand in two venues (`paragraph_venues`) keeps
    to the one most of them stand in: each other bullet gives way to the nearest uncited whole
    sentence of that venue; a tie, a bullet of no known venue, or no stand-in leaves it."""
    if scored.lang != "zh" or len(drafts) < 2 or not roundup_items(scored.trimmed):
        return
    venues = paragraph_venues(scored)
    if len(set(venues.values()) - {""}) < 2:
        return
    units = scored.units
    for draft in drafts[1:]:
        of = {k: venues.get(units[k].paragraph, "") for k in draft.picked}
        counts = Counter(of.values()).most_common()
        if "" in of.values() or len(counts) < 2 or counts[0][1] == counts[1][1]:
            continue
        home = counts[0][0]
        for k in [k for k in draft.picked if of[k] != home]:

            def in_home(i: int, home: str = home) -> bool:
                return venues.get(units[i].paragraph, "") == home

            best = nearest_stand_in(scored, k, chosen, _whole, near_enough=in_home)
            if best is not None:
                draft.swap(k, best, chosen)


def opening_gives_way(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """In a roundup of three venues or more where a venue stands in no bullet, a theme group whose
    bullets all stand in the opening, before the first venue, while the overview already says the
    opening, speaks for that venue instead: its first dish, said in a run of whole sentences."""
    if scored.lang != "zh" or len(drafts) < 3:
        return
    items = roundup_items(scored.trimmed)
    if not items:
        return
    venues = paragraph_venues(scored)
    order = list(dict.fromkeys(v for _, v in sorted(venues.items()) if v))
    units = scored.units
    cited = {venues.get(units[k].paragraph, "") for k in chosen}
    missing = [v for v in order if v not in cited]
    if (
        len(order) < MIN_VENUES
        or not missing
        or "" not in {venues.get(units[k].paragraph, "") for k in drafts[0].picked}
    ):
        return
    before = len(missing)
    for draft in drafts[1:]:
        if not missing or not draft.picked:
            break
        if any(venues.get(units[k].paragraph, "") for k in draft.picked):
            continue
        venue = missing[0]
        lines = _venue_lines(scored, venue, venues, items, chosen, len(draft.picked))
        if not lines:
            continue
        for old in list(draft.picked):
            draft.drop(old, chosen)
        for new in lines:
            draft.add(new, chosen)
        missing.pop(0)
    if len(missing) < before:  # the group stands where its venue does, in article order
        drafts[1:] = sorted(drafts[1:], key=lambda d: min(d.picked, default=0))


def _venue_lines(
    scored: Scored, venue: str, venues: dict[int, str], items: list[str], chosen: list[int], count: int
) -> list[int]:
    """`count` whole uncited sentences of `venue`'s paragraphs in a row, from its first that names
    an item: one dish said whole, a run the later regrouping keeps together; [] where none is."""
    taken = set(chosen)
    units, trimmed = scored.units, scored.trimmed
    own = [i for i in scored.usable if venues.get(units[i].paragraph, "") == venue]
    start = next((i for i in own if i not in taken and any(item in trimmed[i] for item in items)), None)
    if start is None:
        return []
    run = list(range(start, start + count))
    if all(i in own and i not in taken and _whole(trimmed[i]) for i in run):
        return run
    return []


def by_venue(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """A roundup's groups each keep to one venue (`one_venue`), and a venue left out takes the
    place of a group on the opening (`opening_gives_way`)."""
    one_venue(scored, drafts, chosen)
    opening_gives_way(scored, drafts, chosen)
