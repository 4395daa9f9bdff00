"""A Chinese news group titled by a person's name alone ("陈浩", "吴俊辉") shows the role its
cited paragraphs give the person right before the name ("刑警陈浩", "国防武官吴俊辉"); a name
the paragraphs give no role, a kinship word and a name that is no person's stay as they are
(`zh_person_role`)."""

from __future__ import annotations

from citebrief.model import Group, Point
from citebrief.text.zh_person_role import person_name, role_named, role_titled
from conftest import shared_group_titles

PREMIERE = [
    "影片讲述了一起绑架案，重案组刑警陈浩许诺孩子母亲一定将凶手绳之以法。",
    "无奈经过漫长的追查却一无所获，陈浩带着遗憾离开警队。",
]


def test_a_name_alone() -> None:
    assert person_name("陈浩") and person_name("吴俊辉") and person_name("郑某")
    assert not person_name("京剧") and not person_name("招待会气氛") and not person_name("刑警陈浩")


def test_the_role_before_the_name_is_shown() -> None:
    assert role_named("陈浩", PREMIERE, set()) == "刑警陈浩"
    assert role_named("吴俊辉", ["国防武官吴俊辉少将在招待会上致辞。"], set()) == "国防武官吴俊辉"
    assert role_named("王昱", ["该片翻拍自韩国电影，导演王昱之于普通观众而言或许有些陌生。"], set()) == "导演王昱"


def test_no_role_a_kin_word_or_a_title_given_stays() -> None:
    assert role_named("陈浩", PREMIERE[1:], set()) == "陈浩"  # the paragraphs give no role
    assert role_named("周俊", ["工友4岁的儿子周俊被拐走。"], set()) == "周俊"  # kin says nothing
    assert role_named("王芳", ["这位老兵和爱人王芳一起守岛。"], set()) == "王芳"  # kin on 人 too
    assert role_named("陈浩", PREMIERE, {"刑警陈浩"}) == "陈浩"  # another group's title already


def test_groups_are_retitled_by_their_own_paragraphs() -> None:
    overview = Group(title="核心要点：绑架案", points=[Point(text="影片讲述了一起绑架案。", citations=[1])])
    plot = Group(title="陈浩", points=[Point(text="陈浩带着遗憾离开警队。", citations=[2])])
    named = Group(title="陈浩", points=[Point(text="重案组刑警陈浩许诺。", citations=[1])])
    assert [g.title for g in role_titled([overview, plot], PREMIERE)] == ["核心要点：绑架案", "陈浩"]
    assert [g.title for g in role_titled([overview, named], PREMIERE)] == ["核心要点：绑架案", "刑警陈浩"]


def test_shared_articles_in_the_readers_form() -> None:
    # a film premiere: the plot's detective and the director, said who they are
    titles = shared_group_titles("zh-clts.jsonl", 8)
    assert "刑警陈浩" in titles and "导演王昱" in titles and "陈浩" not in titles
    # a reception's speech by the defence attaché
    assert "国防武官吴俊辉" in shared_group_titles("zh-news.jsonl", 84)
