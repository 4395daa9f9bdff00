"""A Chinese group title is no address cut before its unit ("江州市临河区青石" of …青石街道), no
street or address, no company name run into the word after it ("海峡发电有限公司电力"), no 有
cut from 就有 ("有助餐点"); a noun the tagger cut a character off ("助|餐点", where another
bullet says 助餐) is a candidate whole again: issue 9, titles that name the theme."""

from __future__ import annotations

from pathlib import Path

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import ingest
from citebrief.text.zh_fragments import zh_fragment
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import rejoined, where
from conftest import shared_article, shared_group_titles

OLD_LADY = "家住江州市临河区青石街道的78岁老人周桂芬，是当地首批享受助餐补贴的居民之一。"
PLATFORM = "老年人及其家属可通过手机查询附近的助餐点、预约上门服务、申请补贴，实现“一网通办”。"
BEDS = "平台还将接入全市1100余个助餐点和86家养老机构的实时床位信息，方便家属为老人选择合适的服务。"


def test_the_example_news_groups_are_titled_by_what_their_bullets_say(examples_dir: Path) -> None:
    titles = [g.title for g in draft_extractive(ingest(str(examples_dir / "zh-news-flash.txt"))).groups]
    assert "助餐点" in titles  # the meal points two of its bullets name, not the old lady's address
    assert not any(t.startswith(("江州市临河区", "有助")) for t in titles)


def test_an_address_cut_before_its_unit_is_a_piece() -> None:
    assert zh_fragment("江州市临河区青石", OLD_LADY)
    # the place's whole name and a street word that starts no unit are no pieces
    assert not zh_fragment("江州市", "江州市社区养老服务站点覆盖率达到百分之九十五以上")
    assert not zh_fragment("青石", "青石路面")  # no place before it: no address run
    # a real news item: "鉴湖越台名士|乡" (zh-news L442)
    assert zh_fragment("鉴湖越台名士", shared_article("zh-news.jsonl", 29))


def test_a_street_or_an_address_is_a_place() -> None:
    assert where("江州市临河区青石街道", [OLD_LADY]) and where("青石街道", [OLD_LADY])
    assert where("北京市朝阳区建国路", [])
    # a thing that ends on a unit's word is none without a place before it
    assert not where("高速公路", []) and not where("丝绸之路", [])


def test_a_company_run_into_the_next_word_is_no_title() -> None:
    assert poor_zh_title("海峡发电有限公司电力")
    assert not poor_zh_title("三峡集团福建海上风电场")  # a group's project: 集团 is no legal form
    assert "海峡发电有限公司电力" not in shared_group_titles("zh-news.jsonl", 47)


def test_a_role_word_is_no_title() -> None:
    """'当事人' over a group of fines names whom every case has, not what the group is about."""
    assert poor_zh_title("当事人") and poor_zh_title("相关负责人")
    assert not poor_zh_title("当事人权益保护")


def test_have_cut_from_its_adverb_is_a_piece() -> None:
    assert zh_fragment("有助餐点", "现在楼下就有助餐点，一荤两素加一碗汤")
    assert not zh_fragment("有机农业", "当地发展有机农业")


def test_a_noun_cut_off_its_first_character_is_rejoined() -> None:
    assert "助餐点" in rejoined([OLD_LADY, PLATFORM, BEDS])
    assert rejoined([PLATFORM, BEDS]) == {}  # no bullet says 助餐 as a word: no evidence of a cut
