"""A policy item's label is left off a sentence that names who acts (`text.zh_label_actor`):
"（五）做好督导总结宣传。国家卫生健康委要会同……" reads as a heading glued on the instruction (a task
line is left off before any sentence: `policy_subheads.is_task_label`)."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_label_actor import opens_on_actor
from conftest import shared_article


def _bullets(name: str, index: int) -> list[str]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return [p.text for g in draft_extractive(document).groups for p in g.points]


@pytest.mark.parametrize(
    "sentence",
    [
        "国家卫生健康委要会同相关部门，加强指导和监督。",
        "行政执法机关要在执法决定作出之日起20个工作日内公开。",
        "地方各级人民政府要加强组织领导。",
        "各地、各有关部门要把这项工作作为重要抓手。",
        "财政部、人力资源社会保障部负责落实补贴。",
        "各地应当建立工作台账。",
    ],
)
def test_a_sentence_that_opens_on_its_actor_and_duty(sentence: str) -> None:
    assert opens_on_actor(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "对不裁员或少裁员的参保企业，可返还其上年度缴纳的失业保险费。",  # a measure's terms
        "建立制度，理顺关系，形成管理机制。",  # a verb phrase of no one's
        "强化内部要求，规范工作流程。",  # 内部 is no office, 要求 no duty
        "全部要在年底前完成。",
        "医院要求患者提前预约。",
        "国家将对承担任务的省份给予补助。",  # no office's name before the verb
    ],
)
def test_a_sentence_that_does_not(sentence: str) -> None:
    assert not opens_on_actor(sentence)


def test_a_task_label_is_left_off_an_instruction_that_names_its_actor() -> None:
    # record 34: "（五）做好培训宣传工作。科技部、财政部等有关部门要加强对……的宣传解读。" (record 18's
    # "（五）做好督导总结宣传。国家卫生健康委要会同……" is no longer a bullet: a concrete measure took its place)
    bullets = _bullets("zh-policy.jsonl", 34)
    publicity = next(b for b in bullets if "宣传解读" in b)
    assert publicity.startswith("科技部、财政部等有关部门要加强"), publicity


def test_a_task_line_before_a_sentence_of_no_ones_stays() -> None:
    # 国办发〔1996〕32号 (record 39): "加强援藏办学工作的领导。建立制度，理顺关系，……": s300e left the line
    # off and readers read "建立制度，……" as saying what for nowhere (2/2): it stays
    # (`policy_subheads.leaves_task_label`)
    bullets = _bullets("zh-policy.jsonl", 39)
    assert any(b.startswith("加强援藏办学工作的领导。建立制度，理顺关系") for b in bullets)
