"""A Chinese news group titled by one bullet's phrase is titled by the rare word every bullet
says, where there is one (`zh_every_said_title`)."""

from __future__ import annotations

from citebrief.text.zh_every_said_title import every_said_title
from conftest import shared_group_titles

VETERANS = [
    "退役军人是人才的富矿，各地积极为退役军人搭建平台。",
    "各地组建志愿服务队伍，退役军人奉献在应急救援、抢险处突的第一线。",
    "对有愿望到农村发展的退役军人，鼓励他们投身乡村振兴。",
]


def test_the_rare_word_every_bullet_says_titles_a_group_of_one_bullets_phrase() -> None:
    assert every_said_title("抢险处突", VETERANS, VETERANS, set()) == "退役军人"


def test_a_title_two_bullets_say_stays() -> None:
    bullets = [*VETERANS[:2], "抢险处突是退役军人的骨干作用。"]
    assert every_said_title("抢险处突", bullets, bullets, set()) == "抢险处突"


def test_a_word_one_bullet_lacks_a_given_one_or_the_front_of_a_name_is_none() -> None:
    assert every_said_title("抢险处突", [*VETERANS, "各地组建志愿服务队伍。"], VETERANS, set()) == "抢险处突"
    assert every_said_title("抢险处突", VETERANS, VETERANS, {"退役军人"}) == "抢险处突"
    office = ["怀仁市自然资源局执法队下达通知书。", "怀仁市自然资源局联合街道办事处拆除建筑物。"]
    assert every_said_title("街道办事处", office, office, set()) == "街道办事处"
    green = ["该地区森林覆盖率达51.8%，远高于全国平均水平。", "人均公园绿地面积19.2平方米，高于全国平均水平。"]
    assert every_said_title("人均公园绿地面积", green, green, set()) == "人均公园绿地面积"  # a figure's benchmark


def test_a_group_of_veterans_deeds_is_titled_by_them() -> None:
    """zh-news record 32 read in place: before, its first theme was titled 老兵宣讲团, a detail of
    one of its two bullets on what veterans do, under an overview titled by one figure
    (农村党组织书记总量). The overview now names the press conference's matter
    (`zh_briefed_topic`: 退役军人工作高质量发展), which holds 退役军人: no group repeats it, and
    the group falls back to its bullet's phrase. The veterans are named once, where the whole
    article is."""
    titles = shared_group_titles("zh-news.jsonl", 32)
    assert titles[0] == "核心要点：退役军人工作高质量发展"
    assert not any("退役军人" in t for t in titles[1:])
