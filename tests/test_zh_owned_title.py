"""A Chinese group title that names nothing without whose it is takes the owner the text writes
right before it (`citebrief.text.zh_owned_title`): "成员" → "领导小组成员"."""

from __future__ import annotations

import pytest

from citebrief.text.data_files import data_lines
from citebrief.text.zh_owned_title import owned_nouns, owned_title, owned_titles
from conftest import shared_group_titles

ROSTER = ["领导小组办公室设在生态环境部。领导小组成员因工作变动需要调整的，由所在单位提出。"]


def test_a_bare_member_title_takes_the_body_the_document_names() -> None:
    assert owned_title("成员", ROSTER, set()) == "领导小组成员"


def test_an_owner_said_once_is_one_sentences_and_stays_out() -> None:
    assert owned_title("成员", ["郭卫民 中央宣传部部务会议成员、新闻办副主任"], set()) == "成员"


def test_the_owner_the_document_says_most_wins() -> None:
    texts = ["王春峰 自然资源部党组成员", *ROSTER]
    assert owned_title("成员", texts, set()) == "领导小组成员"


def test_a_noun_that_names_a_kind_alone_stays() -> None:
    texts = ["调拨应急物资一批。", "应急物资已送达。"]
    assert "物资" not in owned_nouns()
    assert owned_title("物资", texts, set()) == "物资"


def test_a_one_character_owner_or_a_verb_before_is_no_owner() -> None:
    assert owned_title("成员", ["组织成员。组织成员。"], set()) == "成员"  # 组织 read as a verb
    assert owned_title("英文版", ["开通了英文版。开通了英文版。"], set()) == "英文版"


def test_a_whole_another_title_holds_or_is_held_by_stays() -> None:
    assert owned_title("成员", ROSTER, {"领导小组"}) == "成员"
    assert owned_title("成员", ROSTER, {"领导小组成员调整"}) == "成员"


def test_the_titles_given_take_the_new_title_in_the_old_ones_place() -> None:
    used = {"成员", "调整领导小组组成人员"}
    assert owned_titles(["调整领导小组组成人员", "成员"], ROSTER, used) == ["调整领导小组组成人员", "领导小组成员"]
    assert used == {"领导小组成员", "调整领导小组组成人员"}


def test_the_overview_shown_may_not_hold_the_new_title() -> None:
    assert owned_titles(["成员"], ROSTER, set(), shown="领导小组成员名单") == ["成员"]


@pytest.mark.parametrize(
    ("noun", "texts", "whole"),
    [
        ("成员", ROSTER, "领导小组成员"),
        ("英文版", ["中央政府门户网站英文版正式开通。", "建设门户网站。"], "门户网站英文版"),
        ("外文版", ["地方政府门户网站外文版起步较晚。", "门户网站建设。"], "门户网站外文版"),
    ],
)
def test_each_row_of_the_table_takes_its_owner(noun: str, texts: list[str], whole: str) -> None:
    assert noun in owned_nouns()
    assert owned_title(noun, texts, set()) == whole


def test_the_table_is_one_noun_of_han_characters_a_row() -> None:
    rows = data_lines("zh_owned_nouns.tsv")
    assert len(set(rows)) == len(rows) == len(owned_nouns())
    assert all(2 <= len(row) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in row) for row in rows)


def test_shared_policy_replies_name_whose_members_and_site_versions() -> None:
    """zh-policy 0: the roster under the label "成 员：" of the leading group's notice; zh-policy 16:
    the state of government sites' English versions (blind readers: "成员", "英文版" read thin)."""
    assert shared_group_titles("zh-policy.jsonl", 0)[1] == "领导小组成员"
    assert shared_group_titles("zh-policy.jsonl", 16)[1] == "门户网站英文版"
