"""A Chinese news or feature overview's late detail moved down to the theme it is a detail of.

The overview's points come from the lead run and from the few sentences most central to the
whole article; a central sentence from the body is often one theme's detail ("16日白天到夜间，
各地多云到晴……" beside the forecast group; "所有患者均表现出显著的症状改善" beside the trial's
47 patients), and the reader meets it out of reading order, above the lead's own points, while
its theme below lacks it. Here such a bullet goes to that theme: it comes from a later
paragraph than the overview's first bullet, after the theme's first bullet and not after the
next theme's first paragraph (the themes stay runs in reading order), its words (the
sentence vectors' TF-IDF weights) are closer to the theme's bullets than to the overview's
others, and the theme has room. The latest is weighed first. The lead's next point takes the
detail's place, where the lead has one left, or the lead point the first theme group opens on
(`zh_lead_lift`: most often the lead has no other left); else the detail stays (an overview of
two says too little, and top-3 ROUGE-L on zh-clts fell 0.1814 → 0.1797 with such overviews) unless
it is plainly the theme's (`zh_clear_details`: "16日白天到夜间……" beside "具体预报为：15日……"); a running
total or a finding on the overview's subject, which `zh_overview_moves` lifts into the
overview on purpose, stays.
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.engines.scored import Draft
from citebrief.engines.sparse import SparseRows
from citebrief.engines.zh_clear_details import closeness, plainly_theirs
from citebrief.engines.zh_inside_run import run_home
from citebrief.engines.zh_lead_lift import lift_first
from citebrief.engines.zh_overview_moves import finds_on, sums_up
from citebrief.engines.zh_witness_details import witness_inside
from citebrief.text.lazy_re import LazyPattern

FULL_OVERVIEW = 3  # the overview keeps three points: a detail gives its place to the lead's next
MAX_GROUP = 4  # a theme takes the detail while it holds three bullets at most
MIN_NEAR = 0.1  # the detail's cosine with the theme's bullets, at least: a shared term or two
# a sentence that tells no news of its own, never the detail's stand-in: who attended ("吴恳大使和
# 使馆主要外交官出席活动。") and a reporter's stand-up ("总台央视记者 李贺：这里是北京市朝阳区大望路……",
# "记者看到……"); blind26a's reader preferred the old overview twice where one took the place
_HOLLOW = LazyPattern(
    r"出席(?:了)?(?:本次|此次|当天的)?(?:活动|仪式|会议|招待会|开幕式|启动仪式|发布会)?。$"
    r"|记者[^：:]{0,12}[：:]这里是|^[^，。]{0,12}(?:记者|我们)看到"
)


def hollow(sentence: str) -> bool:
    """Whether a sentence only says who attended or where a reporter stands (no news of its own)."""
    return _HOLLOW.search(sentence) is not None


def _home(drafts: list[Draft], i: int, vectors: SparseRows, paragraphs: list[int]) -> int | None:
    """The theme (index in `drafts`) that overview bullet `i` is a detail of: the closest among
    those with room whose first bullet comes before it and whose next theme's first bullet does
    not come from an earlier paragraph (`paragraphs`: each theme stays a run in reading order),
    where it is closer to them than to the overview's other bullets; None where none is."""
    own = closeness(vectors, i, drafts[0].picked)
    best, nearest = None, max(own, MIN_NEAR)
    for at, group in enumerate(drafts[1:], 1):
        if not group.picked or len(group.picked) >= MAX_GROUP or min(group.picked) > i:
            continue
        after = drafts[at + 1].picked if at + 1 < len(drafts) else []
        if after and paragraphs[min(after)] < paragraphs[i]:
            continue  # the detail lies in a later theme's run: not this one's
        near = closeness(vectors, i, group.picked)
        if near > nearest:
            best, nearest = at, near
    return best


Refill = Callable[[list[int], int], int | None]


def details_down(
    drafts: list[Draft],
    vectors: SparseRows,
    said: tuple[list[str], list[int]],
    subject: str,
    refill: Refill | None = None,
) -> list[Draft]:
    """The drafts (overview first; `said` each sentence's bullet text and paragraph, `subject`
    the overview title's phrase) with each of the overview's later bullets that is a theme's
    detail moved to that theme, in reading order. A bullet of the first bullet's paragraph (the
    lead) stays. The overview keeps FULL_OVERVIEW points: a moved bullet's place is taken by
    `refill(taken, start)`, the engine's next point of the lead (before the themes' first
    bullet, `start`) that no group holds (`taken`), else the first theme group's opener where it is
    such a point (`zh_lead_lift.lift_first`); where there is neither, the detail stays."""
    if len(drafts) < 2:
        return drafts
    texts, paragraphs = said
    overview = drafts[0]
    lead = paragraphs[overview.picked[0]]
    later = sorted((i for i in overview.picked[1:] if paragraphs[i] > lead), reverse=True)
    for i in later:  # the latest first: the likeliest detail, weighed against the lead's points
        if sums_up(texts[i]) or finds_on(texts[i], subject):
            continue
        home = _home(drafts, i, vectors, paragraphs)
        if home is None:  # one between a theme's bullets is that theme's (`zh_inside_run`)
            home = run_home(drafts, i, paragraphs)
        if home is None:
            continue
        start = min(j for d in drafts[1:] for j in d.picked)
        again = refill([j for d in drafts for j in d.picked], start) if refill is not None else None
        lifted = again is None and refill is not None and lift_first(drafts, i, home, refill, texts)
        if lifted:  # the first group's opener stands in the overview (`zh_lead_lift`)
            drafts[home].picked = sorted([*drafts[home].picked, i])
            continue
        if (
            again is None
            and len(overview.picked) <= FULL_OVERVIEW
            and not plainly_theirs(
                vectors, i, overview.picked, drafts[home].picked, [j for d in drafts[home + 1 :] for j in d.picked]
            )
            and not witness_inside(texts, paragraphs, i, overview.picked, drafts[home].picked)
        ):
            continue  # the overview would lose a point the lead cannot give again (`zh_clear_details`,
            # `zh_witness_details`)
        overview.move(i, drafts[home])
        if again is not None:
            overview.picked.append(again)
    return drafts
