"""A body's function list said as an analyst reads it. A Chinese 批复 or 方案 that sets up a joint
meeting, a working group or a committee lists what the body does under "一、主要职能" as one
paragraph of "；" items ("贯彻落实……；统筹协调全国职业教育工作，研究解决职业教育重大问题；……；完成
党中央、国务院交办的其他事项。"). Its group quoted two of them, cut at "；", with no subject, under a
title that was all the lead-in they had, and the core functions went unsaid (zh-policy 30, 17;
blind read: "stripped items of a semicolon list with no subject"). Issue 9: a list item carries
its lead-in. The list is said whole after the body's short name and the heading ("联席会议主要职能：
贯彻落实……；……；督促检查……的落实情况。", `speaker_label.zh_duty_labelled`, which verify reads
back), its closing boilerplate duty ("完成……交办的其他事项", lines.tsv other-matters) left out, as
the overview's second point: right after the decision that sets the body up ("同意建立……联席会议
制度。"), it says what the body does. The group that quoted the items goes; its other bullets, if
any, keep it.

Only where the body's short name is given ("（以下简称联席会议）") before the heading, no group but
one theme group quotes the list, the overview has room (`MAX_OVERVIEW`) or, full, holds the
decision's note right after it ("联席会议不刻制印章，不正式行文，……", which gives its place: zh-policy 30,
whose overview says the old meeting's abolition too, `zh_body_names`), the list fits a
bullet (`zh_list_shapes.LIST_BULLET_CHARS`) and repeats no other bullet (`repeats_any`:
zh-policy 17's list shares "2008年北京奥运会首都国际机场" with "同意组建……协调委员会。"); else the
brief stays as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Scored
from citebrief.engines.zh_list_shapes import FINAL, LIST_BULLET_CHARS, MIN_GROUP_POINTS, SEMICOLON
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import is_structure
from citebrief.text.speaker_label import zh_duty_labelled

# the heading of a body's functions ("一、主要职能", "（一）主要职责", "工作职责"), the heading's words as `duty`
FUNCTION_HEADING = LazyPattern(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?\s*(?P<duty>(?:主要|工作)?(?:职能|职责))[。]?$"
)
# the body's short name, where the sentence that sets it up gives one: "（以下简称联席会议）"
_SHORT_NAME = LazyPattern(r"[（(]以下简称[“\"]?([\u4e00-\u9fff]{2,12})[”\"]?[)）]")
MIN_ITEMS = 3  # a list: two "；" items and the last
MAX_OVERVIEW = 4  # the overview's points at most (tests/test_evaluate.py)


def _list_units(scored: Scored, heading: int) -> list[int]:
    """The sentences of the paragraph after function heading `heading` where they are one list
    ("……；……；……。"), else none."""
    units = scored.units
    if heading + 1 >= len(units):
        return []
    paragraph = units[heading + 1].paragraph
    found = [k for k in range(heading + 1, len(units)) if units[k].paragraph == paragraph]
    texts = [units[k].text.strip() for k in found]
    if len(found) < MIN_ITEMS or not all(t.endswith(SEMICOLON) for t in texts[:-1]) or not texts[-1].endswith(FINAL):
        return []
    return found


def _short_name(scored: Scored, heading: int) -> tuple[int, str] | None:
    """The body's short name ("联席会议") as the sentence before the heading that sets it up gives
    it, with that sentence's paragraph; None where no sentence of the heading's part does."""
    for k in range(heading - 1, -1, -1):
        if scored.units[k].heading:
            return None
        found = _SHORT_NAME.search(scored.units[k].text)
        if found is not None:
            return scored.units[k].paragraph, found.group(1)
    return None


def _whole(scored: Scored, items: Sequence[int], name: str, duty: str) -> str | None:
    """The list after its lead-in ("联席会议主要职能："), its closing boilerplate items left out and
    its last kept item closed on "。"; None where it passes a bullet's length."""
    kept = [scored.units[k].text.strip() for k in items]
    while kept and is_structure(kept[-1]):
        kept.pop()  # "完成党中央、国务院交办的其他事项。"
    if len(kept) < 2:
        return None
    body = "".join(kept)
    text = zh_duty_labelled(name, duty, body[:-1] + "。" if body.endswith(SEMICOLON) else body)
    return text if len(text) <= LIST_BULLET_CHARS else None


def _decision_note(scored: Scored, overview: list[int]) -> int | None:
    """The overview's point on the sentence right after its first point's in that paragraph (the
    decision's note: "联席会议不刻制印章，不正式行文，……"), by its place in `overview`; None where none."""
    if not overview:
        return None
    first = overview[0]
    units = scored.units
    return next(
        (
            k
            for k, i in enumerate(overview)
            if k > 0 and i == first + 1 and i < len(units) and units[i].paragraph == units[first].paragraph
        ),
        None,
    )


def function_lists(scored: Scored, said: list[list[int]], points: list[list[Point]]) -> None:
    """A theme group's bullets on items of a body's function list (`FUNCTION_HEADING`) leave it for
    the list said whole after its lead-in, the overview's second point; a group left with fewer
    than two bullets goes (`points` and `said` updated in place, a gone group's lists emptied)."""
    if scored.lang != "zh" or not points:
        return
    note = _decision_note(scored, said[0]) if len(points[0]) >= MAX_OVERVIEW else None
    if len(points[0]) >= MAX_OVERVIEW and note is None:
        return
    units = scored.units
    for heading, unit in enumerate(units):
        found = FUNCTION_HEADING.match(unit.text.strip()) if unit.heading else None
        if found is None:
            continue
        items = _list_units(scored, heading)
        holders = [g for g, mine in enumerate(said) if any(k in mine for k in items)]
        named = _short_name(scored, heading)
        if len(holders) != 1 or holders[0] == 0 or named is None:
            continue  # the list nowhere, in the overview or across groups; no name to say it of
        whole = _whole(scored, items, named[1], found.group("duty"))
        g = holders[0]
        others = [
            p.text for n, group in enumerate(points) for k, p in enumerate(group) if n != g or said[g][k] not in items
        ]
        if whole is None or repeats_any(whole, others, "zh"):
            continue  # too long, or a repeat of a bullet ("同意组建……协调委员会。", zh-policy 17)
        if note is not None:  # a full overview: the decision's note gives the list its place
            del points[0][note], said[0][note]
        kept = [k for k, i in enumerate(said[g]) if i not in items]
        points[g] = [points[g][k] for k in kept] if len(kept) >= MIN_GROUP_POINTS else []
        said[g] = [said[g][k] for k in kept] if points[g] else []
        at = min(1, len(points[0]))
        points[0].insert(at, Point(text=whole, citations=sorted({named[0], units[items[0]].paragraph})))
        said[0].insert(at, items[0])
        return
