"""A speaker's statement titled by who and what they hope for or pledge (`zh_statement_theme`)."""

from __future__ import annotations

import re

from citebrief.text.zh_statement_theme import speaker_shown, stance_theme, theme_title

_POST = re.compile(r"(?:负责人|长)(?P<name>[\u4e00-\u9fff]{0,4})$")


def _post(title: str) -> re.Match[str]:
    found = _POST.search(title)
    assert found is not None
    return found


def test_the_theme_is_the_longest_noun_run_of_the_first_hope_or_pledge() -> None:
    assert stance_theme("协会的成立为企业提供了平台，希望协会在国际消费中心城市中发挥作用。") == "国际消费中心城市"
    assert stance_theme("将从服务全市消费流通发展等方面做好工作。") == "服务全市消费流通发展"
    assert stance_theme("马术表演升级为赛马大会，也希望更多人喜爱马术运动。") == "马术运动"


def test_a_run_over_ten_characters_drops_its_leading_verbal_nouns() -> None:
    assert stance_theme("希望协会在培育建设国际消费中心城市中发挥作用。") == "建设国际消费中心城市"


def test_no_hope_nor_pledge_or_only_a_slogan_gives_no_theme() -> None:
    assert stance_theme("今年的节日秉承新理念，推动文化传承与时代精神相融合。") == ""  # no 希望, no 将
    assert stance_theme("希望“打造新民俗、建设新城市”。") == ""  # in quotation marks only
    assert stance_theme("希望大家多来看看。") == ""  # no noun run of four characters


def test_the_speaker_shown_is_the_name_or_the_body() -> None:
    sentence = "新当选的促进会会长王立新表示，将做好工作。"
    assert speaker_shown(_post("促进会会长王立新"), "促进会会长王立新", sentence) == "王立新"
    sentence = "天津市商务局负责人表示，希望协会发挥作用。"
    assert speaker_shown(_post("天津市商务局负责人"), "天津市商务局负责人", sentence) == "商务局"  # past the place


def test_a_theme_another_title_holds_is_no_title() -> None:
    statement = "希望协会在国际消费中心城市中发挥作用。"
    assert theme_title("商务局", statement, set()) == "商务局：国际消费中心城市"
    assert theme_title("商务局", statement, {"国际消费中心城市建设"}) == ""
    assert theme_title("商务局", "协会正式成立。", set()) == ""
