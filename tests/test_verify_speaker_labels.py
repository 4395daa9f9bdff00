"""A quotation the brief opens on its speaker's name in brackets ("[Dr Hills said:] \"…\"",
engines/en_quote_owners.py) is quoted word for word: supported, not a word-overlap partial nor held to
another cited paragraph's figures (verify/index.py `Claim`, verify/checks.py `find_quotation`)."""

from __future__ import annotations

from tests.helpers import verdict_on

from citebrief.model import VerdictLabel

PAGE = [
    'The trial heard the 24-year-old had been stalked.Dr Hills told of her guilt.She said: "I told her it would '
    'be all right."',
    '"And I only put the phone down for 10 minutes and her sister rang and said he would come back. You have got '
    'to do something."And I thought she was over-reacting."The rider held on over the final lap.',
]


def _verdict(text: str, citations: list[int]) -> tuple[VerdictLabel, str]:
    return verdict_on(PAGE, text, citations, "Trial")


def test_a_quotation_after_its_speakers_label_is_quoted() -> None:
    # [1] names the speaker and says 24, [2] holds the quotation and its 10: no contradiction
    label, reason = _verdict(
        '[Dr Hills said:] "And I only put the phone down for 10 minutes and her sister rang and said he would come '
        'back. You have got to do something."',
        [1, 2],
    )
    assert label is VerdictLabel.supported and "quoted" in reason


def test_a_speaker_no_cited_paragraph_names_is_no_quotation() -> None:
    _, reason = _verdict(
        '[Mr Jones said:] "And I only put the phone down for 10 minutes and her sister rang and said he would come '
        'back. You have got to do something."',
        [2],
    )
    assert "quoted" not in reason


SPLIT = [
    "Lizzi Crawford had reached a size 24 dress after living on a diet of burgers.",
    "But she also devoured liquid calories in the form of wine and spirits. However she never realised how big "
    "she had got until she heard the remark on the bus.",
]


def test_a_name_put_in_a_pronouns_place_is_read_as_a_speakers_label() -> None:
    """s50h: "[Lizzi] also devoured …" (en_pronoun_speakers) is the sentence word for word after the
    pronoun it replaces: quoted over both its sentences, not a word overlap of one (a partial);
    the name must stand in a cited paragraph as a label's must."""
    text = (
        "[Lizzi] also devoured liquid calories in the form of wine and spirits. However she never realised how big "
        "she had got until she heard the remark on the bus"
    )
    label, reason = verdict_on(SPLIT, text, [1, 2], "Diet")
    assert label is VerdictLabel.supported and "quoted" in reason, reason
    _, reason = verdict_on(SPLIT, text.replace("Lizzi", "Mary"), [1, 2], "Diet")
    assert "quoted" not in reason


ZH_PAGE = [
    "目前国际上生产这种载板的仅有一家公司。“载板是芯片封装中不可或缺的一部分，它能够为芯片提供基础支撑和信号连接，确保芯片稳定运行。”",
    "实验室副主任张海龙介绍，“这款载板可以大大节约研发生产成本。”",
]
ZH_QUOTE = "“载板是芯片封装中不可或缺的一部分，它能够为芯片提供基础支撑和信号连接，确保芯片稳定运行。”"


def test_a_chinese_quotation_after_its_carried_speakers_label_is_quoted() -> None:
    """s51a (zh-news 197): `zh_quote_named` writes "张海龙：“……”" with the name from the next passage
    and cites both; verify reads the label off (`ZH_SPEAKER_LABEL`): the quotation is found word for
    word in [1] (not a word overlap of it) and the name must stand in a cited paragraph."""
    label, reason = verdict_on(ZH_PAGE, f"张海龙：{ZH_QUOTE}", [1, 2], "载板")
    assert label is VerdictLabel.supported and "quoted from a sentence of [1]" in reason, reason
    _, reason = verdict_on(ZH_PAGE, f"李明远：{ZH_QUOTE}", [1, 2], "载板")
    assert "quoted" not in reason
    _, reason = verdict_on(ZH_PAGE, f"张海龙：{ZH_QUOTE}", [1], "载板")
    assert "quoted" not in reason  # the name's paragraph is not cited


def test_a_chinese_label_with_its_role_is_quoted_where_a_cited_paragraph_writes_both() -> None:
    """s63g: "实验室副主任张海龙：“……”" (`zh_label_role`): the role and the name as one run of a cited
    paragraph; a role it does not write there is no quotation."""
    label, reason = verdict_on(ZH_PAGE, f"实验室副主任张海龙：{ZH_QUOTE}", [1, 2], "载板")
    assert label is VerdictLabel.supported and "quoted from a sentence of [1]" in reason, reason
    _, reason = verdict_on(ZH_PAGE, f"研究所副主任张海龙：{ZH_QUOTE}", [1, 2], "载板")
    assert "quoted" not in reason


ZH_SAID = [
    "策略分析师孟磊表示，一季度为全年盈利低点。孟磊说，总体对下半年市场的判断比较乐观。",
    "25日，A股走强，主要股指悉数上涨。他认为，未来充裕的宏观流动性将部分流入A股市场。",
]


def test_a_chinese_name_after_its_pronoun_is_quoted() -> None:
    """s51n: "他（孟磊）认为，……" (`zh_pronoun_speakers`) is the sentence word for word without the
    bracket, cited with the paragraph that names him: quoted, and [1] holds its part (the name),
    not a partial; a name no cited paragraph holds is no quotation."""
    text = "25日，A股走强，主要股指悉数上涨。他（孟磊）认为，未来充裕的宏观流动性将部分流入A股市场。"
    label, reason = verdict_on(ZH_SAID, text, [1, 2], "A股")
    assert label is VerdictLabel.supported and "quoted from a sentence of [2]" in reason, reason
    _, reason = verdict_on(ZH_SAID, text.replace("孟磊", "李明远"), [1, 2], "A股")
    assert "quoted" not in reason


def test_a_bare_line_the_brief_puts_between_marks_after_its_label_is_quoted() -> None:
    # the page's line has no marks of its own (a cut moved them off); the brief's label and its
    # marks are the brief's words, the line is read back word for word (`engines.en_quote_owners`)
    page = [
        'The veteran won her opening match on Monday. "It feels wonderful," Maria Olsen told the BBC.',
        "I was hurt for the last three seasons and now I am enjoying the sport again. Her next match is Friday.",
    ]
    for marks in ('""', "''"):
        line = "I was hurt for the last three seasons and now I am enjoying the sport again."
        text = f"[Maria Olsen said:] {marks[0]}{line}{marks[1]}"
        label, reason = verdict_on(page, text, [1, 2], "Match")
        assert label is VerdictLabel.supported and "quoted" in reason
