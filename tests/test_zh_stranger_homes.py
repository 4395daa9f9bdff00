"""engines/zh_stranger_homes.py: a Chinese news group of two strangers from two paragraphs is
dissolved, each bullet going to the group it belongs to (or a song's quoted lines giving way); a
pair from one paragraph, or tied by a shared name, stays."""

from __future__ import annotations

from conftest import zh_news_brief


def _groups(record_id: str) -> list[list[str]]:
    brief = zh_news_brief(record_id)
    return [[point.text for point in group.points] for group in brief.groups]


def _group_of(groups: list[list[str]], words: str) -> list[str]:
    return next(g for g in groups if any(words in t for t in g))


def test_the_flood_figure_goes_up_and_the_classes_join_the_classes() -> None:
    # zh-news 9 (L1289): "……涿州水淹面积一度达到城区的60%" [1] and "杨潮说，……开始为安置点的孩子们开课" [2]
    # were one group; the flood figure is the lead's, the classes open the timetable's run
    groups = _groups("_L1289")
    assert any("涿州水淹面积" in t for t in groups[0])
    classes = _group_of(groups, "安置点的孩子们开课")
    assert classes is not groups[0]
    assert any("学生按年级分为" in t for t in classes)
    assert not any("涿州水淹面积" in t for t in classes)


def test_a_songs_lines_give_way_and_the_opening_night_goes_up() -> None:
    # zh-news 147 (L1224): a song's quoted lines from the lead beside "当天晚上，“020赫兹”城市音乐营地
    # 项目……举行": the lines name nothing the brief says and no one speaks them; the night is the camp's
    groups = _groups("_L1224")
    assert not any("一把年纪的孩子" in t for g in groups for t in g)
    assert any("当天晚上" in t for t in groups[0])
    assert len(groups[0]) <= 4


def test_one_persons_story_stays_a_group() -> None:
    # zh-news 11 (L651): "台胞郑某23岁时……" [1] and "1972年郑某在弥留之际……" [2] share no key word but
    # write "郑某" both: one story, kept as a group of its own
    groups = _groups("_L651")
    pair = _group_of(groups, "台胞郑某23岁时")
    assert pair is not groups[0]
    assert any("1972年郑某" in t for t in pair)


def test_one_paragraphs_two_artworks_stay_a_group() -> None:
    # zh-news 157 (L977): "斯里兰卡科伦坡市设计师的作品……" and "马来西亚艺术家的作品“筑梦”……" share no
    # key word, but one paragraph lists them side by side: one scene, kept together
    groups = _groups("_L977")
    pair = _group_of(groups, "时间旅行者")
    assert pair is not groups[0]
    assert any("筑梦" in t for t in pair)


def test_the_river_goes_to_the_group_that_leans_on_it() -> None:
    # zh-news 145 (L92): 依兰's river falling below the warning line ended a pair beside 尚志's crops,
    # and the next group opened on "针对房屋受损情况，当地……共计排查房屋237户", whose 当地 is 依兰
    groups = _groups("_L92")
    checks = _group_of(groups, "共计排查房屋237户")
    assert any("依兰" in t for t in checks)
    assert any("尚志市黑龙宫镇" in t for t in groups[0])
