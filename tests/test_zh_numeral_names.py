"""A Chinese numeral or a year that is part of a name is no figure (`text/zh_numeral_names.py`)."""

from __future__ import annotations

import pytest
from tests.helpers import verdict_on

from citebrief.engines.scored import figures_in
from citebrief.model import Lang, VerdictLabel
from citebrief.text.data_files import rows_by_kind
from citebrief.text.numbers import find_quantities
from citebrief.text.repeated_figures import figure_keys
from conftest import shared_article

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


_WORDS = rows_by_kind("zh_numeral_names.tsv")["word"]
_CLASSES = rows_by_kind("zh_numeral_names.tsv")["class"]


@pytest.mark.parametrize("word", _WORDS)
def test_a_listed_word_opening_on_a_numeral_states_no_figure(word: str) -> None:
    # 零部件 read as the figure 0, 千米 as 1000: figures_in and verify counted what figure_keys did not
    text = f"每{word}都要检查。"
    assert find_quantities(text) == []
    assert not figures_in(text)


@pytest.mark.parametrize("char", _CLASSES)
def test_a_year_before_a_class_character_is_no_figure(char: str) -> None:
    text = f"高2025{char}4班学生参加。"
    assert [q.text for q in find_quantities(text)] == ["4"]  # the class's 4, not 2025


def test_the_figure_beside_a_listed_word_still_reads() -> None:
    # zh-news 160: "约22千米" is twenty-two (of km), no 1000 beside it; zh-news 30: 零部件 no 0
    assert figures_in("修复长度约22千米。") == {"number:22"}
    assert figures_in("共拆卸零部件300个。") == {"number:300"}
    assert figures_in("跑完三千米。") == {"number:3000"}  # 三千 米: the numeral's own run
    assert figures_in("登上2000级台阶。") == {"number:2000"}  # 级 counts steps: no class's year


_PAGE = ["线路全长60.9千米，共更换零部件300个。"]


@pytest.mark.parametrize("changed", ["线路全长61.9千米，共更换零部件300个。", "线路全长60.9千米，共更换零部件301个。"])
def test_verify_still_flags_a_changed_figure_beside_a_listed_word(changed: str) -> None:
    assert verdict_on(_PAGE, _PAGE[0], [1], "线路")[0] is VerdictLabel.supported
    assert verdict_on(_PAGE, changed, [1], "线路")[0] is not VerdictLabel.supported


def test_shared_articles_read_no_figure_in_the_listed_words() -> None:
    # zh-news 30 (零部件), 160 (千米) and 164 (高2025届4班)
    for index, word in ((30, "零部件"), (160, "千米"), (164, "2025届")):
        article = shared_article("zh-news.jsonl", index)
        at = article.index(word)
        assert not any(q.start < at + len(word) and q.end > at for q in find_quantities(article))


def test_a_numeral_opens_a_listed_name_or_word_only_where_one_starts() -> None:
    """`numeral_in_name` asks the table's names and words in one `str.startswith` (issue #14): the
    verdict of asking each in turn, at the numeral and one character off it."""
    from citebrief.text.zh_numeral_names import numeral_in_name

    listed = [*_NAMES, *rows_by_kind("zh_numeral_names.tsv")["word"]]
    for word in listed:
        text = f"据悉{word}今年增加两家"
        assert numeral_in_name(text, 2)
        for start in (1, 3):
            assert numeral_in_name(text, start) is any(text.startswith(w, start) for w in listed)
    assert not numeral_in_name("今年增加两家", 4)
