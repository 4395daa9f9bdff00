"""A Chinese quotation whose speaker opens the next sentence, too long to carry, says his name
before it (`engines/zh_quote_named.py`)."""

from __future__ import annotations

import re

import pytest

from citebrief.engines.zh_quote_named import (
    _SPOKE,
    LEAD_CHARS,
    _article_speakers,
    _bare_quotation,
    _known_speaker_opens,
    _not_names,
    named_speaker,
    quote_named,
)
from citebrief.model import Point
from conftest import shared_groups
from scored_builder import zh_scored


def _bullets(index: int) -> list[str]:
    return [text for group in shared_groups("zh-news.jsonl", index) for text in group]


def test_a_quotation_names_the_speaker_the_next_sentence_opens_on() -> None:
    # zh-news 175: "“近年来，按照国家民委……”" then "中共玉树州委……主任宗金才介绍，……", too long as one
    # with the role the sentence writes before the name, its list's last (`zh_label_role`)
    assert any(text.startswith("州民族语文工作中心主任宗金才：“近年来，按照国家民委") for text in _bullets(175))
    # zh-news 197: "“量子芯片载板是……”" then "……副主任贾志龙介绍，“研发出……”"
    assert any(text.startswith("贾志龙：“量子芯片载板是量子芯片封装中") for text in _bullets(197))


def test_the_name_after_a_role() -> None:
    long_role = "中共玉树州委铸牢中华民族共同体意识暨州民族团结进步事业工作领导小组办公室常务副主任、"
    long_role += "州民族语文工作中心主任"
    assert named_speaker(f"{long_role}宗金才介绍，玉树州坚持") == "宗金才"
    assert named_speaker("西安市秦保局党组书记、局长王健18日表示，") == "王健"
    assert named_speaker("据介绍，该项目总投资10亿元。") is None
    assert named_speaker("张三介绍，该项目总投资10亿元。") is None  # no role: nothing certain
    assert named_speaker("“我们会继续努力。”主任宗金才介绍，") is None


def test_a_quotation_names_the_speaker_the_article_shows_speaking() -> None:
    # the shape of zh-news 66: "“作为一个普通人，……很有意义。”" then "……完成后，毛立(化名，下同)……",
    # and "……”毛立说。" further on: the quotation's bullet says whose words they are.
    # Written here since zh_praise_swaps (s51s) gives 66's quotation ("很有意义") way to the 185毫升
    # collected, so its brief no longer shows the quotation; what this guards is the same.
    paragraphs = [
        [
            "“作为一名普通市民，能以这样的方式帮助一名患者，我觉得非常幸运。”",
            "采集完成后，李强(化名，下同)在轻松之余难掩内心激动。",
            "8月15日，李强完成了造血干细胞采集。",
        ],
        ["“希望更多年轻人加入进来。”李强说。"],
    ]
    quoted = paragraphs[0][0]
    assert quote_named(zh_scored(paragraphs), 0, quoted, []) == (f"李强：{quoted}", 1)


def test_a_quotation_over_several_sentences_names_the_speaker_after_its_close() -> None:
    # zh-news 83: "“我们长安作为……变迁。" opens a quotation that closes two sentences on ("……新动力。”"),
    # then "长安镇党委委员范良波表示，": its first sentence's bullet names him
    # with his role: the bullet saying it comes after (s63g, `zh_label_role`)
    assert any(text.startswith("长安镇党委委员范良波：“我们长安作为海宁") for text in _bullets(83))


def test_a_bare_quotation_or_a_piece_of_one() -> None:
    assert _bare_quotation("“我们会继续努力。”")
    assert _bare_quotation("“我们长安作为主平台之一，有悠久的历史。")  # opens, closes later
    assert _bare_quotation("在长安像他这样的人还有很多。”")  # closes one opened before
    assert not _bare_quotation("“我们会继续努力。”李明说。")
    assert not _bare_quotation("该项目总投资10亿元。")


def test_a_sentence_opening_on_a_known_speaker() -> None:
    speakers = frozenset({"毛立", "张海娜"})
    assert _known_speaker_opens("造血干细胞分离采集完成后，毛立(化名)难掩内心激动。", speakers) == "毛立"
    assert _known_speaker_opens("张海娜在自家危房中只抢救回一些衣物。", speakers) == "张海娜"
    assert _known_speaker_opens("李明在自家危房中只抢救回一些衣物。", speakers) is None
    long_clause = "在成都市春熙路商圈的世界大学生运动会官方特许商品零售店里，"  # too long a clause before the name
    assert _known_speaker_opens(f"{long_clause}毛立笑了。", speakers) is None


def test_the_names_an_article_shows_speaking_are_names_not_pronouns() -> None:
    assert _SPOKE.findall("“我们会继续努力。”毛立说。") == ["毛立"]
    assert _SPOKE.findall("张海娜介绍，学校已做好准备。") == ["张海娜"]
    pronoun = _SPOKE.findall("“好的。”他们说。")
    assert pronoun == ["他们"] and all(name.startswith(_not_names()) for name in pronoun)  # found, then dropped


def test_the_article_speakers_leave_out_pronouns_and_the_reporter() -> None:
    scored = zh_scored([["“好的。”他们说。", "“我们会继续努力。”毛立说。", "记者介绍，一切顺利。"]])
    assert _article_speakers(scored) == frozenset({"毛立"})


