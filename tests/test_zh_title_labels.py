"""A Chinese bullet loses a label its group's title already says, or a generic one
(`text.zh_title_labels`): "窗户和阳台潜在危险：……" under "窗户和阳台潜在危险", "预防办法：给……",
a label that tells the title's items apart, a speaker's, one before a stub, or a recipe's dish
before its "原料：" stays. Short invented sentences, and the shared articles."""

from __future__ import annotations

import pytest

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import Group
from citebrief.text.data_files import data_lines
from citebrief.text.zh_title_labels import without_title_label
from conftest import shared_article


def test_a_label_that_is_the_title_goes() -> None:
    said = "家具潜在危险：孩子容易从椅子上失足跌落。"
    assert without_title_label(said, "家具潜在危险") == "孩子容易从椅子上失足跌落。"
    assert without_title_label(said, "核心要点：家具潜在危险") == "孩子容易从椅子上失足跌落。"
    assert without_title_label(said, "家具潜在危险及预防") == "孩子容易从椅子上失足跌落。"  # a piece of it


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("春节：2月4日至10日放假调休，共7天。", "元旦、春节、国庆节"),  # which of the title's items
        ("家具潜在危险：孩子容易从椅子上失足跌落。", "家具"),  # the label says more than the title
        ("家具潜在危险：孩子容易从椅子上失足跌落。", "楼梯和地面"),
        ("张卫平：下一步，我们将继续精准发力。", "张卫平"),  # a speaker's label before 我们
        ("家具潜在危险：容易跌落。", "家具潜在危险"),  # a stub left
        ("家具潜在危险：孩子容易从椅子上失足跌落", "家具潜在危险"),  # no sentence's end
        ("大风预报：25日20时至26日20时将有6-8级风。", "台风"),  # no generic label
    ],
)
def test_other_labels_stay(text: str, title: str) -> None:
    assert without_title_label(text, title) == text


@pytest.mark.parametrize("label", data_lines("zh_generic_labels.tsv"))
def test_each_advice_label_goes(label: str) -> None:
    advice = "给窗户安装防护装置，例如安全护栏。"
    assert without_title_label(f"{label}：{advice}", "窗户") == advice


def _groups(name: str, index: int) -> list[Group]:
    document = document_from_text(shared_article(name, index), origin=f"{name}-{index}", kind="text")
    return draft_extractive(document).groups


def test_the_fall_hazards_bullets_say_no_title_again() -> None:
    # zh-clts 4 ("常见跌落危险因素及预防办法：1.窗户和阳台潜在危险：……"): a blind read marked the labels down
    groups = _groups("zh-clts.jsonl", 4)
    for group in groups:
        assert not any(p.text.startswith(f"{group.title}：") for p in group.points), group
    bullets = [p.text for g in groups for p in g.points]
    assert not any(b.startswith("预防办法：") for b in bullets), bullets
    assert any(b.startswith("与其他情况的跌落相比") for b in bullets), bullets


def test_a_recipes_line_keeps_its_dish() -> None:
    # zh-clts 0: "红枣黑芝麻粥，原料：……" under 红枣黑芝麻粥 would open on "原料：" (lines.tsv's recipe-label)
    assert without_title_label("红枣黑芝麻粥，原料：大米、红枣、黑芝麻。", "红枣黑芝麻粥").startswith("红枣黑芝麻粥，")
    lines = {g.title: [p.text for p in g.points] for g in _groups("zh-clts.jsonl", 0)}
    assert "红枣黑芝麻粥，原料：大米、红枣、黑芝麻。" in lines["红枣黑芝麻粥"], lines


def test_the_holidays_keep_their_names() -> None:
    # zh-policy 8: "春节：2月4日至10日放假调休……" under "元旦、春节、国庆节"
    bullets = [p.text for g in _groups("zh-policy.jsonl", 8) for p in g.points]
    assert any(b.startswith("春节：") for b in bullets), bullets
