"""Two bullets that both name one rare thing are titled by it, not by a pair of their details
(`zh_one_thing.one_thing`, read by `zh_run_titles.paired_title`): "京剧" over a craftsman's opera
years, not "京剧表演者、点翠盔头"; the title alone where another title names the thing already."""

from __future__ import annotations

from citebrief.engines.zh_run_titles import paired_title
from citebrief.text.zh_one_thing import one_thing

OPERA = [
    "35岁的温云鹏曾是一名京剧表演者，他自幼便对中国历史和传统工艺有着浓厚兴趣。",
    "在跟随师傅学习京剧的十年里，随着表演技术的突飞猛进，京剧服饰中的点翠盔头、发簪、妆化等传统非遗技艺也令他痴迷。",
]
DOCTOR = [
    "来自浙江大学医学院附属妇产科医院的贺晶是浙江省妇产科的领头人物，从医四十年的她将自己的经历用“四个十年”概括。",
    "贺晶回忆，前几年自己碰到了一位羊水栓塞患者，经抢救，团队成功从死神手中救回了这名患者。",
]
YEAST = [
    "酒药也叫小曲，由辣蓼草、早稻米、陈年酒药、水等物质按一定比例制作而成，是酿造绍兴酒特有的糖化发酵剂。",
    "沈氏家族已有200余年酿酒史，其受访时称，酒药蕴含丰富的微生物，是影响黄酒香气和风味的关键因素。",
]
WATER = "辽宁抚顺126处农村供水工程在降雨中受到影响，当地水利部门正加紧抢修、重建供水设施，并加强水质检测。"
LOANS = "中国人民银行决定增加河北、北京6省（市）支农支小再贷款额度350亿元，加强对受灾地区小微企业的信贷支持。"


def test_the_rare_thing_both_bullets_name_is_found() -> None:
    assert one_thing(OPERA, OPERA, set()) == ("京剧", True)
    assert one_thing(DOCTOR, DOCTOR, set()) == ("贺晶", True)


def test_two_bullets_on_two_things_share_none() -> None:
    assert one_thing([WATER, LOANS], [WATER, LOANS], set()) is None


def test_a_thing_another_title_names_is_not_free() -> None:
    # the article's own term ("酒药制作" is the overview): the bullets are on one thing still
    assert one_thing(YEAST, YEAST, {"酒药制作"}) == ("酒药", False)
    # a commoner word another title holds says nothing of the pair
    assert one_thing(OPERA, OPERA, {"京剧艺术"}) is None


def test_a_place_or_a_common_word_is_no_thing() -> None:
    places = ["8日20时，肃北乌兰牧骑艺术团将为民众带来文艺晚会。", "他们常年生活在肃北的雪山之下，被称为雪山蒙古族。"]
    assert one_thing(places, places, set()) is None
    charity = ["充分发挥镇街、村社的慈善服务站点作用。", "该院借助专家学者智库作用，通过慈善文化引领慈善发展。"]
    assert one_thing(charity, charity, set()) is None


def test_the_pair_title_gives_way_to_the_one_thing() -> None:
    every = ["漆器工艺品的销量供不应求。", *OPERA]
    assert paired_title("京剧表演者", OPERA, OPERA, every, {"漆器工艺"}) == "京剧"
    every = ["浙江省医师协会举行活动。", *DOCTOR]
    assert paired_title("妇产科医院", DOCTOR, DOCTOR, every, set()) == "贺晶"
    every = ["酒药制作技艺是绍兴黄酒的关键。", *YEAST]
    assert paired_title("糖化发酵剂", YEAST, YEAST, every, {"酒药制作"}) == "糖化发酵剂"


def test_two_things_are_still_paired() -> None:
    bullets = [WATER, LOANS]
    every = ["连日来，各地和有关部门积极组织力量开展灾后恢复重建工作。", *bullets]
    assert paired_title("供水设施", bullets, bullets, every, set()) == "供水设施、支农支小再贷款额度"
