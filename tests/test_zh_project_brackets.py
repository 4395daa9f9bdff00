"""A Chinese case bullet that says "该项目" names the project in brackets, taken from the case title
before it (engines/zh_project_brackets.py, called from engines/zh_we_speakers.with_speaker): on text
written for these tests and on zh-news 144 (L688), a report of three cases of land taken unlawfully."""

from __future__ import annotations

from tests.helpers import FakeScored, FakeUnit

from citebrief.engines.zh_clause_stops import clause_stopped
from citebrief.engines.zh_project_brackets import named_project
from citebrief.ingest import document_from_text
from citebrief.model import Group, Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.text.speaker_label import ZH_PARTY_IN_PLACE
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article

_CASES = FakeScored(
    [
        FakeUnit("1、临汾市甲乙旅游开发有限公司建设项目违法占地问题。", 1),
        FakeUnit("该公司违法占用3亩耕地建设景区大门。", 1),
        FakeUnit("2、晋城市凤台产业园区建设项目违法占地问题。", 2),
        FakeUnit("6月，省自然资源厅发现该项目违法占地20亩。", 2),
        FakeUnit("7月再次发现该项目一边整改一边继续违法占地。", 2),
    ]
)


def _named(i: int, points: list[Point] | None = None) -> tuple[str, int] | None:
    return named_project(_CASES, i, _CASES.units[i].text, points or [])  # type: ignore[arg-type]


def test_the_project_of_the_nearest_case_title_is_named_after_gaixiangmu() -> None:
    assert _named(3) == ("6月，省自然资源厅发现该项目（晋城市凤台产业园区建设项目）违法占地20亩。", 2)
    assert _named(4) == ("7月再次发现该项目（晋城市凤台产业园区建设项目）一边整改一边继续违法占地。", 2)


def test_a_group_that_names_the_project_or_a_bullet_with_its_own_leaves_it_as_written() -> None:
    before = [Point(text="6月，省自然资源厅发现该项目（晋城市凤台产业园区建设项目）违法占地20亩。", citations=[2])]
    assert _named(4, before) is None
    own = FakeScored(
        [
            FakeUnit("2、晋城市凤台产业园区建设项目违法占地问题。", 1),
            FakeUnit("亭子口水库已列入规划，该工程尚缺资金。", 1),
        ]
    )
    assert named_project(own, 1, own.units[1].text, []) is None  # type: ignore[arg-type]
    assert _named(1) is None  # "该公司": a party, not a project (`zh_party_brackets` reads 当事人 only)


def test_no_case_title_or_a_question_names_no_project() -> None:
    untitled = FakeScored([FakeUnit("某地启动一批重点工程。", 1), FakeUnit("目前该项目进展顺利。", 1)])
    assert named_project(untitled, 1, untitled.units[1].text, []) is None  # type: ignore[arg-type]
    asked = FakeScored([FakeUnit("五、关于巴朗山隧道建设项目问题。", 1), FakeUnit("目前该项目的前期工作正在开展。", 1)])
    assert named_project(asked, 1, asked.units[1].text, []) is None  # type: ignore[arg-type]
    # "该项目部" is the builder's site office, no project to name
    office = FakeScored(
        [FakeUnit("2、晋城市凤台产业园区建设项目违法占地问题。", 1), FakeUnit("该项目部对挂篮进行了设计。", 1)]
    )
    assert named_project(office, 1, office.units[1].text, []) is None  # type: ignore[arg-type]


def test_a_bracketed_bullet_cut_at_a_semicolon_keeps_its_stop() -> None:
    # zh_clause_stops reads the bullet's end without the bracket: "……违法占地20亩；" in the source
    document = document_from_text(
        "晋城市凤台产业园区建设项目违法占地问题。\n\n6月，省自然资源厅发现该项目违法占地20亩；7月再次发现。",
        origin="x",
        kind="text",
    )
    point = Point(text="6月，省自然资源厅发现该项目（晋城市凤台产业园区建设项目）违法占地20亩", citations=[1, 2])
    (group,) = clause_stopped(document, [Group(title="t", points=[point])])
    assert group.points[0].text.endswith("违法占地20亩。")
    assert ZH_PARTY_IN_PLACE.search(point.text) is not None


def test_the_third_cases_project_is_named_where_its_bullet_says_only_gaixiangmu() -> None:
    # zh-news 144: "7月再次发现该项目……" stood under "违法占用耕地", the project only in the case's title
    document = document_from_text(shared_article("zh-news.jsonl", 144), origin="x", kind="text")
    index = SourceIndex(document)
    named = [point for group in draft(document).groups for point in group.points if "该项目（" in point.text]
    assert [point.text[:39] for point in named] == [
        "7月再次发现该项目（长治市长子经济开发区丹朱总部经济园区建设项目）一边整改一边"
    ]
    for point in named:
        verdict = check_point(point, index)
        assert verdict.label is VerdictLabel.supported and "quoted" in verdict.reason
        made_up = Point(text=point.text.replace("丹朱总部经济园区", "某某虚构园区"), citations=point.citations)
        assert check_point(made_up, index).label is not VerdictLabel.supported
