"""A document of two parts keeps each part's sections (a heading both parts have is no table of
contents), merges within a part first and in pairs before triples, titles a merged pair by both
names; a holiday item's make-up working days stay in its bullet."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.group_titles import _fits_list
from citebrief.engines.policy_completions import is_completion
from citebrief.engines.themes import outline_themes
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from citebrief.text.outline import find_outline, numbered_heading
from conftest import load_records

POLICY = {record["id"]: record["article"] for record in load_records("zh-policy.jsonl")}


def _brief(ident: str) -> Brief:
    return draft_extractive(document_from_text(POLICY[ident], origin=ident, kind="text"))


def _cited_by(brief: Brief, title: str) -> set[int]:
    return {c for g in brief.groups if g.title == title for p in g.points for c in p.citations}


def test_a_heading_both_parts_have_is_kept_where_it_opens_a_body() -> None:
    body = "（一）具体措施的正文写在这里，说明要求。"
    paragraphs = ["一、关于财政税收", body, "二、关于人员安置", body, "一、关于财政税收", body, "二、关于投资", body]
    labels = [(h.paragraph, h.label) for h in find_outline(paragraphs, "zh") if h.level == 2]
    assert labels == [(0, "关于财政税收"), (2, "关于人员安置"), (4, "关于财政税收"), (6, "关于投资")]


def test_a_table_of_contents_copy_is_still_dropped() -> None:
    body = "具体措施的正文写在这里，说明要求。"
    paragraphs = ["目录", "一、总体要求", "二、重点任务", "一、总体要求", body, "二、重点任务", body]
    assert [h.paragraph for h in find_outline(paragraphs, "zh")] == [3, 5]


def test_a_heading_numbered_one_restarts_the_count() -> None:
    firsts = ["一、总体", "第一章 总则", "（一）加强", "1.总体"]
    others = ["十一、关于", "二、关于", "1.1 总体", "11. 总体"]
    assert all(numbered_heading(t).first for t in firsts)  # type: ignore[union-attr]
    assert not any(numbered_heading(t).first for t in others)  # type: ignore[union-attr]


def _merged_sizes(weights: list[int], wanted: int) -> list[int]:
    """How many sections each theme of a one-part outline with sections of `weights` holds."""
    body = "正文一句。正文二句。"
    paragraphs = [x for k in range(len(weights)) for x in (f"{'一二三四五六七八'[k]}、第{k}项", body)]
    available = [w for weight in weights for w in (0, weight)]
    themes = outline_themes(find_outline(paragraphs, "zh"), len(paragraphs), available, wanted, "zh")
    assert themes is not None
    labels = themes.labels.tolist()[1::2]
    return [labels.count(t) for t in dict.fromkeys(labels)]


def test_sections_merge_in_pairs_before_a_third_joins() -> None:
    assert _merged_sizes([3, 3, 4, 9, 9, 9], 3) == [2, 2, 2]  # not 甲乙丙 for being light


def test_a_pair_that_would_strand_a_section_waits() -> None:
    assert _merged_sizes([9, 2, 2, 9, 9, 9], 3) == [2, 2, 2]  # 乙丙 first left 甲 to join them


def test_two_merged_sections_are_named_both_within_twenty_characters() -> None:
    assert _fits_list(["北京非首都功能疏解", "国土空间开发保护格局"], merged=True)
    assert not _fits_list(["北京非首都功能疏解", "国土空间开发保护格局"])
    assert not _fits_list(["国有文化资产管理", "资产和土地处置", "收入分配"], merged=True)


def test_part_one_tax_measures_are_a_group_of_their_own() -> None:
    brief = _brief("govcn_5352010")  # two 规定, each with "关于财政税收"
    assert {37, 40} <= _cited_by(brief, "财政税收")
    # the second 规定's "一、关于财政税收" ([53]-[61]) is the same theme: one group (`outline_twins`)
    assert _cited_by(brief, "财政税收") & set(range(53, 62))
    assert sum("财政税收" in g.title for g in brief.groups) == 1
    assert not {37, 40, 43} & {c for g in brief.groups if "人员安置" in g.title for p in g.points for c in p.citations}


def test_each_bullet_of_the_plan_reply_sits_under_its_own_section() -> None:
    brief = _brief("govcn_5354222")  # 雄安新区总体规划批复: 三 北京非首都功能, 四 国土空间, 五 生态环境
    # each paragraph cited only by groups whose titles name its section (a merged pair names both)
    for paragraph, section in ((6, "北京非首都功能疏解"), (7, "国土空间开发保护格局"), (8, "优美自然生态环境")):
        titles = {g.title for g in brief.groups for p in g.points if paragraph in p.citations}
        assert titles and all(section in title for title in titles), (paragraph, titles)


def test_a_completion_of_days_is_recognised() -> None:
    assert is_completion("2月2日（星期六）、2月3日（星期日）上班。")
    assert is_completion("2018年12月29日（星期六）上班。")
    assert not is_completion("春节：2月4日至10日放假调休，共7天。")
    assert not is_completion("会议决定中央政府门户网站于2006年1月1日正式开通。")


def test_make_up_working_days_stay_with_their_holiday() -> None:
    brief = _brief("govcn_5346276")  # 2019年部分节假日安排
    texts = [p.text for g in brief.groups for p in g.points]
    assert not any(is_completion(t) for t in texts)
    assert any(t.startswith("国庆节") and t.endswith("10月12日（星期六）上班。") for t in texts)
    assert any(t.startswith("春节") and "2月3日（星期日）上班。" in t for t in texts)
