"""How many groups a brief has: a flash one, a short news item two or three, a long article by
its paragraphs, --groups as asked."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.theme_count import (
    EN_RUN_GROUPS,
    TWO_GROUPS,
    ZH_TWO_GROUPS,
    most_groups,
    results_tables,
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


def test_a_standings_table_counts_as_one_sentence_of_the_article() -> None:
    rows = ["1. Ann Rider (Fra/Team Alpha) 4hrs 2mins 9secs2.", "Bea Walker (GB/Beta) +5secs3.", "Cy Long (Ita/Gamma)"]
    prose = ["The race ends on a long climb.", "Rider won the sprint (by a wheel/length) at the line."]
    assert results_tables(prose) == 0
    assert results_tables([*prose, *rows]) == 1  # one run of rows, one table
    assert results_tables([*rows, prose[0], *rows]) == 2


def test_a_stage_report_with_its_standings_is_no_news_flash() -> None:
    text = (
        "Ann Rider won the sixth stage of the tour in a sprint on the harbour front at Portsea. "
        "It was the young Frenchwoman's first stage win and her team's second of this year's race. "
        "Bea Walker is five seconds behind the race leader, with her team-mate Cy Long third. "
        "The Briton's late attack on the final climb was caught a kilometre from the finish line. "
        "Walker had built a lead of twenty seconds on the leader before the peloton reeled her back. "
        "Monday's stage takes the riders into the high mountains with a summit finish at Col Blanc.1.  "
        "Ann Rider (Fra/Team Alpha) 4hrs 2mins 9secs2.  Bea Walker (GB/Beta Racing) +5secs3.  "
        "Cy Long (Ita/Gamma) Same time4.  Di Moss (Ned/Delta)"
    )
    brief = draft_extractive(document_from_text(text, origin="stage.txt", kind="text"))
    bullets = [point.text for group in brief.groups for point in group.points]
    assert len(brief.groups) == 2  # six sentences and a table: not one group of a news flash
    assert not any("(Fra/" in bullet or "secs" in bullet for bullet in bullets)
