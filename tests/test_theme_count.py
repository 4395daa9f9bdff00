"""How many groups a brief has: a flash one, a short news item two or three, a long article by
its paragraphs, --groups as asked."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.theme_count import (
    EN_RUN_GROUPS,
    TWO_GROUPS,
    ZH_TWO_GROUPS,
    most_groups,
    theme_count,
    two_group_sentences,
)
from citebrief.ingest import document_from_text
from citebrief.options import MAX_GROUPS


def test_a_news_flash_is_the_overview_alone() -> None:
    assert theme_count(3, 6, None, ZH_TWO_GROUPS) == 0
    assert theme_count(3, 7, None, ZH_TWO_GROUPS) == 1


def test_a_chinese_item_says_less_a_sentence_than_an_english_one() -> None:
    # ten Chinese sentences make three groups, ten English ones two
    assert two_group_sentences("zh") == ZH_TWO_GROUPS < TWO_GROUPS == two_group_sentences("en")
    assert theme_count(4, ZH_TWO_GROUPS, None, ZH_TWO_GROUPS) == 1
    assert theme_count(4, ZH_TWO_GROUPS + 1, None, ZH_TWO_GROUPS) == 2
    assert theme_count(4, ZH_TWO_GROUPS + 1, None, TWO_GROUPS) == 1


def test_a_long_article_is_counted_in_paragraphs_up_to_its_cap() -> None:
    assert theme_count(8, 3, None, ZH_TWO_GROUPS) == 3  # three groups at least, 8/3 + 1 here
    assert theme_count(30, 90, None, ZH_TWO_GROUPS) == MAX_GROUPS - 1
    assert theme_count(30, 90, None, TWO_GROUPS, most_groups("en", sections=False)) == EN_RUN_GROUPS - 1
    assert most_groups("en", sections=True) == most_groups("zh", sections=False) == MAX_GROUPS


def test_groups_asked_for_are_given() -> None:
    assert theme_count(30, 90, 2, ZH_TWO_GROUPS) == 1
    assert theme_count(1, 2, 1, ZH_TWO_GROUPS) == 0


def test_a_short_chinese_flash_is_one_group() -> None:
    text = (
        "8日，某市召开新闻发布会，宣布本届文化节定于8月16日至22日举办。"
        "本届文化节共安排主体活动7项，包括开幕式、传统戏剧展演和赛马大会。"
        "市体育局将马术表演升级为赛马大会，赛程由半天延长为一天半。"
        "各县区也将在节前后自行开展群众性文化、体育活动。"
    )
    brief = draft_extractive(document_from_text(text, origin="flash.txt", kind="text"))
    assert len(brief.groups) == 1
