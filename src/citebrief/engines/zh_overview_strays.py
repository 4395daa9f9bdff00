"""A Chinese news overview point from deep in the story goes to the theme group that tells that
passage, where it says more of that group's words than of the overview's.

The overview takes the lead's points and a few sentences central to the whole article; one from
passage 3 on is often a fact of a thread a theme group tells from that very passage ("……浙江开发
运用'浙江解纷码'……等在线调解应用" above the group on the online mediation platforms of passage 4).
`zh_deep_points` moves such a point where its TF-IDF cosine with one of the group's bullets is
clearly the highest; a point long enough to share words with every group stays, and the
zh-news sub-editor's read (s40) marked it a stray ("belongs with group 3").

Here an overview point (not its first, not from the lead's passage) from passage `DEEP_PASSAGE`
on goes to a theme group holding a bullet of the same passage, where the point shares `SHARED` of
its nouns and verbs with that group's bullets at least and `CLEARLY` times those it shares with
the overview's other points, comes after the group's first bullet (moved to the top, a point gave
the group its title: "乡镇" over "农作物受灾"), the overview keeps `MIN_OVERVIEW` points and the
group holds `MAX_GROUP` at most. A point about the whole story that shares nearly as much with the
overview stays ("据了解，……2022年起共同组织实施……每年在12个城市举办12期培训", the programme behind
the Beijing venue's news: moved, it left the overview on the venue alone). A running total, a
finding on the overview's subject and a forward look stay, as in `zh_deep_points`. zh-news: 3 of
200 briefs change (L660, L1181, L959); zh-clts: none. Read for Chinese news and features
(`final_groups`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_deep_points import _OUTLOOK, MAX_GROUP, deep_overview_points
from citebrief.engines.zh_overview_moves import finds_on, sums_up
from citebrief.text.tokenize import tag_zh

SHARED = 2  # nouns and verbs the point shares with the group's bullets, at least
CLEARLY = 1.5  # and this many times those it shares with the overview's other points, at least


def nouns_and_verbs(text: str) -> set[str]:
    """The nouns and verbs of two characters or more `text` says."""
    return {word for word, tag in tag_zh(text) if len(word) >= 2 and tag.startswith(("n", "v"))}


def words_shared(said: set[str], texts: Sequence[str], indices: Iterable[int]) -> int:
    """How many of the words `said` the sentences `indices` of `texts` say (`nouns_and_verbs`):
    how much a point shares with the overview or a group."""
    return len(said & set().union(*(nouns_and_verbs(texts[i]) for i in indices)))


def moved_to_group(
    scored: Scored, drafts: list[Draft], point: int, fits: Callable[[Draft], bool], *, clearly: float = CLEARLY
) -> bool:
    """Whether overview point `point` moved to the first theme group that `fits` (each step's own
    test of where the point may go) and shares `SHARED` of its nouns and verbs at least, `clearly`
    times those it shares with the overview's other points: the one rule of the overview moves."""
    overview, texts = drafts[0], scored.trimmed
    said = nouns_and_verbs(texts[point])
    above = words_shared(said, texts, (i for i in overview.picked if i != point))
    for group in drafts[1:]:
        if not fits(group):
            continue
        below = words_shared(said, texts, group.picked)
        if below >= SHARED and below >= clearly * above:
            overview.move(point, group)
            return True
    return False


def overview_strays_given(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with each deep overview point that tells a theme group's
    passage moved to that group (module doc)."""
    units, texts = scored.units, scored.trimmed
    for point in deep_overview_points(scored, drafts):
        overview, here = drafts[0], units[point].paragraph
        text = texts[point]
        if sums_up(text) or finds_on(text, overview.title) or _OUTLOOK.search(text):
            continue

        def fits(group: Draft, point: int = point, here: int = here) -> bool:
            if len(group.picked) >= MAX_GROUP or point < min(group.picked):
                return False
            return any(units[i].paragraph == here for i in group.picked)

        moved_to_group(scored, drafts, point, fits)
    return drafts
