"""The overview's report of a call goes down to the group that opens on what the check found
(`engines/zh_finding_heads.py`)."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_finding_heads import finding_heads_given, reports_finding
from citebrief.text.data_files import rows_by_kind
from citebrief.text.zh_case_heads import leans_on_title
from conftest import shared_groups
from scored_builder import zh_scored

PARAGRAPHS = [
    [
        "连日来，全省多地出现强降水，引发山洪灾害，已致4人遇难。",  # 0: the lead
        "10日中午，水利厅发布山洪灾害蓝色预警。",  # 1
    ],
    [
        "10日0时14分，消防救援大队接到报警，在该县山区有人被困。",  # 2: the call
        "经核查，7名民众返回途中突遇山洪，5人失联。",  # 3: what the check found
        "当地立即组织600余人进行搜救。",  # 4
    ],
    [
        "气象台发布强对流黄色预警。",  # 5
        "水利厅称，局地最大小时雨强将达40毫米。",  # 6
    ],
]


def _drafts() -> list[Draft]:
    return [Draft(None, [0, 1, 2], "核心要点：山洪灾害"), Draft(1, [3, 4], "搜救"), Draft(2, [5, 6], "强降水")]


def test_finding_words() -> None:
    assert reports_finding("经核查，7名民众突遇山洪。")
    assert reports_finding("经查，当事人在自有网站发布广告。")
    assert not reports_finding("核查发现，7名民众突遇山洪。")
    assert not reports_finding("当地立即组织搜救。")


def test_the_call_goes_down_to_what_its_check_found() -> None:
    drafts = finding_heads_given(zh_scored(PARAGRAPHS), _drafts())
    assert drafts[0].picked == [0, 1]
    assert drafts[1].picked == [2, 3, 4]  # in reading order
    assert drafts[2].picked == [5, 6]


def test_the_lead_a_sentence_not_right_before_and_a_short_overview_stay() -> None:
    scored = zh_scored(PARAGRAPHS)
    drafts = [Draft(None, [2, 0, 1], "核心要点：山洪灾害"), Draft(1, [3, 4], "搜救")]  # the call leads
    assert finding_heads_given(scored, drafts)[0].picked == [2, 0, 1]
    drafts = [Draft(None, [0, 1, 2], "核心要点：山洪灾害"), Draft(1, [4, 5], "搜救")]  # opens on no finding
    assert finding_heads_given(scored, drafts)[0].picked == [0, 1, 2]
    drafts = [Draft(None, [0, 2], "核心要点：山洪灾害"), Draft(1, [3, 4], "搜救")]  # two points: both stay
    assert finding_heads_given(scored, drafts)[0].picked == [0, 2]
    apart = zh_scored([PARAGRAPHS[0], PARAGRAPHS[1][:1], PARAGRAPHS[1][1:], PARAGRAPHS[2]])  # a paragraph apart
    assert finding_heads_given(apart, _drafts())[0].picked == [0, 1, 2]


def test_a_flash_floods_call_reads_beside_its_check() -> None:
    # zh-news 133: "10日0时14分，……接到报警……有人被困。" sat in the overview above the group opening on
    # "经核查，7名民众……5人失联。"
    overview, *themes = shared_groups("zh-news.jsonl", 133)
    assert not any("接到报警" in text for text in overview)
    (group,) = [group for group in themes if any(text.startswith("经核查") for text in group)]
    assert "接到报警" in group[0]


def test_the_check_verbs_are_one_table_each_reader_its_kind() -> None:
    """s50w (review #8): zh_finding_heads and zh_case_heads read their verbs after 经 from one table,
    each its own kind (`data/zh_finding_openers.tsv`): widening one moves the other's briefs not."""
    kinds = rows_by_kind("zh_finding_openers.tsv")
    assert set(kinds) == {"finding", "case"}
    assert set(kinds["finding"]) == {"核查", "查", "调查", "核实"}
    assert set(kinds["case"]) == {"调查", "核查", "查", "审理", "查明"}
    for opener in ("经核查，", "经查，", "经调查，", "经核实，", "经初步调查，", "经初步核实,"):
        assert reports_finding(f"{opener}7名民众返回途中突遇山洪。"), opener
    for opener in ("经审理，", "经查明，", "经过核查，", "核查发现，", "经核查"):
        assert not reports_finding(f"{opener}7名民众返回途中突遇山洪。"), opener
    assert leans_on_title("经审理，当事人……") and leans_on_title("经查明，该公司……")
    assert not leans_on_title("经核实，当事人……")  # a finding's verb, not a case's
