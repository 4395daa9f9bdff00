"""A Chinese item that ends on a plan or an outlook ("公司计划在全球扩展业务……") or on its counted
outcome ("最终找回了……4名被拐儿童") has it said."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_closing_plans import closing_outcome, closing_plan
from citebrief.ingest import document_from_text
from conftest import shared_article


def test_a_plan_or_an_outlook_not_a_hope_or_an_urging() -> None:
    assert closing_plan("公司计划在全球扩展业务，尤其是汽车和工业领域的设备业务。")
    assert closing_plan("下一步，相关部门将深入推进“机器人+”应用行动，做强细分领域落地应用，加快成熟场景普及推广。")
    # "应用" is no "应……": the trend a report sees is an outlook
    assert closing_plan("针对机器人产业未来发展趋势，报告指出，机器人产业新技术加快融合创新突破，应用场景持续扩展。")
    assert not closing_plan("时隔一年多，成都大运会顺利举办，必将为推动构建人类命运共同体谱写新的青春篇章。")
    assert not closing_plan("下一步应进一步用好公开信息，让对部门的公开监督落到实处，打造透明政府、阳光财政。")
    assert not closing_plan("总之，不要给自己任何借口，动起来才重要。")


def _said(name: str, index: int) -> list[str]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return [point.text for group in draft_extractive(document).groups for point in group.points]


def test_a_companys_planned_expansion_is_said() -> None:
    # clts_plus_sample_5: Panasonic leaves LCD panels; readers missed its automotive and industrial plan
    assert "公司计划在全球扩展业务，尤其是汽车和工业领域的设备业务。" in _said("zh-clts.jsonl", 11)


def test_a_rhetorical_close_is_left_out() -> None:
    said = _said("zh-news.jsonl", 1)  # ..., ends "……必将为推动构建人类命运共同体谱写新的青春篇章。"
    assert not any("必将为推动构建人类命运共同体" in text for text in said)


def test_an_outcome_with_a_count_not_one_without() -> None:
    assert closing_outcome("经专班民警多年不懈努力，最终找回了包括周俊在内的4名被拐儿童。")
    assert closing_outcome("截至目前，警方已先后抓获犯罪嫌疑人十二名，案件正在进一步侦办中。")
    assert not closing_outcome("经过多方努力，双方最终达成了和解，当事人对处理结果表示满意。")  # no count
    assert not closing_outcome("全年共接待游客30万人次，同比增长两成。")  # a count, but no end reached


def test_an_abduction_cases_outcome_is_said() -> None:
    # zh-news record 140 (_L1272): readers missed that four abducted children were found
    assert "经专班民警多年不懈努力，最终找回了包括周俊在内的4名被拐儿童。" in _said("zh-news.jsonl", 140)
