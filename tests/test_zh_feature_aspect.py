"""A Chinese tips piece's overview on the thing advised on, not the aspect its list names
(`zh_feature_aspect.advised_thing`): "跌落伤", not "跌落危险因素"."""

from __future__ import annotations

from citebrief.text.zh_feature_aspect import advised_thing
from conftest import shared_group_titles

TEXTS = [
    "孩子在家玩耍时从桌子上跌落，造成跌落伤。",
    "很多孩子受过跌落伤，跌落的地点因年龄而异。",
    "常见跌落危险因素及预防办法：窗户和阳台要安装护栏。",
    "家长要重视跌落伤，照看孩子要专心。",
]


def test_an_aspect_of_the_thing_the_piece_runs_on_gives_way_to_the_thing() -> None:
    used = {"跌落危险因素"}
    assert advised_thing("跌落危险因素", TEXTS, used) == "跌落伤"  # its fuller form, said as a word
    assert used == {"跌落伤"}


def test_the_front_alone_where_no_fuller_form_is_said_often() -> None:
    texts = [t.replace("跌落伤", "摔伤") for t in TEXTS]
    assert advised_thing("跌落危险因素", texts, set()) == "跌落"  # not "跌落的", a particle after it


def test_the_subject_stands_without_an_aspect_head_or_where_the_thing_is_said_in_few_passages() -> None:
    assert advised_thing("跌落伤", TEXTS, set()) == "跌落伤"
    few = [*TEXTS, "寒假来临。", "过年了。", "祝大家快乐。", "注意安全。", "别看手机。"]
    assert advised_thing("跌落危险因素", few, set()) == "跌落危险因素"
    assert advised_thing("危险因素", TEXTS, set()) == "危险因素"  # no thing before the aspect


def test_a_shared_feature_on_childrens_falls_is_titled_by_the_falls() -> None:
    assert shared_group_titles("zh-clts.jsonl", 4)[0] == "核心要点：跌落伤"


def test_a_bare_counted_aspect_is_the_thing_its_lead_in_names() -> None:
    texts = [
        "天气转冷，羽绒服成了很多人的必备衣物。",
        "选购羽绒服的几个技巧：看充绒量，羽绒服的充绒量越高越保暖。",
        "羽绒服清洗时最好手洗。",
    ]
    assert advised_thing("几个技巧", texts, set()) == "羽绒服"  # the thing, not the act of 选购羽绒服
    assert advised_thing("几个技巧", [t.replace("的几个", "，几个") for t in texts], set()) == "几个技巧"


def test_a_common_word_before_the_aspect_is_no_thing() -> None:
    texts = ["要正确认识误区。", "认识很重要。", "大家的认识不同。"]
    assert advised_thing("认识误区", texts, set()) == "认识误区"
