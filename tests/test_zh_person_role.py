"""A Chinese news group titled by a person's name alone ("陈浩", "吴俊辉") shows the role its
cited paragraphs give the person right before the name ("刑警陈浩", "国防武官吴俊辉"); a name
the paragraphs give no role, a kinship word and a name that is no person's stay as they are
(`zh_person_role`)."""

from __future__ import annotations

from citebrief.model import Group, Point
from citebrief.text.zh_person_role import person_name, role_named, role_titled, spoken_name
from conftest import shared_article, shared_group_titles

PREMIERE = [
    "影片讲述了一起绑架案，重案组刑警陈浩许诺孩子母亲一定将凶手绳之以法。",
    "无奈经过漫长的追查却一无所获，陈浩带着遗憾离开警队。",
]


def test_a_name_alone() -> None:
    assert person_name("陈浩") and person_name("吴俊辉") and person_name("郑某")
    assert not person_name("京剧") and not person_name("招待会气氛") and not person_name("刑警陈浩")


def test_a_name_the_tagger_cuts_short_may_be_a_speaker() -> None:
    assert spoken_name("张长娥") and spoken_name("陈浩")  # 张长|娥, as the tagger cuts it
    assert not spoken_name("郑家嘴") and not spoken_name("京剧") and not spoken_name("刑警陈浩")
    overview = Group(title="核心要点：过敏防治", points=[Point(text="医院开展过敏防治义诊。", citations=[1])])
    said = [
        "“今年门诊里儿童过敏的越来越多，过敏原多是尘螨。”医院主任张长娥说。",
        "张长娥说，过敏人群逐年增多，过敏性疾病需要长期管理。",
    ]
    doctor = Group(title="张长娥", points=[Point(text=text, citations=[n]) for n, text in enumerate(said, 2)])
    titled = role_titled([overview, doctor], ["医院开展过敏防治义诊。", *said])
    assert [g.title for g in titled] == ["核心要点：过敏防治", "儿童过敏"]


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


def test_a_role_is_never_cut_out_of_a_longer_role_word() -> None:
    # a deputy is not given the chief's role: the bound prefix the run stops at joins it
    assert role_named("李明", ["市委副书记李明出席会议。"], set()) == "副书记李明"
    assert role_named("毛立", ["在杭州市上城区志愿者毛立的陪同下。"], set()) == "上城区志愿者毛立"
    # a prefix the tagger glues to more ('科副') gives no role rather than '主任'
    assert role_named("张华", ["该院变态反应科副主任张华如是说。"], set()) == "张华"


def test_shared_deputy_and_district_roles_stay_whole() -> None:
    # zh-news 92: the article's 副主任 (tagged 科副/b 主任/b), never '主任樊长娥'
    assert role_named("樊长娥", [shared_article("zh-news.jsonl", 92)], set(), person=True) == "樊长娥"
    # zh-news 66: the district 上城区's volunteer, not '城区志愿者'
    assert role_named("毛立", [shared_article("zh-news.jsonl", 66)], set()) == "上城区志愿者毛立"


def test_a_new_or_old_that_makes_a_kind_of_the_role_joins_it() -> None:
    # 新/a of 新乡贤 is the role's own word, never '乡贤陈啸' cut out of it; 老 of 老教师 too
    assert role_named("陈啸", ["源于当地新乡贤陈啸的推介。"], set()) == "新乡贤陈啸"
    assert role_named("张明华", ["该校老教师张明华说。"], set()) == "老教师张明华"
    # a judgement is no part of the role
    assert role_named("张艺谋", ["大导演张艺谋说。"], set()) == "导演张艺谋"


def test_shared_local_worthy_is_shown_with_the_role_whole() -> None:
    """zh-news 72: the bare "陈啸" over how he brought 刘亮 to the village (readers: thin)."""
    assert shared_group_titles("zh-news.jsonl", 72)[1] == "新乡贤陈啸"
