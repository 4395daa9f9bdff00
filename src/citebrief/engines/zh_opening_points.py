"""A Chinese news overview's point that opens a theme group's topic goes to that group.

The overview takes the lead's news and a few central sentences from the next passage; one of the
latter is often the first sentence of a thread the next theme group tells ("那达慕大会是蒙古族历史
悠久的传统节日" just before the group's "2006年，那达慕被批准……"; "大熊猫馆将实行预约制参观"
just before the group's opening hours and booking steps). `zh_deep_points` moves only points from
the third passage on, and only after a group's first bullet, so this point stays on top and
readers of zh-news met one topic split across the overview and the group below it.

Here an overview point (not its first, not from the lead's own paragraph, not from the
`zh_deep_points` passages) whose very next sentence in the article is a theme group's first bullet
goes to that group where the point and the group's first bullet share a rare word (background IDF
≥ 7, no adjective: 预约, 公示, 投产) that no other overview bullet says and two of the group's
bullets, half at least, say, or where the point is an item of a counted list ("二是……") the group
goes on with ("三是……"), and the overview keeps
`MIN_OVERVIEW` bullets and the group holds `MAX_GROUP` at most. A running total or a finding on the
overview's subject, a forward look and a point on the reported event itself (本次/此次……) stay.
Read for Chinese news and features (`final_groups`).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_deep_points import _OUTLOOK, DEEP_PASSAGE, MAX_GROUP, MIN_OVERVIEW
from citebrief.engines.zh_overview_moves import finds_on, sums_up
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

MIN_IDF = 7.0  # 投产 7.7, 预约 8.7, 公示 8.7, 注气 12.0: words that name one thread
SHARED = 2  # the group's bullets that say the word, at least
# a point on the reported event itself ("本次完工的三座平台为无人井口平台，承担着高压注气……") is the
# overview's news, though the group goes on with one of its words: moved, it retitled the group by it
# an aspect's own lead ("在服务高技术制造业发展……方面，") names the part of the report it sums up: moved, it
# left the group it came before with two bullets (read 39o preferred it in the overview)
_THIS_EVENT = LazyPattern(r"^(?:本次|此次|这次|本届|该次|在[^。；]{2,40}?方面，)")
# an item of a counted list ("二是促消费扩投资……" before the group's "三是……", "四是……")
_LIST_ITEM = LazyPattern(r"^(?:其)?([一二三四五六七八九])是")
_COUNT = "一二三四五六七八九"


def _rare_words(text: str) -> list[str]:
    """The words of two characters or more `text` says, rare ones only (background IDF at least
    `MIN_IDF`), no adjective or adverb ("精准" in "精准对接" and "精准触达" ties no topic)."""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    words = sorted({w for w, tag in tag_zh(text) if len(w) >= 2 and not tag.startswith(("a", "d"))})
    if not words:
        return []
    values = background_idf().lookup(words).tolist()
    return [w for w, value in zip(words, values, strict=True) if value >= MIN_IDF]


def opening_word(texts: Sequence[str], point: int, overview: Draft, group: Draft) -> str | None:
    """The rare word overview point `point` shares with `group`'s first bullet that no other
    overview bullet says and `SHARED` of the group's bullets, half at least, say; or None."""
    first = min(group.picked)
    for word in _rare_words(texts[point]):
        if word not in texts[first] or any(word in texts[j] for j in overview.picked if j != point):
            continue
        saying = sum(word in texts[j] for j in group.picked)
        if saying >= SHARED and 2 * saying >= len(group.picked):
            return word
    return None


def next_in_list(point: str, first: str) -> bool:
    """Whether `point` is an item of a counted list ("二是……") and `first`, the group's first
    bullet, the list's next item ("三是……")."""
    here, after = _LIST_ITEM.match(point), _LIST_ITEM.match(first)
    return bool(here and after and _COUNT.index(after.group(1)) == _COUNT.index(here.group(1)) + 1)


def opening_points_given(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with each overview point that opens the next theme group's topic
    moved to that group (module doc)."""
    if len(drafts) < 2 or len(drafts[0].picked) <= MIN_OVERVIEW or scored.lang != "zh":
        return drafts
    overview, units, texts = drafts[0], scored.units, scored.trimmed
    lead = units[overview.picked[0]].paragraph
    for point in sorted(overview.picked[1:], reverse=True):
        if len(overview.picked) <= MIN_OVERVIEW:
            break
        if not lead < units[point].paragraph < DEEP_PASSAGE:
            continue
        if sums_up(texts[point]) or finds_on(texts[point], overview.title) or _OUTLOOK.search(texts[point]):
            continue
        if _THIS_EVENT.match(texts[point]):
            continue
        home = next((d for d in drafts[1:] if d.picked and min(d.picked) == point + 1), None)
        if home is None or len(home.picked) >= MAX_GROUP:
            continue
        if opening_word(texts, point, overview, home) is not None or next_in_list(texts[point], texts[point + 1]):
            overview.move(point, home)
    return drafts
