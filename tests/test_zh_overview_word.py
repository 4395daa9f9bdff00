"""An overview subject cut after a word's first character gets it back
(`zh_overview_word.whole_word`): "进博会", not "博会"."""

from __future__ import annotations

from citebrief.text.zh_overview_word import whole_word

TEXTS = ["签约参展第六届进博会的企业数量已超过去年。", "本届进博会将继续设立专区，进博会城市形象展示。"]


def test_a_word_cut_after_its_first_character_gets_it_back() -> None:
    used = {"博会"}
    assert whole_word("博会", TEXTS, used) == "进博会"
    assert used == {"进博会"}


def test_a_subject_said_after_different_characters_or_once_stays() -> None:
    assert whole_word("博会", ["进博会开幕。", "广交会和服博会。"], set()) == "博会"
    assert whole_word("博会", ["进博会开幕。"], set()) == "博会"


def test_a_function_word_or_a_count_before_it_is_no_part_of_it() -> None:
    assert whole_word("大会", ["举行的大会。", "这次的大会。"], set()) == "大会"
    assert whole_word("大会", ["第三届大会。", "本届大会开幕。"], set()) == "大会"


def test_a_longer_subject_is_a_phrase_of_its_own() -> None:
    assert whole_word("广告业务", ["上海广告业务。", "上海广告业务收入。"], set()) == "广告业务"


def test_the_end_of_a_word_before_it_is_no_part_of_it() -> None:
    texts = ["上海互联网广告业务收入增长。", "上海互联网企业数量增加。"]
    assert whole_word("互联网", texts, set()) == "互联网"
