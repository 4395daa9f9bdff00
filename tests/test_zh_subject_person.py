"""A Chinese news group about one person, titled by the person, not the occasion one bullet
passes through (zh-news 56)."""

from __future__ import annotations

from citebrief.text.zh_subject_person import subject_person
from conftest import shared_group_titles

DONOR = [
    "贺宏达是北华大学的一名大三学生，他是这所学校第10位造血干细胞捐献者。",
    "他是在新生入学典礼上了解到造血干细胞捐献的，当时很受触动。",
    "接到与血液病患者配型成功的消息后，二人都非常激动。",
]


def test_a_group_about_one_person_is_titled_by_the_person_not_the_occasion() -> None:
    assert subject_person("新生入学典礼", DONOR, DONOR, set()) == "贺宏达"


def test_an_occasion_two_bullets_say_or_a_name_used_already_stays() -> None:
    twice = [DONOR[0], DONOR[1], "他说，新生入学典礼让他记住了这件事。"]
    assert subject_person("新生入学典礼", twice, twice, set()) == "新生入学典礼"
    assert subject_person("新生入学典礼", DONOR, DONOR, {"贺宏达"}) == "新生入学典礼"
    assert subject_person("新生入学典礼", DONOR[:1], DONOR, set()) == "新生入学典礼"  # one bullet: no group


def test_a_speaker_or_a_group_the_person_opens_once_is_no_profile() -> None:
    spoken = ["贺宏达说，新生入学典礼让他很受触动。", "他表示会继续参加志愿服务。"]
    assert subject_person("新生入学典礼", spoken, spoken, set()) == "新生入学典礼"
    once = [DONOR[0], "学校在新生入学典礼上介绍了造血干细胞捐献。", "骨髓库的志愿者越来越多。"]
    assert subject_person("新生入学典礼", once, once, set()) == "新生入学典礼"


def test_zh_news_56_titles_the_second_donor_by_name() -> None:
    titles = shared_group_titles("zh-news.jsonl", 56)
    assert any(t.startswith("贺宏达") for t in titles) and "新生入学典礼" not in titles


def test_a_speakers_group_keeps_its_topic() -> None:
    spoken = [
        "樊长娥告诉记者，近年来过敏人群呈明显增多的趋势。",
        "樊长娥说，对于体质敏感人群来讲，花粉可能引起过敏症状。",
    ]
    assert subject_person("体质敏感人群", spoken, spoken, set()) == "体质敏感人群"
