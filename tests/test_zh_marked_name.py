"""An overview subject the article says only inside a marked name is given as that whole name
(`zh_marked_name.marked_name`): 《杭州市育儿补助实施办法(试行)》, not "补助实施办法"."""

from __future__ import annotations

from citebrief.text.zh_marked_name import marked_name
from conftest import shared_group_titles

WORK = ["《杭州市育儿补助实施办法(试行)》(下称《办法》)于近日发布。", "《办法》规定了补助标准。"]
HONOUR = [
    "发布《关于表彰全国农业农村劳动模范和先进工作者的决定》，授予478名同志“全国农业农村劳动模范”称号，"
    "授予293名同志“全国农业农村先进工作者”称号。",
    "杨志刚被授予“全国农业农村先进工作者”称号。",
]


def test_a_piece_of_a_work_is_the_work_in_its_marks_as_the_article_writes_it() -> None:
    used = {"补助实施办法"}
    assert marked_name("补助实施办法", WORK, used) == "《杭州市育儿补助实施办法(试行)》"
    assert used == {"《杭州市育儿补助实施办法(试行)》"}


def test_of_the_names_that_fit_the_one_said_most_stands_and_a_term_is_bare() -> None:
    # the decision's name is too long; 先进工作者 is said twice, 劳动模范 once (a tie: the first)
    assert marked_name("全国农业农村", HONOUR, set()) == "全国农业农村先进工作者"
    assert marked_name("全国农业农村", HONOUR[:1], set()) == "全国农业农村劳动模范"


def test_a_subject_said_on_its_own_too_stands() -> None:
    texts = ["开展了“过敏性疾病多学科联合义诊”活动。", "普及过敏性疾病的防治知识。"]
    assert marked_name("过敏性疾病", texts, set()) == "过敏性疾病"
    assert marked_name("育儿补助", [*WORK, "育儿补助的对象为二孩家庭。"], set()) == "育儿补助"


def test_a_subject_the_marks_name_whole_or_a_quoted_clause_stands() -> None:
    # the whole of one quoted name: the subject is a name of its own ("荣誉景贤人才" is another)
    assert marked_name("景贤人才", ["2023年“景贤人才”大会。", "授予“荣誉景贤人才”称号。"], set()) == "景贤人才"
    assert marked_name("东城经济", ["以“凝聚侨界智慧力量，助推东城经济发展”为主题。"], set()) == "东城经济"
    assert marked_name("决定", ["《关于表彰全国农业农村劳动模范和先进工作者的决定》"], set()) == "决定"


def test_a_shared_article_on_an_honour_is_no_cut_name() -> None:
    # zh-news record 130: a Xinjiang researcher named 全国农业农村先进工作者 was titled by that honour, not the cut
    # "全国农业农村"; the piece follows him, so it is now titled by his role and name (`zh_profile_person`, read 39g)
    assert shared_group_titles("zh-news.jsonl", 130)[0] == "核心要点：研究员杨志刚"
