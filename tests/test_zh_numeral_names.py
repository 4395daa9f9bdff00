"""A Chinese numeral or a year that is part of a name is no figure (`text/zh_numeral_names.py`)."""

from __future__ import annotations

import pytest

from citebrief.engines.scored import figures_in
from citebrief.model import Lang
from citebrief.text.data_files import rows_by_kind
from citebrief.text.numbers import find_quantities
from citebrief.text.repeated_figures import figure_keys

_NAMES = rows_by_kind("zh_numeral_names.tsv")["name"]
_UNITS = rows_by_kind("zh_numeral_names.tsv")["unit"]
_ZH: Lang = "zh"


@pytest.mark.parametrize("name", _NAMES)
def test_a_listed_name_states_no_figure(name: str) -> None:
    text = f"记者从{name}获悉，当地举行活动。"
    assert find_quantities(text) == []
    assert not figures_in(text)


def test_the_same_numeral_outside_the_name_still_counts() -> None:
    # 三元 as money, not as the district 三元区
    assert figures_in("每斤售价三元钱。") == {"number:3"}


_FUSED_YEARS = (
    "2022景贤杯足球赛开幕。",
    "启动2023“北京·景贤杯”创新创业大赛。",
    "2023世界机器人大会在北京举行。",
    "2023拉萨雪顿节招商引资推介会举行。",
)


@pytest.mark.parametrize("text", _FUSED_YEARS)
def test_a_year_fused_into_a_name_is_no_figure(text: str) -> None:
    assert not figures_in(text)
    assert not figure_keys(text, _ZH)  # the repeated-figure check read it so already


@pytest.mark.parametrize("unit", _UNITS)
def test_a_listed_unit_keeps_the_number_a_figure(unit: str) -> None:
    # 2000万 reads as twenty million, 2000至 as a year: each still a figure
    assert figures_in(f"共有2000{unit}参加。")


_COUNTS_AND_YEARS = ("种植面积达2000亩以上。", "共2000名学生参加。", "2023年5月举行。", "2023至2025年实施。")


@pytest.mark.parametrize("text", _COUNTS_AND_YEARS)
def test_a_count_or_a_year_after_a_number_still_reads(text: str) -> None:
    assert find_quantities(text)
