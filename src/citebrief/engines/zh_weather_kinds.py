"""A Chinese weather or disaster item's edge bullet that tells another kind than the rest of its
group goes to the neighbouring group that tells its kind.

zh-news holds many wire items on rainstorms, typhoons, heat and floods. Their theme groups are runs
of sentences picked apart by MMR, so a run's first or last bullet can tell what its neighbour
tells: the 14th–15th's rain forecast opens a group whose other two bullets are the wind ("4～6级风"),
the 12th's top temperature opens a group on the humidity. A reader of such an item wants the rain
together, the wind together, the response levels together, the measures together, the losses
together, and the title of the mixed group names one side only. Each bullet's kind is read from
the words it says (`text/data/zh_weather_kinds.tsv`: the rain, the wind, the heat, the sea, the
storm's track, the warning or response, the measures, the damage, the rescue; the kind most of
its words are, a tie none). Where a theme group of three or more has an edge bullet of a kind no
other of its bullets tells, while the others tell one kind together, and the neighbouring group
on that edge (the overview before the first theme) tells that bullet's kind in most of its
bullets and has room, the bullet goes there: each group stays a run in reading order, none is
left with one, the overview holds four at most and a theme five. A first theme of two bullets
whose second tells the kind of the next theme while the first says none of that kind's words
("在台风登陆地……狂风与暴雨齐袭，已有多地积水" beside "台风登陆前，福建严阵以待，全力防范") is parted: the
second joins the next theme (the measures), the first the overview (what came or is coming,
after the lead's points). A theme of two runs of two bullets or more, each run of one kind (the
storm's position and track, then the waves and the storm surge), is two groups. The last theme's
last bullet has no neighbour after it: where it tells a kind while its group's other bullets tell
none (a rain forecast by district after the scene at a flood gate and an official's word on it:
the item closing on the forecast it opened with), it joins the overview that tells that kind,
when there is room. It runs before the theme titles are chosen, so a title follows the bullets
it now heads.

It reads Chinese news items of the weather genre (`zh_weather_titles.is_weather_item`) only;
policies, essays, English and a brief asked for a number of groups are left as they are (the
caller passes no flag).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from citebrief.engines.scored import Draft
from citebrief.text.data_files import data_lines
from citebrief.text.zh_weather_titles import is_weather_item

MIN_LEFT = 2  # a group that gives a bullet keeps two at least
MAX_OVERVIEW = 4  # the overview takes a bullet up to four (as `zh_unrelated` keeps it)
MAX_GROUP = 5  # a theme takes one up to five


@cache
def kind_words() -> tuple[tuple[str, str], ...]:
    """The table's (word, kind) rows, in order."""
    return tuple((row.split("\t")[0], row.split("\t")[1]) for row in data_lines("zh_weather_kinds.tsv"))


def bullet_kind(text: str) -> str:
    """The kind most of the table's words `text` says are ("rain" of "……有大雨，……分散性暴雨
    (50～70毫米)"), each word counted once; "" where it says none or two kinds as often."""
    counts = Counter(kind for word, kind in kind_words() if word in text)
    if not counts:
        return ""
    (best, most), *rest = counts.most_common(2)
    return "" if rest and rest[0][1] == most else best


def kinds_said(text: str) -> set[str]:
    """Every kind a word of the table `text` says is."""
    return {kind for word, kind in kind_words() if word in text}


def group_kind(kinds: list[str]) -> str:
    """The kind more than half of a group's bullets tell (two at least), else ""."""
    if not kinds:
        return ""
    best, most = Counter(kinds).most_common(1)[0]
    return best if best and most >= MIN_LEFT and 2 * most > len(kinds) else ""


