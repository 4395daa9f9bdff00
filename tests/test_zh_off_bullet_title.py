"""A Chinese news or feature group's fallback title that none of its bullets says gives way to
the run of words every bullet says (`zh_off_bullet_title.bullet_title`); a title a bullet says,
a group whose bullets share no clean run, and a run another group's title holds stay as they are."""

from __future__ import annotations

from citebrief.text.zh_off_bullet_title import bullet_title
from conftest import shared_group_titles

MOVE = [
    "要是这些运动还不能让你坚持动起来的决心，那你可能需要找个搭档来监督你了。",
    "总之，不要给自己任何借口，动起来才重要。",
]
APART = [
    "无奈经过漫长的追查却一无所获，陈浩带着遗憾离开警队。",
    "身患绝症的白兰重拾希望，决心继续为女寻凶。",
]


def test_a_title_no_bullet_says_gives_way_to_what_every_bullet_says() -> None:
    assert bullet_title("浑身酸痛", MOVE, MOVE, set()) == "动起来"


def test_a_title_a_bullet_says_stays() -> None:
    assert bullet_title("搭档", MOVE, MOVE, set()) == "搭档"


def test_bullets_that_share_no_run_keep_the_title() -> None:
    assert bullet_title("追查凶手", APART, APART, set()) == "追查凶手"


def test_a_run_of_how_reports_go_is_no_title() -> None:
    said = ["据介绍，目前已经完成了八成。", "据介绍，目前已经开工。"]
    pronoun = ["他表示，这个问题需要解决。", "他表示，这个问题很复杂。"]
    place = ["北京市今年新建公园12个。", "北京市这些公园全部免费开放。"]
    for bullets in (said, pronoun, place):
        assert bullet_title("某项工程", bullets, bullets, set()) == "某项工程"


def test_a_run_another_title_holds_is_not_taken() -> None:
    assert bullet_title("浑身酸痛", MOVE, MOVE, {"动起来"}) == "浑身酸痛"


def test_the_fitness_features_closing_group_is_titled_by_its_bullets() -> None:
    titles = shared_group_titles("zh-clts.jsonl", 6)
    assert "浑身酸痛" not in titles
    assert titles[-1] == "动起来"
