"""A Chinese overview subject that cuts a word, and that the article only says as the front of
longer phrases, takes the word whole (`zh_overview_whole`): zh-news 121 "青藏高原生态环境", not the
cut "青藏高原生态"."""

from __future__ import annotations

from citebrief.text.zh_overview_whole import said_whole
from conftest import shared_group_titles

QUOTE = "“青藏高原生态安全屏障仍然面临草地退化、冰川及冻土面积萎缩等生态风险。”赵新全表示。"
PLATEAU = "青藏高原位于中国西部，平均海拔4000米以上，青藏高原生态环境多样化，可持续利用的生态资源丰富。"
BUILD = "“面向青藏高原生态屏障建设中的现实与未来需求，对青藏高原生态建设具有深远影响。”赵新全说。"
FORUM = "15日至16日，“首届果洛人才论坛”在青海省果洛藏族自治州举行。"
TEXTS = [QUOTE + FORUM, PLATEAU, BUILD]


def test_a_front_said_only_in_longer_phrases_takes_the_bullets_phrase() -> None:
    assert said_whole("青藏高原生态", [FORUM, PLATEAU], TEXTS, set()) == "青藏高原生态环境"
    # bullets that cut no word of it (a noun of its own after it): the word the article cuts first
    assert said_whole("青藏高原生态", [QUOTE], TEXTS, set()) == "青藏高原生态环境"


def test_the_subject_stands_where_it_is_said_alone_or_the_bullets_give_no_one_phrase() -> None:
    alone = "保护青藏高原生态，是国之大者。"
    assert said_whole("青藏高原生态", [PLATEAU], [*TEXTS, alone], set()) == "青藏高原生态"
    assert said_whole("青藏高原生态", [BUILD, PLATEAU], TEXTS, set()) == "青藏高原生态"  # two phrases
    assert said_whole("青藏高原生态", [FORUM], TEXTS, set()) == "青藏高原生态环境"  # the article's first
    assert said_whole("青藏高原生态", [PLATEAU], [PLATEAU], set()) == "青藏高原生态"  # said once
    robots = ["《中国机器人技术与产业发展报告》发布。", "中国机器人产业总体发展水平稳步提升。"]
    assert said_whole("中国机器人", robots, robots, set()) == "中国机器人"  # no word cut (zh-news 34)


def test_shared_brief_titles_the_whole_phrase() -> None:
    titles = shared_group_titles("zh-news.jsonl", 121)
    assert titles[0] == "核心要点：青藏高原生态环境"  # was 青藏高原生态
    assert titles[1] == "生态安全屏障"  # the group keeps its title
