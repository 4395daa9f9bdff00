"""A Chinese policy group without a heading is titled by what most of its bullets say, not by
one bullet's detail (`citebrief.text.zh_policy_shared`)."""

from __future__ import annotations

from citebrief.text.zh_policy_shared import policy_shared_title
from conftest import shared_group_titles

WEBSITES = [
    "目前，政府网站体系逐步健全，内容不断丰富，功能逐步增强。",
    "中央政府门户网站英文版于2006年1月1日正式开通，面向外国人和在华的外籍人士发布中国政府权威信息，提供服务指南。",
    "国务院各部门网站中有31个开通了英文版，其中3个部门网站开通了多语种外文版本。",
]


def test_a_phrase_two_bullets_say_replaces_one_bullets_detail() -> None:
    assert policy_shared_title("部门网站", WEBSITES, WEBSITES, WEBSITES, set()) == "英文版"


def test_a_title_two_bullets_say_stays() -> None:
    assert policy_shared_title("开通", WEBSITES, WEBSITES, WEBSITES, set()) == "开通"


def test_a_group_of_two_keeps_its_title() -> None:
    assert policy_shared_title("部门网站", WEBSITES[1:], WEBSITES[1:], WEBSITES, set()) == "部门网站"


def test_a_title_given_already_is_not_repeated() -> None:
    assert policy_shared_title("部门网站", WEBSITES, WEBSITES, WEBSITES, {"英文版"}) == "部门网站"


def test_who_did_what_is_no_title() -> None:
    """The act "日军遗弃" (the army abandoned) is said by two bullets, but it is an act, not a thing."""
    bullets = [
        "要加强对日军遗弃化学武器的调查取证工作，设法查找日军在我国储存化学武器等文件资料。",
        "对已发现的日军遗弃的化学武器，其技术处理和有关管理工作由军队各级防化业务部门负责。",
        "任何单位和个人如发现遗弃的化学武器，都要立即逐级上报，不得擅自处理。",
    ]
    assert policy_shared_title("防化业务部门", bullets, bullets, bullets, {"化学武器调查和管理工作"}) != "日军遗弃"


def test_a_reply_on_websites_in_english_is_titled_by_them() -> None:
    """govcn_5351593 (record 16): the central portal's, the ministries' and the provinces' English
    versions, not "部门网站" of one of them; whose versions, not the bare "英文版" (`zh_owned_title`)."""
    titles = shared_group_titles("zh-policy.jsonl", 16)
    assert "部门网站" not in titles
    assert "门户网站英文版" in titles