def kinds_sorted(drafts: list[Draft], texts: list[str], *, weather: bool) -> list[Draft]:
    """The groups (`drafts`, the overview first; `texts` each sentence's text), an edge bullet of
    another kind than its group moved to the neighbour that tells its kind, a first theme of
    two kinds parted and a theme of two runs of two kinds split (see the module's docstring).
    Unchanged unless `weather` (a Chinese news brief) and the article is a weather item."""
    if not weather or len(drafts) < 2 or not is_weather_item(texts):
        return drafts
    _tail_lifted(drafts, texts)
    for k in range(1, len(drafts)):
        group = drafts[k]
        for side in (-1, 1):
            home_at = k + side
            if home_at >= len(drafts) or len(group.picked) <= MIN_LEFT:
                continue
            home = drafts[home_at]
            edge = group.picked[0] if side < 0 else group.picked[-1]
            if _belongs(edge, group, home, home_at == 0, texts):
                group.picked.remove(edge)
                # the overview's points keep their order, the bullet after them; a theme's in article order
                home.picked = [*home.picked, edge] if home_at == 0 else sorted([*home.picked, edge])
    drafts[:] = [group for group in _first_parted(drafts, texts) if group.picked]  # the caller's list too
    drafts[:] = [part for group in drafts for part in _split(group, group is drafts[0], texts)]
    return drafts


def _split(group: Draft, overview: bool, texts: list[str]) -> list[Draft]:
    """A theme of two runs of MIN_LEFT bullets or more, each run's bullets all of one kind and the
    two runs of two kinds (the storm's position and track, then the waves and the surge), as two
    groups of one theme; any other group as it is."""
    if overview or len(group.picked) < 2 * MIN_LEFT:
        return [group]
    kinds = [bullet_kind(texts[i]) for i in group.picked]
    for cut in range(MIN_LEFT, len(kinds) - MIN_LEFT + 1):
        head, tail = set(kinds[:cut]), set(kinds[cut:])
        if len(head) == len(tail) == 1 and "" not in head | tail and head != tail:
            return [Draft(group.theme, group.picked[:cut]), Draft(group.theme, group.picked[cut:])]
    return [group]


def _first_parted(drafts: list[Draft], texts: list[str]) -> list[Draft]:
    """`drafts`, the first theme parted where it holds two bullets of two kinds, the second of the
    kind most of the next theme's bullets tell: that one goes down to it, the first up to the
    overview (what happened or is coming, told after the lead's points), where both have room."""
    if len(drafts) < 3 or len(drafts[1].picked) != MIN_LEFT:
        return drafts
    overview, pair, after = drafts[:3]
    first, second = pair.picked
    kind = bullet_kind(texts[second])
    told = kinds_said(texts[first])  # "……登陆地……狂风与暴雨齐袭，已有多地积水": three kinds, none most
    if not kind or not told or kind in told or len(overview.picked) >= MAX_OVERVIEW:
        return drafts
    if len(after.picked) >= MAX_GROUP or group_kind([bullet_kind(texts[i]) for i in after.picked]) != kind:
        return drafts
    pair.picked = []
    overview.picked = [*overview.picked, first]
    after.picked = sorted([second, *after.picked])
    return drafts


def _belongs(edge: int, group: Draft, home: Draft, overview: bool, texts: list[str]) -> bool:
    """Whether the bullet on sentence `edge` tells a kind no other bullet of `group` tells while
    those tell one kind together, and `home` (with room) tells that kind in most of its bullets."""
    if len(home.picked) >= (MAX_OVERVIEW if overview else MAX_GROUP):
        return False
    kind = bullet_kind(texts[edge])
    rest = [bullet_kind(texts[i]) for i in group.picked if i != edge]
    if not kind or kind in rest:
        return False  # another bullet tells it too: the group's own
    if len(set(rest) - {""}) != 1:
        return False  # the others tell one kind together ("本轮气温攀升叠加湿度" tells two: no kind)
    return group_kind([bullet_kind(texts[i]) for i in home.picked]) == kind


def _tail_lifted(drafts: list[Draft], texts: list[str]) -> None:
    """The last theme's last bullet up to the overview (after its points) where it tells a kind the
    theme's other bullets do not tell, they telling none, and the overview with room tells it in
    most of its bullets: the story's tail back on the weather its lead told (the module's docstring)."""
    overview, last = drafts[0], drafts[-1]
    if len(drafts) < 3 or len(last.picked) <= MIN_LEFT or len(overview.picked) >= MAX_OVERVIEW:
        return
    edge = last.picked[-1]
    kind = bullet_kind(texts[edge])
    if not kind or any(kinds_said(texts[i]) for i in last.picked[:-1]):
        return
    if group_kind([bullet_kind(texts[i]) for i in overview.picked]) == kind:
        last.picked.remove(edge)
        overview.picked = [*overview.picked, edge]
