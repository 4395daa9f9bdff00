"""Sections of one name in two parts are one theme (`outline_twins`); a part's unnumbered close
belongs to no section (`outline_codas`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.outline_codas import part_codas
from citebrief.engines.outline_sections import Section
from citebrief.engines.outline_twins import fold_twins
from citebrief.ingest import document_from_text
from citebrief.text.outline import Heading, find_outline
from conftest import load_records


def _section(start: int, end: int, label: str, *, first: bool = False, weight: int = 3) -> Section:
    return Section(start, end, Heading(start, 2, label, len(label), first), weight)


def test_a_later_parts_section_of_an_earlier_name_joins_it() -> None:
    sections = [
        _section(0, 3, "关于财政税收", first=True),
        _section(3, 6, "关于党的建设"),
        _section(6, 9, "关于财政税收", first=True),  # the second regulation's 一、
        _section(9, 12, "关于投资和融资"),
    ]
    phrases = {s.start: s.heading.label.removeprefix("关于") for s in sections if s.heading}
    twins = fold_twins(sections, phrases)
    assert [(t.section.start, t.joins) for t in twins] == [(6, 0)]
    assert [s.start for s in sections] == [0, 3, 9]
    assert sections[0].weight == 6  # the earlier one weighs both
    assert sections[2].heading is not None and sections[2].heading.first  # still opens the second part


def test_one_parts_sections_are_never_twins() -> None:
    sections = [_section(0, 3, "关于财政税收", first=True), _section(3, 6, "关于财政税收")]
    phrases = {s.start: "财政税收" for s in sections}
    assert fold_twins(sections, phrases) == []
    assert len(sections) == 2


def test_a_parts_close_after_its_last_item_is_no_sections() -> None:
    texts = [
        "一、关于收入分配",
        "（一）建立健全以岗位工资为主的基本工资制度。",
        "（二）完善国有文化企业负责人薪酬管理机制。",
        "除第二十三条所列政策外，上述政策执行期限为2019年1月1日至2023年12月31日。",
        "进一步支持文化企业发展的规定",
        "一、关于财政税收",
        "（一）中央财政和地方财政应通过现有资金渠道支持文化企业发展。",
        "上述政策适用于所有文化企业。",
    ]
    assert part_codas(texts, find_outline(texts, "zh")) == [3, 4, 7]
    texts[-1] = "各地区要加强组织领导，抓好落实。"  # the last section's own close stays its
    assert part_codas(texts, find_outline(texts, "zh")) == [3, 4]


def test_two_regulations_sections_of_one_name_title_one_group() -> None:
    record = next(r for r in load_records("zh-policy.jsonl") if r["id"] == "govcn_5352010")
    document = document_from_text(record["article"], origin="x", kind="text")
    titles = [group.title for group in draft_extractive(document).groups[1:]]
    names = [name for title in titles for name in title.split("、")]
    assert len(names) == len(set(names)), titles  # no "财政税收" beside "财政税收、投资和融资"
    party = next(g for g in draft_extractive(document).groups if "党的建设" in g.title)
    assert not any("执行期限" in point.text for point in party.points)


def test_names_every_part_has_are_no_twins() -> None:
    sections = [
        _section(0, 3, "一般规定", first=True),
        _section(3, 6, "合同的订立"),
        _section(6, 9, "一般规定", first=True),  # 物权编's own 一般规定: another topic
        _section(9, 12, "组织实施"),
        _section(12, 15, "组织实施", first=True),
    ]
    phrases = {s.start: s.heading.label for s in sections if s.heading}
    assert fold_twins(sections, phrases) == []
    assert len(sections) == 5
