"""zh_case_name: a news group titled by one bullet's detail takes the case a bullet names in
quotation marks; a case another group names, two cases, a title most bullets say and a title
that is a case already stay."""

from __future__ import annotations

import json
from pathlib import Path

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_case_name import case_name_titles

DATA = Path("/work/shared/data")
_OVERVIEW = ["9日下午，天津市高级人民法院召开新闻发布会，发布8个典型案例。"]
_CASE = [
    "会上发布的典型案例中，“孙某某等35人诈骗案”涉及全国多个省市130余名被害人，涉案金额高达人民币5400余万元。",
    "法院经审理，依法判处该犯罪集团各被告人14年6个月至1年6个月不等的有期徒刑，并处相应罚金。",
]


def _titled(title: str, bullets: list[str], others: list[str] | None = None) -> tuple[str, set[str]]:
    own: list[tuple[list[str], list[str]] | None] = [None, (bullets, bullets)]
    used = {"电信网络诈骗", title.casefold()}
    return case_name_titles(["电信网络诈骗", title], own, [others or _OVERVIEW, bullets], used)[1], used


def test_the_quoted_case_titles_a_group_under_its_sentences_detail() -> None:
    title, used = _titled("相应罚金", _CASE)
    assert title == "孙某某等35人诈骗案"
    assert "孙某某等35人诈骗案" in used and "相应罚金" not in used


def test_a_case_another_group_names_is_no_title() -> None:
    others = ["“孙某某等35人诈骗案”系天津法院审结的最大诈骗案。"]
    assert _titled("相应罚金", _CASE, others)[0] == "相应罚金"


def test_two_quoted_cases_leave_the_title() -> None:
    bullets = [*_CASE, "“李某帮助信息网络犯罪活动案”中，被告人出租银行卡。"]
    assert _titled("相应罚金", bullets)[0] == "相应罚金"


def test_a_title_most_bullets_say_or_a_case_stays() -> None:
    bullets = [_CASE[0], "涉案金额高达人民币5400余万元的诈骗集团被一网打尽。"]
    assert _titled("涉案金额", bullets)[0] == "涉案金额"
    assert _titled("电信诈骗案", _CASE)[0] == "电信诈骗案"


def test_zh_news_78_typical_case_group_is_titled_by_the_case() -> None:
    """Before: 相应罚金 (the sentence's fine, over the case's scale and its sentence); after: the
    case the first bullet names."""
    record = json.loads((DATA / "zh-news.jsonl").read_text(encoding="utf-8").splitlines()[78])
    document = document_from_text(record["article"], origin="zh-news-78", kind="text")
    titles = [group.title for group in draft(document).groups]
    assert titles[1:] == ["孙某某等35人诈骗案"]
