"""A Chinese news item's headline figures: the record it reports, the change it measures
("由至少4小时……变成仅需1小时"), and the specific a vague line only announces ("众多郫都产品也将服务
成都大运会。大运会使用的上百台氢燃料客车由郫都企业制造") are what a reader reads it for. The
engine's weights and its rule against saying one point twice pass over them; these rules put them
back, after coverage, in a brief that is not a policy's."""

from __future__ import annotations

from citebrief.engines.bullets import near_duplicate, repeats_any
from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored, swap_everywhere
from citebrief.text.lazy_re import LazyPattern

GROUP_ROOM = 3  # a group with fewer bullets takes a headline figure besides what it says
HEADLINE_CHARS = 20  # a shorter line is a headline of its own ("河北动态调整防汛防台风应急响应。")
NEWS_PARAGRAPHS = 12  # a longer article argues: its reasons are points, its figures examples

# a figure: digits, or a count in words ("上百台", "数十家", "百余名")
_FIGURE = LazyPattern(r"\d|[上数几近]?[十百千万亿][余多]?[台辆家名人个项件座条吨元]")
# a record, or a before→after change a sentence measures
_HEADLINE = LazyPattern(
    r"(?:刷新|打破|创下?)[^，。；]{0,16}(?:纪录|记录|新高|新低)"
    r"|[由从]原?[本来先]?[^，。；]{0,30}\d[^，。；]{0,16}(?:缩短|减少|降低?|下降|提高|提升|增加|增长|扩大|压缩)[至到为]"
    r"|原本[^。；]{0,40}\d[^。；]{0,16}变成[^。；]{0,12}\d"
)
# a line that announces what it does not say: "众多……也将……", "一批……", "如下"
_VAGUE = LazyPattern(
    r"^[^。；]{0,12}(?:众多|诸多|大批|一批|一系列|不少|许多)[^。；]*?也将|如下[：:。]?$|以下[^。]{0,8}[：:]$"
)


def headline_figure(text: str) -> bool:
    """Whether a sentence states a record or a measured change with its figure."""
    return _FIGURE.search(text) is not None and _HEADLINE.search(text) is not None


def _record_key(text: str) -> str | None:
    """The record a sentence reports ("新疆冬小麦高产纪录"), None where it reports none."""
    found = _HEADLINE.search(text)
    if found is None or not found.group().endswith(("纪录", "记录")):
        return None
    return found.group()[-12:]


def headline_changes(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """A sentence that states a record or a measured change ("刷新……纪录", "由4小时缩短至1小时") and
    no bullet cites gets one: it takes the place of a bullet that reports the same record earlier
    (the latest record is the item's news: "2023年……又以亩产870.2公斤，刷新……纪录" over 2021's), or
    joins a group citing its paragraph that has room."""
    if scored.lang != "zh":
        return
    units = scored.units
    for i in scored.usable:
        text = scored.trimmed[i]
        if i in chosen or not headline_figure(text):
            continue
        key = _record_key(text)
        earlier = next(
            (k for k in chosen if k < i and key is not None and _record_key(scored.trimmed[k]) == key),
            -1,
        )
        if earlier >= 0:
            swap_everywhere(drafts, chosen, earlier, i)
            continue
        if repeats_any(text, (scored.trimmed[k] for k in chosen), "zh"):
            continue
        home = next(
            (
                d
                for d in drafts
                if len(d.picked) < GROUP_ROOM and any(units[k].paragraph == units[i].paragraph for k in d.picked)
            ),
            None,
        )
        if home is not None:
            home.add(i, chosen)


def say_what_is_announced(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """A bullet that announces without saying ("众多郫都产品也将服务成都大运会。", "……如下：") gives way
    to the next sentence of its paragraph, where that sentence states a figure no bullet states."""
    if scored.lang != "zh":
        return
    units = scored.units
    for k in list(chosen):
        clause = scored.trimmed[k].rpartition("，")[2]  # "除了以上3处大运场馆，众多……也将……"
        if _FIGURE.search(clause) or not _VAGUE.search(clause):
            continue
        following = k + 1
        if (
            following in scored.usable
            and following not in chosen
            and units[following].paragraph == units[k].paragraph
            and _FIGURE.search(scored.trimmed[following])
            and not any(near_duplicate(scored.trimmed[following], scored.trimmed[j], "zh") for j in chosen if j != k)
        ):
            swap_everywhere(drafts, chosen, k, following)


# an amount a news item reports: money, a share or rate, a fine
_AMOUNT = LazyPattern(r"\d+(?:\.\d+)?(?:万|亿)?(?:元|美元|港元)|\d+(?:\.\d+)?%")


_REASON = LazyPattern(r"因[^此而为]|由于|导致|原因|预计|有望")  # a reason or a forecast is a point, not a vague line
_WHEN = LazyPattern(r"第[一二三四]季度|[上下]半年|年底|年内|月底|月初")  # a time said in words
_LIST_TAIL = LazyPattern(r"^(?:包括|主要有|分别是|分别为)")  # "包括GDP增长5.5%左右……": the rest of a sentence


def _leans(text: str) -> bool:
    """Whether a sentence cannot stand for the bullet it would replace: it leans on the one before."""
    return dangling(text, "zh") or _LIST_TAIL.search(text) is not None


def swap_for_news_amounts(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """A side group's bullet that states no figure ("当事人的行为违反了……构成……违法行为。") gives
    way, once a group, to the first sentence of its own paragraph that states an amount, a rate or a
    fine no bullet states ("……依法对当事人作出罚款3万元的行政处罚。", "……出口总额增长4.1%"). A bullet
    that gives a reason or a forecast stays (`_REASON`: "……因遭遇做空……引起贝恩资本的兴趣", "预计
    ……有望重新企稳"), one that says when in words ("……在今年第四季度完成") and one that opens its
    paragraph or is as short as a headline (what the paragraph is about: "河北动态调整防汛防台风应急
    响应。"); so does any in an
    article longer than a news item (NEWS_PARAGRAPHS), an essay whose figures illustrate its reasons."""
    if scored.lang != "zh" or len(scored.paragraph_vectors) > NEWS_PARAGRAPHS:
        return
    units = scored.units
    for draft in drafts[1:]:
        for k in draft.picked:
            opens = k == 0 or units[k - 1].paragraph != units[k].paragraph
            if (
                opens
                or len(scored.trimmed[k]) < HEADLINE_CHARS
                or any(p.search(scored.trimmed[k]) for p in (_FIGURE, _REASON, _WHEN))
            ):
                continue
            others = [scored.trimmed[j] for j in chosen if j != k]
            better = (
                i
                for i in scored.usable
                if units[i].paragraph == units[k].paragraph
                and i not in chosen
                and _AMOUNT.search(scored.trimmed[i])
                and not _leans(scored.trimmed[i])
                and not repeats_any(scored.trimmed[i], others, "zh")
            )
            i = next(better, -1)
            if i >= 0:
                swap_everywhere(drafts, chosen, k, i)
                break
