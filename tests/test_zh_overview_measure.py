"""An overview subject that is a quantity of a thing gives way to the thing
(`zh_overview_measure.measured_thing`): "制造业贷款", not "制造业贷款余额"."""

from __future__ import annotations

from citebrief.text.zh_overview_measure import measured_thing
from conftest import shared_article, shared_group_titles


def test_a_quantity_head_gives_way_to_the_thing_measured() -> None:
    texts = ["上半年，该行发放制造业贷款2507亿元，制造业贷款余额突破1.1万亿元。"]
    used = {"制造业贷款余额"}
    assert measured_thing("制造业贷款余额", texts, used) == "制造业贷款"
    assert used == {"制造业贷款"}


def test_a_thing_too_short_or_unsaid_keeps_its_quantity() -> None:
    assert measured_thing("风圈半径", ["七级风圈半径300到400公里。"], set()) == "风圈半径"
    # the rest is no phrase the text says on word boundaries
    assert measured_thing("参保人数", ["参保人数增加。"], set()) == "参保人数"


def test_a_subject_with_no_quantity_stays() -> None:
    assert measured_thing("制造业贷款", ["发放制造业贷款"], set()) == "制造业贷款"


def test_a_news_item_on_manufacturing_loans_is_titled_by_the_loans() -> None:
    """zh-news record 97 (国家开发银行's loans to manufacturing), read in place."""
    assert "制造业贷款余额" in shared_article("zh-news.jsonl", 97)
    assert shared_group_titles("zh-news.jsonl", 97)[0] == "核心要点：制造业贷款"
