"""A dish's photo caption with no verb ("……，风味清爽而饱满，咸鲜香嫩。") that a later sentence of its
paragraph names again is no bullet, and names the roundup item its group is titled by
(text/zh_captions.py: `caption_name`, `named_caption`, `caption_names`)."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.zh_captions import caption_name, caption_names, named_caption
from citebrief.text.zh_roundup import roundup_items
from conftest import shared_article


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("春笋炒鸡丝，口感清爽，咸鲜香嫩。", "春笋炒鸡丝"),
        ("松仁玉米烙，金黄酥脆、香甜可口。", "松仁玉米烙"),
        ("桂花糖藕，自然的清甜之味。", "桂花糖藕"),
        ("桂花糖藕，灵感来自江南的家常甜品。", ""),  # a clause that does something: the story's
        ("桂花糖藕，吃的是软糯香甜。", ""),
        ("中心城区多云，气温29℃至37℃。", ""),  # figures: a weather line says something
        ("今年以来，各地稳步推进。", ""),  # no name: when
        ("坚持因地制宜，分类指导。", ""),  # no name: a verb opens it
        ("健全监测体系，稳妥有序。", ""),  # a measure, as a policy's line opens
        ("凉拌春笋鸡丝，口感清爽。", ""),  # a dish a verb opens too: let go
        ("松仁玉米烙，金黄酥脆，香甜可口，老少皆宜，回味无穷。", ""),  # four clauses: no caption
        ("春笋炒鸡丝：口感清爽。", ""),
    ],
)
def test_a_caption_is_a_name_then_short_clauses_with_no_verb(text: str, name: str) -> None:
    assert caption_name(text) == name


def test_a_caption_is_no_bullet_only_where_a_later_sentence_of_its_paragraph_names_it() -> None:
    texts = ["松仁玉米烙，金黄酥脆、香甜可口。", "餐厅推出了新菜。", "最受欢迎的是松仁玉米烙。", "松仁玉米烙卖完了。"]
    assert named_caption(texts, [1, 1, 1, 2], 0)
    assert not named_caption(texts, [1, 1, 2, 2], 0)  # named again only in the next paragraph
    assert not named_caption(["松仁玉米烙，金黄酥脆、香甜可口。", "餐厅推出了新菜。"], [1, 1], 0)
    assert not named_caption(texts, [1, 1, 1, 2], 2)
    assert caption_names(texts) == [(0, "松仁玉米烙")]
    assert caption_names(texts[:2]) == []


def _clts_spring_shoots() -> tuple[list[str], str]:
    """zh-clts clts_sample_4 (春笋 dishes at hotel restaurants, one block): its bullets and titles."""
    brief = draft_extractive(document_from_text(shared_article("zh-clts.jsonl", 3), origin="x", kind="text"))
    return [p.text for g in brief.groups for p in g.points], "|".join(g.title for g in brief.groups)


def test_a_dish_caption_is_no_bullet_beside_the_sentence_that_names_the_dish_again() -> None:
    # s83a: "荠菜火腿拌天目春笋，风味清爽而饱满，咸鲜香嫩。" stood beside "……莫过于是荠菜火腿拌天目春笋。"
    bullets, titles = _clts_spring_shoots()
    assert not any(b.startswith("荠菜火腿拌天目春笋，") for b in bullets)
    assert any(b.endswith("莫过于是荠菜火腿拌天目春笋。") for b in bullets)
    # its group is titled by the dish the caption names, not by the ham the sentence after it adds
    assert "|荠菜火腿拌天目春笋|" in f"|{titles}|"


def test_a_dish_a_caption_names_is_a_roundup_item() -> None:
    lines = ["春天到了。", "松仁玉米烙，金黄酥脆、香甜可口。", "最受欢迎的是松仁玉米烙。", "桂花糖藕，清甜软糯。"]
    assert roundup_items([*lines, "桂花糖藕卖完了。"]) == ["松仁玉米烙", "桂花糖藕"]
    assert roundup_items(lines) == []  # one item named again: no roundup
