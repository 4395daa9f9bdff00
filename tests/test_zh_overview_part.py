"""A Chinese overview subject said once that ends on a part's word (a channel, a line, a section)
gives way to the phrase most of the overview's bullets say and the article keeps saying
(`zh_overview_part.part_subject`): "地铁延时运营", not "北京重点地铁线路"."""

from __future__ import annotations

from citebrief.text.zh_overview_part import part_subject
from conftest import zh_news_brief

BULLETS = [
    "北京持续降雨，北京重点地铁线路开展延时运营。",
    "地铁14号线东风北桥站延时运营60分钟。",
    "记者获悉，地铁延时运营措施如下。",
]
TEXTS = [
    *BULLETS,
    "地铁4号线北京南站延时运营60分钟。",
    "大兴机场线延时运营60分钟，行车间隔20分钟。",
]


def test_a_line_said_once_gives_way_to_what_the_bullets_say() -> None:
    used = {"北京重点地铁线路"}
    assert part_subject("北京重点地铁线路", BULLETS, TEXTS, used) == "地铁延时运营"
    assert used == {"地铁延时运营"}


def test_the_phrase_alone_where_the_text_never_writes_whose_it_is() -> None:
    texts = [t.replace("地铁延时", "延时") for t in TEXTS]
    bullets = [t.replace("地铁延时", "延时") for t in BULLETS]
    assert part_subject("北京重点地铁线路", bullets, texts, set()) == "延时运营"


def test_a_word_said_of_every_text_is_no_theme() -> None:
    bullets = ["企业在淘宝园艺板块开店。", "企业增收。", "企业招工。"]
    texts = [*bullets, "企业发展。", "企业创新。"]
    assert part_subject("淘宝园艺板块", bullets, texts, set()) == "淘宝园艺板块"


def test_a_subject_without_a_parts_word_stays() -> None:
    assert part_subject("北京重点地铁", BULLETS, TEXTS, set()) == "北京重点地铁"


def test_a_part_the_article_says_again_stays() -> None:
    texts = [*TEXTS, "北京重点地铁线路运营平稳。"]
    assert part_subject("北京重点地铁线路", BULLETS, texts, set()) == "北京重点地铁线路"


def test_a_phrase_said_seldom_or_taken_keeps_the_subject() -> None:
    assert part_subject("北京重点地铁线路", BULLETS, BULLETS, set()) == "北京重点地铁线路"
    assert part_subject("北京重点地铁线路", BULLETS, TEXTS, {"延时运营", "地铁延时运营"}) not in {"延时运营", "北京"}


def test_a_part_of_the_articles_own_thing_stays() -> None:
    """The part of the article's own thing stays: "供电线路" where the article keeps saying 供电."""
    texts = [*TEXTS, *(["供电部门加强供电保障。"] * 3)]
    assert part_subject("供电线路", BULLETS, texts, set()) == "供电线路"


def test_overviews_read_in_place_name_the_theme() -> None:
    """zh-news read in place: a flower alliance helping old farmers, not a shop's channel (and
    then the team the lead says was set up for them: `zh_bare_event`); the metro's late running,
    not the lines."""
    assert zh_news_brief("_L449").groups[0].title == "核心要点：“花农帮”志愿服务队"
    assert zh_news_brief("_L1377").groups[0].title == "核心要点：地铁延时运营"
