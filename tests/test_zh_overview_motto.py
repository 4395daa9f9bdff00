"""A Chinese overview subject that is a four-character motto only ever written in quotes gives way
to the body the lead says was founded under it (`zh_overview_motto`): zh-news 19, a town's united
front volunteer corps founded at a project launch, not the slogan "通达同心" alone."""

from __future__ import annotations

from citebrief.text.zh_overview_motto import founded_motto
from conftest import shared_group_titles

FOUNDED = "活动上，该镇“携手同行”志愿服务总队正式成立。"
BRAND = "该镇将持续擦亮“携手同行”品牌。"


def test_the_body_the_lead_says_was_founded_under_the_motto() -> None:
    used = {"携手同行"}
    assert founded_motto("携手同行", [FOUNDED], [FOUNDED + BRAND], used) == "“携手同行”志愿服务总队"
    assert used == {"“携手同行”志愿服务总队"}


def test_the_subject_stands_where_it_is_no_quoted_motto_or_nothing_was_founded() -> None:
    plain = "该镇携手同行，共谋发展。"
    assert founded_motto("携手同行", [FOUNDED], [FOUNDED + plain], set()) == "携手同行"  # said unquoted too
    assert founded_motto("携手同行", [BRAND], [FOUNDED + BRAND], set()) == "携手同行"  # the lead founds nothing
    long_name = "活动上，“携手同行大家庭”志愿服务总队正式成立。"
    assert founded_motto("携手同行大家庭", [long_name], [long_name], set()) == "携手同行大家庭"  # a name, not a motto
    assert founded_motto("", [FOUNDED], [FOUNDED], set()) == ""


def test_shared_brief_titles_the_founded_corps_not_the_slogan() -> None:
    titles = shared_group_titles("zh-news.jsonl", 19)
    assert titles[0] == "核心要点：“通达同心”志愿服务总队"  # was 通达同心
