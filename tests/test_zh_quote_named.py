"""A Chinese quotation whose speaker opens the next sentence, too long to carry, says his name
before it (`engines/zh_quote_named.py`)."""

from __future__ import annotations

from citebrief.engines.zh_quote_named import named_speaker
from conftest import shared_groups


def _bullets(index: int) -> list[str]:
    return [text for group in shared_groups("zh-news.jsonl", index) for text in group]


def test_a_quotation_names_the_speaker_the_next_sentence_opens_on() -> None:
    # zh-news 175: "“近年来，按照国家民委……”" then "中共玉树州委……主任宗金才介绍，……", too long as one
    assert any(text.startswith("宗金才：“近年来，按照国家民委") for text in _bullets(175))
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
