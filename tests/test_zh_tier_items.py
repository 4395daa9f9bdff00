"""A rule's tiers that stand in item paragraphs of their own said with their lead-in as one bullet
(engines/zh_tier_items.py): on zh-policy 33, the individual income tax's special deductions, whose
housing-rent and elder-care rules each give two tiers, and on lines written for these tests."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.model import VerdictLabel
from citebrief.pipeline import draft
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article

_RENT = "纳税人在主要工作城市没有自有住房而发生的住房租金支出，可以按照以下标准定额扣除："
_ELDERS = "纳税人赡养一位及以上被赡养人的赡养支出，统一按照以下标准定额扣除："


def _brief_33():  # type: ignore[no-untyped-def]
    document = document_from_text(shared_article("zh-policy.jsonl", 33), origin="x", kind="text")
    return document, draft(document)


def test_each_tiered_rule_gives_every_tier_once() -> None:
    # before: rent in two bullets each repeating the lead-in; elder care only its second tier
    # ("纳税人为非独生子女的"), the only child's 2000元 unsaid
    document, brief = _brief_33()
    points = list(brief.points())
    rent = [p for p in points if p.text.startswith(_RENT)]
    elders = [p for p in points if p.text.startswith(_ELDERS)]
    assert len(rent) == 1 and len(elders) == 1
    assert "每月1500元；（二）除第一项所列城市以外" in rent[0].text and rent[0].text.endswith("每月800元。")
    assert rent[0].citations == [35, 36, 37]
    assert "（一）纳税人为独生子女的，按照每月2000元的标准定额扣除；（二）纳税人为非独生子女的" in elders[0].text
    index = SourceIndex(document)
    assert check_point(rent[0], index).label is VerdictLabel.supported
    assert check_point(elders[0], index).label is VerdictLabel.supported


def test_a_list_of_departments_without_figures_is_no_tiered_rule() -> None:
    # 第二十六条's ten departments: items of their own, never one bullet
    _, brief = _brief_33()
    assert not any("（一）公安部门" in p.text for p in brief.points())


_LINES = """某市老年人生活补贴办法

第一章 总 则

第一条 为保障老年人基本生活，根据有关规定，结合本市实际，制定本办法。

第二条 在本市居住满一年的老年人均可申请补贴，申请人应当提交身份证明和居住证明。

第二章 补贴标准

第三条 老年人生活补贴按照以下标准按月发放：

（一）年满80周岁不满90周岁的，每人每月补贴100元；

（二）年满90周岁的，每人每月补贴300元。

第四条 补贴资金由市、区两级财政分担，按季度拨付到各区县民政部门。

第五条 补贴发放情况每年向社会公布一次，接受社会监督。

第三章 附 则

第六条 本办法自2024年1月1日起施行，原有补贴标准同时废止。
"""


def test_written_tiers_are_said_together() -> None:
    document = document_from_text(_LINES, origin="x", kind="text")
    texts = [p.text for p in draft(document).points()]
    tiered = [t for t in texts if "100元" in t or "300元" in t]
    assert len(tiered) == 1, texts
    assert tiered[0] == (
        "老年人生活补贴按照以下标准按月发放：（一）年满80周岁不满90周岁的，每人每月补贴100元；"
        "（二）年满90周岁的，每人每月补贴300元。"
    )
