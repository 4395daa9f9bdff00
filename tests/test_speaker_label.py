"""The speaker's label the engines write is the one verify reads back (`text/speaker_label.py`)."""

from __future__ import annotations

from citebrief.text.speaker_label import (
    NAME_IN_PLACE,
    SPEAKER_LABEL,
    ZH_NAME_IN_PLACE,
    ZH_PARTY_IN_PLACE,
    ZH_SPEAKER_LABEL,
    labelled,
    named_in_place,
    zh_labelled,
    zh_named_in_place,
    zh_party_in_place,
)


def test_a_label_written_is_read_back_with_its_speaker() -> None:
    bullet = labelled("Mrs. Obama", "'I encourage people to go check it out.'")
    assert bullet == "[Mrs. Obama said:] 'I encourage people to go check it out.'"
    label = SPEAKER_LABEL.match(bullet)
    assert label is not None and label.group("who") == "Mrs. Obama"
    assert bullet[label.end() :] == "'I encourage people to go check it out.'"


def test_brackets_that_are_no_label_are_not_read_as_one() -> None:
    assert SPEAKER_LABEL.match("He said: [sic] the line") is None
    assert SPEAKER_LABEL.match("[Mr Jones told:] the line") is None


def test_a_name_put_in_a_pronouns_place_is_read_back_without_its_s() -> None:
    """s50w (review #14): `en_pronoun_speakers` writes the bracket with `named_in_place`, verify reads it
    with `NAME_IN_PLACE`: one owner of the form."""
    for name, who in (("Ms Rochira", "Ms Rochira"), ("Mason's", "Mason")):
        bullet = named_in_place(name, "attempts to cover up his crime were caught")
        assert bullet == f"[{name}] attempts to cover up his crime were caught"
        found = NAME_IN_PLACE.match(bullet)
        assert found is not None and found.group("who") == who
        assert bullet[found.end() :] == "attempts to cover up his crime were caught"


def test_a_chinese_label_written_is_read_back_with_its_speaker() -> None:
    """s51a: `zh_quote_named` writes the label with `zh_labelled`, verify reads it with
    `ZH_SPEAKER_LABEL`; a "：" before no quotation ("目标：到2025年……") is no label."""
    bullet = zh_labelled("贾志龙", "“量子芯片载板是……。”")
    found = ZH_SPEAKER_LABEL.match(bullet)
    assert found is not None and found.group("who") == "贾志龙"
    assert bullet[found.end() :] == "“量子芯片载板是……。”"
    assert ZH_SPEAKER_LABEL.match("目标：到2025年，全省基本建成……") is None


def test_a_chinese_name_after_its_pronoun_is_read_back() -> None:
    """s51n: `zh_pronoun_speakers` writes "他（孟磊）认为" with `zh_named_in_place`, verify reads it with
    `ZH_NAME_IN_PLACE`; brackets after no pronoun ("《意见》（下称……）") are no name."""
    bullet = zh_named_in_place("王贵强", "……大家不要有太多的顾虑。他", "表示，恢复期的血浆可以救治重症患者。")
    assert bullet == "……大家不要有太多的顾虑。他（王贵强）表示，恢复期的血浆可以救治重症患者。"
    found = ZH_NAME_IN_PLACE.search(bullet)
    assert found is not None and found.group("who") == "王贵强"
    read = bullet[: found.start()] + bullet[found.end() :]
    assert read == "……大家不要有太多的顾虑。他表示，恢复期的血浆可以救治重症患者。"
    assert ZH_NAME_IN_PLACE.search("发布《意见》（下称意见）。") is None


def test_a_cases_party_after_dangshiren_is_read_back_however_long() -> None:
    # `zh_party_brackets` writes it with `zh_party_in_place`, verify strips it with `ZH_PARTY_IN_PLACE`
    name = "六安市裕安区菲凡医学美容门诊部有限公司"  # longer than a person's name
    bullet = zh_party_in_place(name, "经查，当事人", "在自有网站发布广告。")
    assert bullet == f"经查，当事人（{name}）在自有网站发布广告。"
    found = ZH_PARTY_IN_PLACE.search(bullet)
    assert found is not None and found.group("who") == name
    assert bullet[: found.start()] + bullet[found.end() :] == "经查，当事人在自有网站发布广告。"
    assert ZH_PARTY_IN_PLACE.search("他（孟磊）认为") is None  # a pronoun's speaker is ZH_NAME_IN_PLACE's


def test_a_chinese_label_with_its_role_is_read_back() -> None:
    """s63g: `zh_quote_named` writes the role before the name ("长安镇党委委员范良波：", `zh_label_role`)."""
    bullet = zh_labelled("州民族语文工作中心主任宗金才", "“近年来，……。”")
    found = ZH_SPEAKER_LABEL.match(bullet)
    assert found is not None and found.group("who") == "州民族语文工作中心主任宗金才"
    assert bullet[found.end() :] == "“近年来，……。”"
