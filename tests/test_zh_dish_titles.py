"""The front of a dish's name, cut at its cooking verb, titles no group: the dish does."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_poor_titles import poor_zh_title
from conftest import shared_article


def test_the_front_of_a_dish_name_is_a_poor_title() -> None:
    texts = ["荠菜火腿拌天目春笋，风味清爽而饱满。", "让人觉得熟悉的莫过于是荠菜火腿拌天目春笋。"]
    assert poor_zh_title("荠菜火腿", texts)
    assert not poor_zh_title("天目春笋", texts)
    assert not poor_zh_title("荠菜火腿", [*texts, "荠菜火腿是江南的老味道。"])  # said alone once: a thing
    assert not poor_zh_title("房价", ["房价炒作之风有所收敛。"])  # 炒作 is a word of its own
    assert not poor_zh_title("荠菜火腿")  # no text to read it in


def test_a_spring_menu_group_is_titled_by_its_dish() -> None:
    """zh-clts record 3: the group on the hotel's bamboo-shoot dishes was titled '荠菜火腿'; since s83a
    its caption's whole dish name ('荠菜火腿拌天目春笋', `zh_captions.caption_names`) titles it."""
    document = document_from_text(shared_article("zh-clts.jsonl", 3), origin="zh-clts-3", kind="text")
    titles = [group.title for group in draft(document).groups]
    assert "荠菜火腿" not in titles
    assert "荠菜火腿拌天目春笋" in titles
