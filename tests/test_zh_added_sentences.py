"""A carried candidate that repeats a chosen bullet in what it carries but states a fact in its own sentence."""

from __future__ import annotations

import pytest

from citebrief.engines.zh_added_sentences import adds_a_sentence

RULE = (
    "专用号牌为白底黑字，配以红色汉字“应急”，其中：汽车号牌字符共8位，依次为省（自治区、直辖市）汉字简称、"
    "所属救援队伍代号、四位序号和汉字“应急”；摩托车号牌字符共7位，依次为汉字“应急”、省（自治区、直辖市）"
    "汉字简称、三位序号和所属救援队伍代号。"
)
ANNEX = "字符共7位，依次为汉字“应急”、省（自治区、直辖市）汉字简称、三位序号和所属救援队伍代号组成。"


@pytest.mark.parametrize(
    ("text", "adds"),
    [
        (ANNEX + "其中，所属救援队伍代号用X代表消防救援、S代表森林消防。", True),  # the codes: said nowhere else
        (ANNEX, False),  # one sentence: the MMR's own repeat check decides
        (ANNEX + "详见附件图示。", False),  # a second sentence too short to state a fact
        (ANNEX + "专用号牌为白底黑字，配以红色汉字“应急”。", False),  # the second sentence said word for word
        ("其中，所属救援队伍代号用X代表消防救援、S代表森林消防。" + ANNEX, False),  # its own sentence is said
    ],
)
def test_a_sentence_no_chosen_bullet_says_keeps_a_candidate(text: str, adds: bool) -> None:
    assert adds_a_sentence(text, [RULE]) is adds
