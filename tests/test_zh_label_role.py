"""The role a Chinese speaker's label says before the name (`text/zh_label_role.py`)."""

from __future__ import annotations

from citebrief.text.zh_label_role import MAX_ROLE_CHARS, label_role


def test_the_role_the_sentence_opens_on_before_the_name() -> None:
    assert label_role("长安镇党委委员范良波表示，“长安镇的……”", "范良波") == "长安镇党委委员"
    assert label_role("学校党委副书记张海娜介绍，学校已做好准备。", "张海娜") == "学校党委副书记"


def test_of_a_list_of_roles_the_last() -> None:
    # zh-news 175: "……领导小组办公室常务副主任、州民族语文工作中心主任宗金才介绍，……"
    sentence = "中共玉树州委领导小组办公室常务副主任、州民族语文工作中心主任宗金才介绍，玉树州坚持……"
    assert label_role(sentence, "宗金才") == "州民族语文工作中心主任"


def test_no_role_where_the_run_is_no_role() -> None:
    assert label_role("宗金才介绍，玉树州坚持……", "宗金才") == ""  # no role
    assert label_role("来自玉树的青年音乐人嘎玛西周说，……", "嘎玛西周") == ""  # a clause (来自), not a role
    assert label_role("18日镇长李华表示，……", "李华") == ""  # a day in it
    assert label_role("长安镇党委李华表示，……", "李华") == ""  # no role's head
    long_role = "中华人民共和国国家发展和改革委员会主任"
    assert len(long_role) > MAX_ROLE_CHARS and label_role(f"{long_role}李华表示，", "李华") == ""
