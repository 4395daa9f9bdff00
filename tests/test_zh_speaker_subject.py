"""A Chinese news group of one person's statements is titled by the rare noun most of its
bullets say ("生态安全屏障"), not by the speaker's post and name; a profile's group, a group
whose bullets share no rare noun and a phrase another title holds keep the name
(`zh_speaker_subject`)."""

from __future__ import annotations

from citebrief.text.zh_speaker_subject import speaker_subject, speaks
from conftest import shared_group_titles

FORUM = [
    "“草原生态安全屏障仍然面临退化风险。”研究所所长李明表示。",
    "李明在论坛上表示，需要优化草原生态安全屏障体系。",
    "李明说，草原生态屏障建设对下游影响深远。",
]


def test_a_speaker_is_the_name_then_a_verb_of_saying() -> None:
    assert speaks("李明", FORUM[0]) and speaks("李明", FORUM[1]) and speaks("李明", "李明希望青年多学多看。")
    assert not speaks("周俊", "周俊的生父说，从未放弃寻找。")  # his father speaks
    assert not speaks("李明", "李明带着手艺回到家乡，乡亲们说他变了。")  # a comma: someone else speaks


def test_statements_are_titled_by_the_noun_run_two_bullets_say() -> None:
    assert speaker_subject("李明", FORUM, set()) == "草原生态安全屏障"


CLINIC = [
    "“今年门诊里儿童过敏的越来越多，过敏原多是尘螨。”医院主任张长娥说。",
    "张长娥说，过敏人群逐年增多，过敏性疾病需要长期管理。",
]


def test_a_word_the_tagger_reads_as_a_name_is_a_noun_where_it_fronts_a_longer_word() -> None:
    # "过敏" is tagged a person's name, yet written inside "过敏原", "过敏性": the statements' shared
    # noun; too short alone and in no run both say, it shows in the first statement's run
    assert speaker_subject("张长娥", CLINIC, set()) == "儿童过敏"
    assert speaker_subject("张长娥", CLINIC, {"儿童过敏"}) == ""  # another group's title


def test_the_name_stays_for_a_profile_a_thin_noun_or_a_used_title() -> None:
    profile = ["李明带着手艺回到家乡。", "每批草原生态屏障工艺品，李明要做三个月。", "草原生态屏障的订单越来越多。"]
    assert speaker_subject("李明", profile, set()) == ""  # he speaks in no bullet
    assert speaker_subject("李明", FORUM, {"草原生态安全屏障"}) == ""  # another group's title
    assert speaker_subject("李明", FORUM[:1], set()) == ""  # one bullet names no group


def test_shared_articles_in_the_readers_form() -> None:
    # zh-news L1286: an expert's four remarks at a forum on the plateau's ecology
    titles = shared_group_titles("zh-news.jsonl", 121)
    assert "生态安全屏障" in titles and "重点实验室主任赵新全" not in titles
    # zh-news L442: an official's words on the city's talent push share only her quoted "名士之乡",
    # which read as a cryptic slogan: no title from inside quotation marks; what the city builds
    # ("打造新时代“名士之乡”人才高地") shows with her name (`zh_aim_theme`)
    titles_442 = shared_group_titles("zh-news.jsonl", 29)
    assert "名士之乡" not in titles_442 and "叶卫红：人才高地" in titles_442
    # profiles and a speech of many topics keep the person: the craftsman (in the overview since
    # `zh_profile_person`), the attaché
    assert "核心要点：漆艺匠人温云鹏" in shared_group_titles("zh-news.jsonl", 37)
    assert "国防武官吴俊辉" in shared_group_titles("zh-news.jsonl", 84)
