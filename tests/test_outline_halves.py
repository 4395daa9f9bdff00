"""A top-level section cut into two light themes is one theme again (`outline_halves`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.outline_halves import join_halves
from citebrief.engines.outline_sections import Section
from citebrief.ingest import document_from_text
from citebrief.text.outline import Heading
from conftest import load_records


def _section(start: int, end: int, label: str, level: int, weight: int) -> Section:
    return Section(start, end, Heading(start, level, label, len(label), False), weight)


def _tops() -> list[Section]:
    return [
        _section(0, 3, "一、支持企业稳定发展", 2, 3),
        _section(3, 7, "二、鼓励支持就业创业", 2, 9),
        _section(7, 10, "三、积极实施培训", 2, 7),
    ]


def test_two_light_halves_of_one_section_join_under_its_heading() -> None:
    tops = _tops()
    sections = [tops[0], _section(4, 5, "（三）贴息", 3, 4), _section(5, 7, "（四）创业载体建设", 3, 5), tops[2]]
    join_halves(sections, tops)
    assert [(s.start, s.end, s.weight) for s in sections] == [(0, 3, 3), (3, 7, 9), (7, 10, 7)]
    assert sections[1].heading is tops[1].heading  # from its heading line, titled by it


def test_heavy_halves_three_parts_or_a_part_gone_elsewhere_stay() -> None:
    tops = _tops()
    heavy = [tops[0], _section(4, 5, "（三）贴息", 3, 5), _section(5, 7, "（四）创业载体建设", 3, 5), tops[2]]
    join_halves(heavy, tops)
    assert len(heavy) == 4
    three = [tops[0], _section(4, 5, "（三）", 3, 2), _section(5, 6, "（四）", 3, 2), _section(6, 7, "（五）", 3, 2)]
    join_halves(three, tops)
    assert len(three) == 4
    # the section's first part merged into the section before: the two left are not all of it
    spread = [
        _section(0, 5, "一、支持企业稳定发展", 2, 5),
        _section(5, 6, "（四）", 3, 2),
        _section(6, 7, "（五）", 3, 2),
    ]
    join_halves(spread, tops)
    assert len(spread) == 3


def test_a_policys_section_opened_in_two_light_halves_is_one_group() -> None:
    record = next(r for r in load_records("zh-policy.jsonl") if r["id"] == "govcn_5345808")
    document = document_from_text(record["article"], origin="x", kind="text")
    groups = draft_extractive(document).groups
    startup = [g for g in groups if any("创业担保贷款" in p.text for p in g.points)]
    assert len(startup) == 1, [g.title for g in groups]
    cited = {c for p in startup[0].points for c in p.citations}
    assert {8, 9, 10} <= cited  # loans, incubators and internships: all of 二、鼓励支持就业创业
    assert "贴息" not in startup[0].title
