"""zh_bare_noun_title: a group titled by one broad common noun ("收费站") takes the noun phrase
its bullets write it in ("白鹿收费站"); a distinguishing word before it, a list's item, a phrase
another group writes, a name or an act as the title, and a group with no such phrase stay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_bare_noun_title import bare_noun_titles

DATA = Path("/work/shared/data/zh-news.jsonl")

# zh-news 28's toll-station group: the traffic police's check of a tour bus there
_TOLL = [
    "8月5日一早，朝阳交通支队民警来到京哈高速白鹿收费站，对过往的大客车、货车进行例行检查和安全提示。",
    "9时许，一辆旅游大巴车通过收费站，在交警的指引下停进停车检查区。",
]


def test_a_bare_common_noun_takes_the_phrase_it_is_written_in() -> None:
    used = {"夏季交通安全整治行动"}
    assert bare_noun_titles(["收费站"], [(_TOLL, _TOLL)], used) == ["白鹿收费站"]
    assert "白鹿收费站" in used and "收费站" not in used


def test_a_phrase_two_bullets_write_with_the_noun_as_modifier() -> None:
    bullets = ["全区的体育场地面积达到365万平方米。", "人均体育场地面积已达到2.61平方米。"]
    assert bare_noun_titles(["体育场地"], [(bullets, bullets)], set()) == ["体育场地面积"]
    # one bullet only: the noun stays (zh-news 105 writes both in one sentence)
    one = ["全区有365万平方米体育场地面积，人均体育场地面积已达到2.61平方米。", "市民爱踢球。"]
    assert bare_noun_titles(["体育场地"], [(one, one)], set()) == ["体育场地"]


def test_a_heading_group_another_groups_phrase_and_a_taken_phrase_stay() -> None:
    assert bare_noun_titles(["收费站"], [None], set()) == ["收费站"]
    other = ["民警在白鹿收费站查处超员。"]
    assert bare_noun_titles(["收费站", "超员"], [(_TOLL, _TOLL), (other, other)], set()) == ["收费站", "超员"]
    assert bare_noun_titles(["收费站"], [(_TOLL, _TOLL)], {"白鹿收费站"}) == ["收费站"]


def test_a_distinguishing_word_and_a_list_item_stay() -> None:
    # zh-news 42: "主要河道" says no more than "河道"; zh-news 185: "封山造林" is one work of a list
    bullets = ["目前，门头沟区66条共658公里主要河道已有近260公里陆续完成清理。", "相关部门将科学制定河道恢复方案。"]
    assert bare_noun_titles(["河道"], [(bullets, bullets)], set()) == ["河道"]
    bullets = ["彭阳县实行改坡造地、修建梯田、封山造林等工程。", "彭阳大幅提高了造林成活率。"]
    assert bare_noun_titles(["造林"], [(bullets, bullets)], set()) == ["造林"]


def test_a_name_or_an_act_as_the_title_stays() -> None:
    bullets = ["渔民王明星见证了国家中心渔港的发展。", "国家中心渔港迎来开海。"]
    assert bare_noun_titles(["王明星"], [(bullets, bullets)], set()) == ["王明星"]
    bullets = ["电源完成投资3319亿元。", "电网工程完成投资2054亿元。"]
    assert bare_noun_titles(["投资"], [(bullets, bullets)], set()) == ["投资"]


@pytest.mark.skipif(not DATA.exists(), reason="shared data set not present")
def test_zh_news_28_titles_the_toll_station_by_its_name() -> None:
    article = json.loads(DATA.read_text(encoding="utf-8").splitlines()[28])["article"]
    document = document_from_text(article, origin="zh-news-28", kind="text")
    titles = [group.title for group in draft(document).groups]
    # named "白鹿收费站" here, the site then gives way to the act done there (`zh_place_event`)
    assert "例行检查" in titles and "收费站" not in titles


def test_a_common_word_or_a_tagger_cut_before_the_noun_stays() -> None:
    # "距离开学" is how long until school starts; "国家中心渔港" says a kind again
    bullets = ["17日，距离开学只剩3天的时间。", "金马镇中心小学今年开学推迟。"]
    assert bare_noun_titles(["开学"], [(bullets, bullets)], set()) == ["开学"]
    # zh-news 2: the tagger cuts "见证了祥芝渔港" as 了祥芝|渔港, a word said once
    bullets = ["从小渔港到国家中心渔港，见证了祥芝渔港20年发展史的渔民王明星依旧心情激动。", "渔港风情体验区开放。"]
    assert bare_noun_titles(["渔港"], [(bullets, bullets)], set()) == ["渔港"]
