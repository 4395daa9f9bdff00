"""zh_stranger_lifts: a Chinese news pair of strangers whose one bullet tells the overview's story
goes up, and the other joins the theme group it goes with; on text written for these tests and on
zh-news."""

from __future__ import annotations

from citebrief.engines.scored import Draft
from citebrief.engines.zh_stranger_lifts import strangers_lifted
from conftest import shared_groups
from scored_builder import zh_scored

# a summer practice in a village (the first theme), the programme behind it (the overview), then a
# student's words on the practice beside the district's model-county news (a pair of strangers)
_PRACTICE = [
    ["学院服务团开展暑期社会实践，与台湾大学团队交流学习，完成村庄景观改造。", "村民称赞墙绘作品让村庄焕然一新。"],
    ["服务团与台湾文化团队合作开展乡村项目，培养乡村人才。", "双方以项目为载体推进乡村合作。"],
    [
        "“我在实践中学习了很多，希望继续与台湾同学交流。”学生小李说。",
        "该区入选省级乡村合作样板县，引导青年参与乡村项目。",
    ],
]


def _lifted(overview: list[int], paragraphs: list[list[str]] | None = None) -> list[list[int]]:
    drafts = [Draft(None, overview), Draft(0, [0, 1]), Draft(1, [4, 5])]
    return [draft.picked for draft in strangers_lifted(zh_scored(paragraphs or _PRACTICE), drafts)]


def test_the_model_county_goes_up_and_the_students_words_join_the_practice() -> None:
    assert _lifted([2, 3]) == [[2, 3, 5], [0, 1, 4]]


def test_the_pair_stays_where_the_overview_is_full() -> None:
    full = [*_PRACTICE, ["服务团还将举办乡村设计展。", "学院将继续推进乡村合作。"]]
    assert _lifted([2, 3, 6, 7], full) == [[2, 3, 6, 7], [0, 1], [4, 5]]


def test_the_pair_stays_where_its_bullets_share_a_noun_or_the_other_has_no_group() -> None:
    shared = [list(p) for p in _PRACTICE]
    shared[2][0] = "“我在乡村实践中学习了很多，希望继续与台湾同学交流。”学生小李说。"  # 乡村 in both
    assert _lifted([2, 3], shared) == [[2, 3], [0, 1], [4, 5]]
    alone = [list(p) for p in _PRACTICE]
    alone[2][0] = "“这次收获很大。”学生小李说。"  # nothing the practice says
    assert _lifted([2, 3], alone) == [[2, 3], [0, 1], [4, 5]]


def test_a_model_county_joins_the_programme_and_a_students_words_the_practice() -> None:
    """zh-news 148 (s53c): 三元区's model-county news and a student's words on the practice, one
    passage's two strangers, made a group titled "台湾同学"; the county now tells the programme in
    the overview and the student's words close the practice's group."""
    groups = shared_groups("zh-news.jsonl", 148)
    county, student, practice = "三元区于2023年", "“自己在实践活动中", "近日，三明学院"
    assert any(b.startswith(county) for b in groups[0])
    home = next(group for group in groups[1:] if any(b.startswith(practice) for b in group))
    assert any(b.startswith(student) for b in home)
    assert all(len(group) >= 2 for group in groups)


def test_the_production_line_goes_up_and_the_one_hour_operation_joins_the_surgery() -> None:
    """zh-news 12 (s53c): the device's production line and patents beside the one-hour operation
    made a group titled "定型样机量产产线"; the line and patents join the overview's research news and
    the operation follows the device it is done with."""
    groups = shared_groups("zh-news.jsonl", 12)
    line, operation, device = "经过5年研发", "该术式将原本", "为解决这一难题"
    assert any(b.startswith(line) for b in groups[0])
    home = next(group for group in groups[1:] if any(b.startswith(device) for b in group))
    assert any(operation in b for b in home)
