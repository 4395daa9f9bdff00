"""A thing's label before a sentence with no subject of its own stays on the bullet though the
group's title names it (`text.zh_label_subject`): "（一）汽车号牌。字符共8位，……" without its label
says of no plate what it says; a measure's or principle's label the title names still goes."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_label_subject import label_is_subject
from conftest import shared_article


def _groups(name: str, index: int) -> list[tuple[str, list[str]]]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return [(g.title, [p.text for p in g.points]) for g in draft_extractive(document).groups]


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        pytest.param("汽车号牌", "字符共8位，依次为省汉字简称、四位序号和汉字“应急”组成。", id="count"),
        pytest.param("摩托车号牌", "字符共7位，依次为汉字“应急”、三位序号组成。", id="motorcycle"),
        pytest.param("汽车号牌", "规格为480毫米×140毫米。", id="attribute"),
    ],
)
def test_a_things_label_before_a_sentence_of_no_subject(label: str, sentence: str) -> None:
    assert label_is_subject(label, sentence)


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        pytest.param("坚持依法规范", "全面履行法定职责，规范办事流程。", id="principle-label"),
        pytest.param("落实治理责任分工", "按照各个环节的工作要求，明晰各项工作的主责。", id="measure-label"),
        pytest.param("汽车号牌", "专用号牌为白底黑字，配以红色汉字“应急”。", id="own-subject"),
        pytest.param("汽车号牌", "应急部的专用号牌不用英文字母。", id="own-subject-of"),
        # the tagger reads this principle's label as two nouns; its sentence opens on a verb
        pytest.param("集约节约", "加强统筹规划和顶层设计，优化技术、资金、人员等要素配置。", id="verb-first"),
    ],
)
def test_a_label_that_is_no_subject(label: str, sentence: str) -> None:
    assert not label_is_subject(label, sentence)


def test_the_car_plates_rule_keeps_its_label_under_a_title_that_names_it() -> None:
    # 国办发〔2018〕114号 (record 32), its annex: "（一）汽车号牌。字符共8位，……。其中，……"
    groups = _groups("zh-policy.jsonl", 32)
    rule = next(b for _, bullets in groups for b in bullets if "四位序号" in b and "X代表消防救援" in b)
    assert rule.startswith("汽车号牌。字符共8位"), rule


def test_a_principle_label_the_title_lists_still_goes() -> None:
    # 国办发〔2018〕118号 (record 5): "坚持依法规范。全面履行法定职责……" under "基本原则：依法规范、……"
    groups = _groups("zh-policy.jsonl", 5)
    principle = next(b for _, bullets in groups for b in bullets if "全面履行法定职责" in b)
    assert principle.startswith("全面履行法定职责"), principle
