"""A Chinese news item's arc figure: the change the whole story is about, told as a before and an
after ("村民收入由2008年的人均收入1万元，增长到2022年的人均收入2.7万余元", "森林覆盖率建县初只有3%，
如今已达到36.87%") or as a count brought to full coverage ("56个……竞赛场馆实现……AED配置全覆盖").
Readers name it first among what a brief misses; the record-and-change rule (`news_figures`) reads
a change only within one clause, and a feature's groups are full of its scenes. Such a sentence that
no bullet cites joins the side group citing its paragraph where it has room (GROUP_ROOM), else
takes the place of the plainest bullet (no figure, date or named measure) of that group, or of the
overview: a figure or a measure is never dropped, and a full group does not grow."""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored, figures_in
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import is_dangling
from citebrief.text.zh_teaser import teaser_list

NEWS_PARAGRAPHS = 12  # a longer article argues: its figures are examples (`news_figures`)
GROUP_ROOM = 3  # a side group with fewer bullets takes the figure besides what it says (`news_figures`)

_QUANTITY = (
    r"\d[\d.]*(?:余|多)?(?:万|亿)?(?:余|多)?"
    r"(?:元|%|人|个|家|户|亩|吨|公里|平方公里|米|立方米|平方米|千瓦|公斤|千克|台|辆|座|所|名|项|条|倍)"
)
# before → after, across a clause ("由……1万元，增长到……2.7万余元"; "从3%提高到36.87%"), and "only
# A then, B now" ("建县初只有3%，如今已达到36.87%"); the after is a quantity, never a date
_RISE = r"(?:增长|增加|提高|提升|上升|扩大|下降|减少|降低|缩短|发展|跃升)"  # "6个月至12个月" is a range
_NOW = r"(?:如今|现在|目前|今天)[^。；？！]{0,8}?(?:达到?|增至|增长到|提高到|升至|超过)"
_ARC = LazyPattern(
    "|".join(
        (
            rf"[由从][^。；？！]{{0,30}}?{_QUANTITY}[^。；？！]{{0,16}}?{_RISE}[至到为]了?[^。；？！，]{{0,16}}?{_QUANTITY}",
            rf"(?:只有|仅有?|不足|不到)[^。；？！]{{0,8}}?{_QUANTITY}[^。；？！]{{0,24}}?{_NOW}[^。；？！，]{{0,6}}?{_QUANTITY}",
            r"\d+(?:余|多)?(?:个|家|所|座|处)[^。；？！]{0,30}?全覆盖",
        )
    )
)
_NAMED = LazyPattern(r"[《“]")  # a named measure, law or campaign ("《行动计划》", "“团圆行动”")


def arc_figure(text: str) -> bool:
    """Whether a sentence tells a before→after change, or a count brought to full coverage."""
    return _ARC.search(text) is not None


def _plain(scored: Scored, i: int) -> bool:
    """A bullet that states nothing specific: no figure, date, threshold or named measure."""
    text = scored.trimmed[i]
    return scored.kinds.get(i, 0) == 0 and not figures_in(text) and _NAMED.search(text) is None


def _plainest(scored: Scored, drafts: list[Draft], i: int) -> tuple[Draft, int | None] | None:
    """The group that takes sentence `i` and the bullet it replaces: the lightest plain bullet of a
    side group citing its paragraph (or the one before, where none cites it), else of the overview
    (never its lead point)."""
    paragraph = scored.units[i].paragraph
    sides = [d for d in drafts[1:] if any(scored.units[k].paragraph == paragraph for k in d.picked)]
    if not sides:
        sides = [d for d in drafts[1:] if any(scored.units[k].paragraph == paragraph - 1 for k in d.picked)]
    roomy = [d for d in sides if len(d.picked) < GROUP_ROOM]
    if roomy:
        return roomy[0], None
    for homes in (sides, [drafts[0]]):
        plain = [
            (draft, k)
            for draft in homes
            for k in draft.picked
            if not (draft is drafts[0] and k == draft.picked[0]) and _plain(scored, k)
        ]
        if plain:
            return min(plain, key=lambda pair: scored.weights[pair[1]])
    return None


def add_arc_figure(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """The first uncited arc figure of a Chinese news item (`arc_figure`) replaces the plainest
    bullet that can give way (`_plainest`); not one leaning on the sentence before, one a bullet
    says already, or any in an article longer than a news item."""
    if scored.lang != "zh" or len(scored.paragraph_vectors) > NEWS_PARAGRAPHS or len(drafts) < 2:
        return
    for i in scored.usable:
        text = scored.trimmed[i]
        # a quotation may tell it ("“……森林覆盖率建县初只有3%，如今已达到36.87%……”"): its figures
        # stand without a speaker; a sentence leaning on the one before does not
        if i in chosen or not arc_figure(text) or is_dangling(text) or teaser_list(text):
            continue
        if repeats_any(text, (scored.trimmed[k] for k in chosen), "zh"):
            continue
        placed = _plainest(scored, drafts, i)
        if placed is None:
            continue
        draft, old = placed
        # in its place: the overview's points keep their order, a group's read in the article's
        draft.take(i, old, chosen, in_order=draft is not drafts[0])
        return
