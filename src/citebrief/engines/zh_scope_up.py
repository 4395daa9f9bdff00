"""A Chinese news brief's line on what a document sets out as a whole goes to the overview.

A notice's scope line ("《措施》从6个方面提出20条提振消费的具体举措", "该指引共八章") says what the
whole document holds, so it is the news' headline fact; but the themes are runs of sentences,
and one that opens the lead's paragraph may land in the first theme beside a ministry's own
measures, titled for those ("电子产品消费"). Blind read of zh-news 136: "puts the headline fact
under the '电子产品消费' group instead of 核心要点". Such a bullet goes up to the overview, in
reading order, while the overview has room.

Read last, once the groups are titled and an opening hook has given way (`extractive`, after
`zh_hook_drops`): moved with the other overview moves (`zh_unrelated.settled`), the line took the
overview's fourth place beside a hook that later gave way, so the lead's headline figure
(`zh_overview_figure`) found no room and stayed under a title it does not fit. A line that
opens a list of its own items ("提出4项重点任务：……") heads its theme and stays, as does a scope
line that is its group's only bullet.
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

MAX_OVERVIEW = 4  # the overview takes the scope line as a fourth point at most
_COUNT = r"[0-9一二三四五六七八九十两百]+"
# the document as a whole: its aspects and items ("从6个方面提出20条"), its whole count ("共八章",
# "共20条"), its parts ("包括5个部分"); a document named (《》) or pointed at (该……, 本……)
_SCOPE = LazyPattern(
    rf"从{_COUNT}个?方面[^，。；：]{{0,6}}提出{_COUNT}[条项]"
    rf"|共{_COUNT}[条章部]|包括{_COUNT}个部分|分为?{_COUNT}[章个]部分"
)
_DOCUMENT = LazyPattern(r"《[^》]+》|[该本此](?:工作)?(?:文件|方案|意见|措施|通知|办法|规划|规定|条例|指引|计划)")
_LIST_OPENS = LazyPattern(r"[：:]")  # "提出4项重点任务：……" opens its items: it heads their theme


def gives_scope(text: str) -> bool:
    """Whether a sentence says what a named document sets out as a whole."""
    found = _SCOPE.search(text)
    return bool(found and _DOCUMENT.search(text) and not _LIST_OPENS.search(text, found.end()))


def scope_up(drafts: list[Draft], scored: Scored | None) -> list[Draft]:
    """The drafts (overview first; `scored` the Chinese news article's sentences, None for a
    policy, an essay or an English article: unchanged), a later group's scope line
    (`gives_scope`) moved to the overview in reading order while the overview has room."""
    if scored is None or not drafts:
        return drafts
    return scope_lines_up(drafts, scored.trimmed)


def scope_lines_up(drafts: list[Draft], texts: list[str]) -> list[Draft]:
    """`scope_up` on each sentence's bullet text (the sentences in reading order)."""
    overview = drafts[0].picked
    for group in drafts[1:]:
        if len(overview) >= MAX_OVERVIEW:
            break
        moving = next((i for i in group.picked if gives_scope(texts[i])), None)
        if moving is None or len(group.picked) < 2:  # a group of the scope line alone keeps it
            continue
        group.picked.remove(moving)
        later = [k for k, i in enumerate(overview) if i > moving]
        overview.insert(later[0] if later else len(overview), moving)
    return drafts
