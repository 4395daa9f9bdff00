"""A lead-in said with one item of a long list (engines/zh_lone_items.py): on zh-policy 33, 第二十六条's
ten departments, of which the brief gave the seventh alone; and on lines written for these tests,
whose five services are short enough to be named together with their lead-in."""

from __future__ import annotations

from citebrief.engines import policy_parts as parts
from citebrief.engines.annexes import list_levels
from citebrief.engines.cited_points import cited_points, quote_layout
from citebrief.engines.scored import Scored
from citebrief.engines.scoring import score
from citebrief.engines.zh_lone_items import lone_items_settled
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.text.outline import find_outline
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article

_DEPARTMENTS = "有关部门和单位有责任和义务向税务部门提供或者协助核实以下与专项附加扣除有关的信息："


def test_one_department_of_ten_gives_way_to_a_sentence_of_its_own() -> None:
    # before: "……以下与专项附加扣除有关的信息：自然资源部门有关不动产登记信息。" [55][62], the seventh
    # of ten items; the ten heads run past 400 characters, so the group says the five-year rule instead
    document = document_from_text(shared_article("zh-policy.jsonl", 33), origin="x", kind="text")
    brief = draft(document)
    assert not any(p.text.startswith(_DEPARTMENTS) for p in brief.points())
    group = next(g for g in brief.groups if any("留存五年" in p.text for p in g.points))
    kept = [p.text for p in group.points]
    assert kept[1] == "本办法规定纳税人需要留存备查的相关资料应当留存五年。", kept
    assert [p.citations for p in group.points] == [[52], [54], [67], [69]]  # in source order
    assert check_point(group.points[1], SourceIndex(document)).label is VerdictLabel.supported


_LINES = """某市社区养老服务办法

第一章 总 则

第一条 为发展社区养老服务，根据有关规定，结合本市实际，制定本办法。

第二条 本市社区养老服务由各区民政部门统一管理，街道办事处负责组织实施。

第二章 服务内容

第三条 社区养老服务中心应当为辖区老年人提供以下服务：

（一）助餐服务，每餐收费不超过12元，八十周岁以上老人减半；

（二）助浴服务，由专业护理人员上门提供；

（三）日间照料，为失能老人提供白天托管；

（四）健康咨询，每月组织一次义诊；

（五）文化娱乐，定期组织老年人参加文体活动。

第四条 社区养老服务中心的建设资金由市、区两级财政按照六比四的比例分担，按季度拨付到位。
"""


def _scored(text: str) -> Scored:
    """The article read as the extractive engine reads it, its list items given their lead-in."""
    document = document_from_text(text, origin="x", kind="text")
    texts = [s.text for s in document.segments]
    outline = find_outline(texts, document.lang)
    return score(document, parts.point_headings(outline, texts, list_levels(outline, texts)), True)[0]


def _settled(scored: Scored, picked: list[list[int]]) -> list[list[Point]]:
    layout = quote_layout(scored)
    points = [cited_points(scored, mine, picked, "", layout) for mine in picked]
    lone_items_settled(scored, picked, points, lambda g, k: cited_points(scored, [k], picked, "", layout)[0])
    return points


def _at(scored: Scored, opening: str) -> int:
    return next(u.index for u in scored.units if u.text.strip().startswith(opening))


def test_short_items_are_named_with_their_lead_in() -> None:
    scored = _scored(_LINES)
    picked = [[_at(scored, "第二条"), _at(scored, "（四）"), _at(scored, "第四条")]]
    points = _settled(scored, picked)
    assert points[0][1].text == (
        "社区养老服务中心应当为辖区老年人提供以下服务：（一）助餐服务；（二）助浴服务；（三）日间照料；"
        "（四）健康咨询；（五）文化娱乐。"
    )
    assert len(points[0]) == 3 and points[0][1].citations == [5, 6, 7, 8, 9, 10]


def test_two_items_quoted_are_a_list_the_group_reads() -> None:
    scored = _scored(_LINES)
    picked = [[_at(scored, "第二条"), _at(scored, "（一）"), _at(scored, "（四）")]]
    before = [cited_points(scored, picked[0], picked, "", quote_layout(scored))]
    assert _settled(scored, [list(picked[0])]) == before


def test_a_short_list_keeps_its_item() -> None:
    lines = _LINES.replace("\n\n（四）健康咨询，每月组织一次义诊；\n\n（五）文化娱乐，定期组织老年人参加文体活动。", "")
    lines = lines.replace("白天托管；", "白天托管。")
    scored = _scored(lines)
    picked = [[_at(scored, "第二条"), _at(scored, "（二）"), _at(scored, "第四条")]]
    before = [cited_points(scored, picked[0], picked, "", quote_layout(scored))]
    assert before[0][1].text.startswith("社区养老服务中心应当为辖区老年人提供以下服务：")
    assert _settled(scored, [list(picked[0])]) == before