def test_quote_named_on_sentences_written_here() -> None:
    sentences = [
        "“我们村作为全县的主平台之一，有悠久的历史。",
        "去年我们发布了新城规划。",
        "在村里像他这样的青年还有很多。”",
        "镇党委委员王德明表示，“我们会继续努力。”",
    ]
    scored = zh_scored([sentences])
    # the quotation's first sentence and its last name the speaker after its close
    assert quote_named(scored, 0, sentences[0], []) == (f"镇党委委员王德明：{sentences[0]}", 1)
    assert quote_named(scored, 2, sentences[2], []) == (f"镇党委委员王德明：{sentences[2]}", 1)
    assert quote_named(scored, 1, sentences[1], []) is None  # no quotation mark: not known as one
    # a bullet of the group before names him already
    assert quote_named(scored, 0, sentences[0], [Point(text="王德明：……", citations=[1])]) is None


def test_a_quotation_whose_first_sentence_names_its_speaker_takes_no_other() -> None:
    sentences = ["李明说：“我们村有悠久的历史。", "在村里像他这样的青年还有很多。”", "镇党委委员王德明表示，“好。”"]
    assert quote_named(zh_scored([sentences]), 1, sentences[1], []) is None


def test_a_known_speaker_after_a_short_clause() -> None:
    sentences = ["“能帮到别人，我觉得很幸运。”", "采集完成后，毛立难掩内心激动。", "“我还会再来。”毛立说。"]
    scored = zh_scored([sentences])
    assert quote_named(scored, 0, sentences[0], []) == (f"毛立：{sentences[0]}", 1)
    other = ["“能帮到别人，我觉得很幸运。”", "采集完成后，毛立难掩内心激动。", "医生说，一切顺利。"]
    assert quote_named(zh_scored([other]), 0, other[0], []) is None  # 毛立 never speaks: not known


def test_an_interview_clause_is_no_name() -> None:
    # "记者|专访时|表示": the role head 者 of 记者 once read the clause after it as the speaker
    assert named_speaker("该所研究员李明、王华15日接受本报记者专访时表示，本次洪水影响有限。") is None
    assert named_speaker("相关负责人解释说，这种蛋白酶会抑制受体。") is None
    assert named_speaker("该部门负责人张强当日在回答记者提问时表示，将继续推进。") is None


def test_the_name_before_an_interview_clause() -> None:
    assert named_speaker("某证券公司策略分析师刘伟接受本报记者采访时表示，市场回暖。") == "刘伟"
    assert named_speaker("某法院民事庭庭长徐向红接受本报记者专访表示，") == "徐向红"
    # a foreign name of five characters: the interview clause marks where it ends
    assert named_speaker("日本某大学特任教授长谷川克之日前在接受本报记者专访时表示，经济回暖。") == "长谷川克之"
    assert named_speaker("某大学教授长谷川克之表示，经济回暖。") is None  # no clause: a long name is not certain


def _known_speaker_opens_compiled(text: str, speakers: frozenset[str]) -> str | None:
    """`_known_speaker_opens` as it was before its pattern was kept per speakers' set and skipped
    where the sentence names none of them."""
    if not speakers:
        return None
    names = "|".join(sorted((re.escape(name) for name in speakers), key=len, reverse=True))
    found = re.match(rf"(?:[^，。“”：；]{{1,{LEAD_CHARS}}}，)?({names})", text.strip())
    return None if found is None else found.group(1)


@pytest.mark.parametrize(
    "text",
    [
        "造血干细胞分离采集完成后，毛立(化名，下同)在轻松之余难掩内心激动。",
        "  毛立说，他很激动。",
        "毛立明天来。",
        "记者了解到，王小明已经出院。",
        "一位很长很长很长很长很长很长很长很长的人说，毛立很好。",
        "没有人说话。",
    ],
)
def test_speakers_pattern_kept_per_article_finds_what_a_compiled_one_did(text: str) -> None:
    for speakers in (frozenset({"毛立", "毛立明", "王小明"}), frozenset({"王小明"}), frozenset()):
        assert _known_speaker_opens(text, speakers) == _known_speaker_opens_compiled(text, speakers)


def test_the_label_says_the_role_where_the_brief_names_him_nowhere_before() -> None:
    """s63g (zh-news 83, 175): a bare "范良波：" left blind readers asking who he was; the label says
    the role the next sentence writes before the name, unless an earlier sentence of the brief
    names him already; a name known only from elsewhere ("毛立说") has no role to say."""
    sentences = ["镇长李华介绍了情况。", "“我们村有悠久的历史。”", "镇党委委员王德明表示，“我们会继续努力。”"]
    scored = zh_scored([sentences])
    assert quote_named(scored, 1, sentences[1], [], {1}) == (f"镇党委委员王德明：{sentences[1]}", 1)
    assert quote_named(scored, 1, sentences[1], [], {0, 1}) == (f"镇党委委员王德明：{sentences[1]}", 1)
    named = ["王德明到村里调研。", *sentences[1:]]
    assert quote_named(zh_scored([named]), 1, named[1], [], {0, 1}) == (f"王德明：{named[1]}", 1)
