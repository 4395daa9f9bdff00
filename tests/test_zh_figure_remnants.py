"""engines/zh_figure_remnants.py: once `zh_overview_figure` takes a group's headline figure up,
what the figure held together goes where it belongs: a line going on from the group before
joins it (and a lone remnant beside it follows); shared words alone move nothing."""

from __future__ import annotations

from conftest import shared_group_titles, shared_groups


def _group_of(groups: list[list[str]], phrase: str) -> int:
    return next(at for at, group in enumerate(groups) if any(phrase in text for text in group))


def test_a_robot_expos_remnant_joins_its_exhibits() -> None:
    # zh-news 173 (s50l): with the two robot-industry figures up in the key points, the quadruped
    # robots' "它们……工业领域" and "下一步……“机器人+”应用行动" were left as a group titled "工业领域"
    groups = shared_groups("zh-news.jsonl", 173)
    exhibits = _group_of(groups, "“新奇特”展品")
    assert _group_of(groups, "仿生四足机器人成为关注热点") == exhibits
    assert _group_of(groups, "下一步，相关部门将深入推进") == exhibits
    assert "工业领域" not in shared_group_titles("zh-news.jsonl", 173)
    assert any("营业收入超过1700亿元" in t for t in groups[0])  # the figure stays in the key points


def test_shared_names_alone_move_nothing() -> None:
    # zh-news 185: with the forest-cover figure up, the "“88542”……造林整地技术" line shares names with the
    # 88542 group, but moved there it left the county's early days a pair sharing none (read no better)
    groups = shared_groups("zh-news.jsonl", 185)
    assert _group_of(groups, "功夫不负有心人") == _group_of(groups, "为保护耕地的水土流失")


def test_a_pair_left_behind_that_shares_nouns_stays() -> None:
    # zh-news 192: the live-stream fair and the next job fair share their nouns; the pair stays apart
    # from the venues group (moving one would leave the other alone)
    assert "大型现场招聘会" in shared_group_titles("zh-news.jsonl", 192)
