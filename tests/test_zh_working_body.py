"""A Chinese news group titled by a bare working body (`zh_working_body`: 专案组, 经侦支队,
基金会) takes the act half its bullets or more report; offices, companies, roles, lists and
labels keep their title, and so does a body whose bullets share no act. Real briefs are read from
the shared zh-news set; the unit cases are short invented sentences."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.zh_working_body import bare_body, body_act_titles
from conftest import shared_group_titles

TWO = ["甲。", "乙。"]
FUND = [  # invented: two of three bullets say 筹集 beside 善款
    "筹集善款是基金会的重要工作。",
    "基金会去年筹集善款三千万元。",
    "基金会还资助了两所乡村学校。",
]
NO_ACT = ["专案组走访了很多单位。", "专案组来到了现场。"]


@pytest.mark.parametrize("head", data_lines("zh_working_bodies.tsv"))
def test_each_rows_body_is_a_bare_body(head: str) -> None:
    assert bare_body(f"上海市{head}", TWO)


def test_what_is_no_bare_working_body() -> None:
    assert not bare_body("国网清流县供电公司", TWO)  # a company: other steps title by it on purpose
    assert not bare_body("犯罪嫌疑人", TWO)  # a role, not a body
    assert not bare_body("专案组", TWO[:1])  # one bullet
    assert not bare_body("专案组、支队", TWO)
    assert not bare_body("支队：抓获", TWO)


def _titled(title: str, bullets: list[str], used: set[str] | None = None) -> str:
    return body_act_titles(["核心要点：公益", title], [None, (bullets, bullets)], used or set())[1]


def test_a_body_gives_way_to_the_act_its_bullets_share() -> None:
    used = {"教育基金会"}
    assert _titled("教育基金会", FUND, used) == "筹集善款"
    assert "筹集善款" in used and "教育基金会" not in used


def test_a_body_whose_bullets_share_no_act_stays() -> None:
    assert _titled("专案组", NO_ACT) == "专案组"
    assert _titled("犯罪嫌疑人", FUND) == "犯罪嫌疑人"


def test_shared_briefs_title_the_bodys_act() -> None:
    assert shared_group_titles("zh-news.jsonl", 87)[1] == "筹集善款"  # was 教育基金会
    assert shared_group_titles("zh-news.jsonl", 15)[1] == "侦查研判"  # was 专案组
    assert shared_group_titles("zh-news.jsonl", 55)[1] == "企业招聘"  # was 浦东经侦支队
