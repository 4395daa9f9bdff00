"""A roundup item's scene-led bullet gives way to the item's feature (engines/zh_roundup_scenes.py)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_roundup_scenes import maker_bullets, names_feature, scene_led
from citebrief.ingest import document_from_text
from conftest import shared_article

BRANDS = frozenset({"Dyson", "戴森", "昕诺飞"})


def test_a_scene_frame_with_no_brand_before_its_turn_is_scene_led() -> None:
    assert scene_led("随着室内活动的时间不断增加，用眼疲劳这件事已经成为了全年龄层的问题。", BRANDS)
    # a scene that turns to the item names it: it stays, its item's title said by it
    assert not scene_led("在黑直长风靡的时候，女生都用直发器，而现在，Dyson戴森新出的直发器可以解决问题。", BRANDS)
    assert not scene_led("在发布会上，Dyson戴森推出了新款直发器，售价3999元。", BRANDS)  # no scene frame
    assert not scene_led("随着昕诺飞推出新款台灯，用眼疲劳有了新的解决办法。", BRANDS)  # the brand before any turn


def test_a_feature_names_the_product_with_a_figure_or_what_it_has() -> None:
    names = frozenset({*BRANDS, "美发直发器"})
    assert names_feature("这款全新发布的台灯还内置了电脑、学习、休息三种场景模式。", names)
    assert names_feature("除此之外，这一产品也搭载了戴森的智能温控技术。", names)
    assert not names_feature("柔性弹板的使用能够让发束均匀受力、受热，使造型效果更好。", names)  # no product named
    assert not names_feature("坐姿是原因之一，不当的灯光环境也是诱因。", names)


def test_a_chinese_makers_bullets_title_its_group() -> None:
    lines = [
        "连墙角都能扫干净的扫地机器人@iRobot。",
        "体感舒适的专业级桌面照明体验@昕诺飞。",
        "杯子@圣路易水晶曼哈顿系列。",
    ]
    bullets = ["昕诺飞最近发布的台灯搭载了新技术。", "这款台灯内置三种模式，在家办公也方便。"]
    assert maker_bullets(bullets, lines) == bullets[:1]
    assert maker_bullets(bullets[1:], lines) == bullets[1:]  # no maker named: all of them
    glass = ["圣路易水晶杯子很好看。", "这款杯子适合葡萄酒。"]
    assert maker_bullets(glass, lines) == glass  # no cut of a longer line is a maker


def test_clts_sample_3s_item_groups_say_features_not_scenes() -> None:
    brief = draft_extractive(document_from_text(shared_article("zh-clts.jsonl", 2), origin="x", kind="text"))
    said = [p.text for g in brief.groups[1:] for p in g.points]
    assert not any(text.startswith("随着室内活动") for text in said)
    assert any("三种场景模式" in text for text in said)
    assert "台灯" in [g.title for g in brief.groups]  # not "办公", a word its two features share
