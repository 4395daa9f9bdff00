"""A news group's paired title takes no body that acts as its second part
(`text/zh_body_name.body_name`, read by `engines/zh_run_titles.paired_title`):
"乌兰牧骑艺术团、雪山蒙古族" (zh-news 119) listed the troupe giving an evening show beside the
people another bullet describes, two names and no theme."""

from __future__ import annotations

from citebrief.engines.zh_run_titles import paired_title
from citebrief.text.zh_body_name import body_name
from conftest import shared_group_titles

WATER = "辽宁抚顺126处农村供水工程在降雨中受到影响，当地水利部门正加紧抢修、重建供水设施，并加强水质检测。"
LOANS = "中国人民银行决定增加河北、北京6省（市）支农支小再贷款额度350亿元，加强对受灾地区小微企业的信贷支持。"
LEAD = "连日来，各地和有关部门积极组织力量开展灾后恢复重建工作。"


def _paired(second: str) -> str:
    bullets = [WATER, second]
    return paired_title("供水设施", bullets, bullets, [LEAD, *bullets], set())


def test_troupes_and_organisations_are_bodies() -> None:
    assert body_name("乌兰牧骑艺术团")  # a person-tagged name before the head
    assert body_name("甘肃省杂技团")
    assert body_name("中国代表团")
    assert body_name("国家京剧院")  # the tagger's organisation
    assert body_name("福建省气象局")  # `body_only`'s


def test_things_are_no_bodies() -> None:
    for thing in ("支农支小再贷款额度", "雪山蒙古族", "制氢技术", "供水设施", "案件谜团"):
        assert not body_name(thing), thing


def test_a_troupe_is_no_part_of_a_paired_title() -> None:
    assert _paired("当晚，肃北乌兰牧骑艺术团将为受灾群众带来慰问演出。") == "供水设施"
    assert _paired("9日，甘肃省杂技团将为灾区群众送去慰问演出。") == "供水设施"
    assert _paired(LOANS) == "供水设施、支农支小再贷款额度"  # a thing still pairs


def test_shared_news_troupe_beside_a_people() -> None:
    titles = shared_group_titles("zh-news.jsonl", 119)
    assert "雪山蒙古族" in titles
    assert not any("艺术团" in title for title in titles)
