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
