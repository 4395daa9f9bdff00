"""A Chinese news item's headline totals: what a case, a disaster or a campaign adds up to ("该团伙
共非法开采河砂7万余吨，涉案价值500余万元", "共造成死亡、失联人员27名", "累计侦破食品领域刑事案件260余
起") and the most an award or a fine gives ("单位最高奖励5万元"). A brief of three or four groups of
two or three bullets often leaves them to a paragraph's other sentences, and readers name them first
among what it misses. Such a sentence that no bullet cites joins the group citing its paragraph
(side groups first), or, where none does, the paragraph before; a full group (GROUP_MOST) takes
it in place of its bullet of that paragraph that states nothing specific (no figure, date or
named measure): a figure or a measure is never dropped."""

from __future__ import annotations

from citebrief.engines.bullets import repeats_any
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored, carries_bullet_before, figures_in, swap_everywhere
from citebrief.text.lazy_re import LazyPattern

GROUP_MOST = 4  # a group grows to four bullets for a headline total, no further
MOST_TOTALS = 2  # totals added to one brief: a brief is not a table of figures
MIN_TOTAL = 10  # "共3起" is a detail's count; a total a reader looks for is larger
NEWS_PARAGRAPHS = 12  # a longer article argues: its figures are examples (`news_figures`)

# a total ("共……7万余吨", "累计……260余起", "涉案金额2.9亿余元"; no "共同体", "公共", "中共") or a
# ceiling ("最高奖励5万元")
_TOTAL = LazyPattern(
    r"(?:(?<![公中])共(?![同享建产识商和赢])计?|累计|合计|总计|总共)[^，。；：]{0,24}?\d[\d.,]*(?:余|多)?(?:万|亿)?[^\d，。；：、]"
    r"|涉案(?:价值|金额|资金)[^，。；]{0,4}\d"
    r"|最[高多]\S{0,8}?\d[\d.,]*(?:余|多)?(?:万|亿)?元"
)
_NAMED = LazyPattern(r"[《“]")  # a named measure, law or campaign ("《暂行规定》", "“团圆行动”")
_LIST_CLAUSE = ("；", ";", "：", ":")


def _counts(text: str) -> list[float]:
    """The counts a sentence states (no date, day, time or year)."""
    values = []
    for key in figures_in(text):
        kind, _, value = key.partition(":")
        if kind not in {"number", "percent"}:
            continue
        number = float(value)
        if not (value.isdigit() and 1900 <= number <= 2100):
            values.append(number)
    return values


def headline_total(text: str) -> bool:
    """Whether a sentence states a total or a ceiling with a count of ten or more."""
    return _TOTAL.search(text) is not None and max(_counts(text), default=0.0) >= MIN_TOTAL


def _plain(scored: Scored, i: int) -> bool:
    """A bullet that states nothing specific: no figure, date, threshold or named measure."""
    text = scored.trimmed[i]
    return scored.kinds[i] == 0 and not figures_in(text) and _NAMED.search(text) is None


def _citing(scored: Scored, drafts: list[Draft], paragraph: int) -> list[Draft]:
    """The groups citing `paragraph`, side groups first."""
    return [d for d in [*drafts[1:], drafts[0]] if any(scored.units[k].paragraph == paragraph for k in d.picked)]


def _place(scored: Scored, drafts: list[Draft], i: int) -> tuple[Draft, int | None] | None:
    """The group that takes sentence `i` and the bullet it replaces (None: it is added)."""
    paragraph = scored.units[i].paragraph
    homes = _citing(scored, drafts, paragraph)
    if all(i < min(d.picked, default=i + 1) for d in drafts[1:]):  # the lead's total: the overview's point
        homes = [drafts[0]]
    # a paragraph no group cites: the group citing the one before reads on into it, where it has room
    for draft in homes or _citing(scored, drafts, paragraph - 1):
        if len(draft.picked) < GROUP_MOST:
            return draft, None
    for draft in homes:
        lead = draft.picked[0] if draft is drafts[0] else -1  # the overview keeps its lead point
        plain = [k for k in draft.picked if k != lead and scored.units[k].paragraph == paragraph and _plain(scored, k)]
        if plain:
            return draft, min(plain, key=lambda k: scored.weights[k])
    return None


def add_news_totals(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each uncited headline total of a Chinese news item (`headline_total`), in article order, at
    most MOST_TOTALS, joins the group citing its paragraph (`_place`); one that leans on the bullet
    before it ("其中，……") extends that bullet (`carries_bullet_before`); not one leaning on a sentence no
    bullet says, one clause of a list, or a point a bullet says already."""
    if scored.lang != "zh" or len(scored.paragraph_vectors) > NEWS_PARAGRAPHS or not drafts:
        return
    added = 0
    for i in scored.usable:
        text = scored.trimmed[i]
        if i in chosen or not headline_total(scored.units[i].text):  # its own words: not one it carries
            continue
        if carries_bullet_before(scored, chosen, i):  # "……并予以奖励。其中，……单位最高奖励5万元。"
            swap_everywhere(drafts, chosen, i - 1, i)
            added += 1
            if added >= MOST_TOTALS:
                return
            continue
        if dangling(text, "zh"):
            continue
        if scored.units[i].text.rstrip().endswith(_LIST_CLAUSE):
            continue
        if repeats_any(text, (scored.trimmed[k] for k in chosen), "zh"):
            continue
        placed = _place(scored, drafts, i)
        if placed is None:
            continue
        draft, old = placed
        draft.take(i, old, chosen)
        added += 1
        if added >= MOST_TOTALS:
            return
