"""A lead-in bullet carries the numbered items no bullet quotes (engines/zh_lead_in_items.py), on
lines written for these tests: a bike-sharing rule's fine for three acts it lists below."""

from __future__ import annotations

from citebrief.engines import policy_parts as parts
from citebrief.engines.annexes import list_levels
from citebrief.engines.cited_points import cited_points, quote_layout
from citebrief.engines.scored import Scored
from citebrief.engines.scoring import score
from citebrief.engines.zh_lead_in_items import LISTED_CHARS, lead_ins_listed
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.text.outline import find_outline
from citebrief.verify import SourceIndex, check_point

_LEAD = "经营企业有下列行为之一的，由市交通运输主管部门责令限期改正，可以处1万元以上3万元以下的罚款："
_ITEMS = ("（一）未按规定投放车辆；", "（二）未及时清理故障车辆，影响道路通行；", "（三）未公示收费标准。")
_LONG = "（一）未按规定投放车辆，" + "，".join(["超出核定数量在地铁站出入口集中停放车辆"] * 12) + "；"


def _lines(*items: str) -> str:
    body = "\n\n".join((_LEAD, *items))
    return f"""某市共享单车管理办法

第一章 总 则

第一条 为规范共享单车经营行为，根据有关规定，结合本市实际，制定本办法。

第二章 法律责任

{body}

第十一条 本办法自2030年1月1日起施行。
"""


def _scored(text: str) -> Scored:
    document = document_from_text(text, origin="x", kind="text")
    texts = [s.text for s in document.segments]
    outline = find_outline(texts, document.lang)
    return score(document, parts.point_headings(outline, texts, list_levels(outline, texts)), True)[0]


def _listed(text: str, *openings: str) -> tuple[Scored, list[Point]]:
    scored = _scored(text)
    picked = [[next(u.index for u in scored.units if u.text.strip().startswith(o)) for o in openings]]
    points = [cited_points(scored, mine, picked, "", quote_layout(scored)) for mine in picked]
    lead_ins_listed(scored, picked, points)
    return scored, points[0]


def test_the_fine_names_the_acts_it_is_for() -> None:
    text = _lines(*_ITEMS)
    _, points = _listed(text, "经营企业")
    said = points[0]
    assert said.text == (
        "经营企业有下列行为之一的，由市交通运输主管部门责令限期改正，可以处1万元以上3万元以下的罚款："
        "（一）未按规定投放车辆；（二）未及时清理故障车辆，影响道路通行；（三）未公示收费标准。"
    )
    assert said.citations == [4, 5, 6, 7]
    document = document_from_text(text, origin="x", kind="text")
    assert check_point(said, SourceIndex(document)).label is VerdictLabel.supported


def test_an_item_too_long_is_said_by_its_head_and_a_short_one_keeps_its_condition() -> None:
    assert len(_LEAD) + len(_LONG) > LISTED_CHARS  # said whole, the list would run past a bullet
    _, points = _listed(_lines(_LONG, *_ITEMS[1:]), "经营企业")
    # only the long item is cut; "未及时清理故障车辆" alone would fine a broken bike that blocks nothing
    assert points[0].text.endswith(
        "罚款：（一）未按规定投放车辆；（二）未及时清理故障车辆，影响道路通行；（三）未公示收费标准。"
    )


def test_a_list_a_bullet_quotes_is_left_to_that_bullet() -> None:
    _, points = _listed(_lines(*_ITEMS), "经营企业", "（三）")
    assert points[0].citations == [4]
    assert not points[0].text.endswith("收费标准。")
