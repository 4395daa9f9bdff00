"""A body's office said with the body it serves (engines/zh_body_offices.py): on zh-policy 28, whose
"组织形式" group quoted the pilot working group's office but not the working group, and zh-policy 30,
whose office stands in another paragraph than the joint meeting's set-up (left as it was)."""

from __future__ import annotations

from conftest import shared_groups


def _group_with(groups: list[list[str]], opening: str) -> list[str]:
    return next(group for group in groups if any(text.startswith(opening) for text in group))


def test_the_working_group_comes_before_its_office() -> None:
    organisation = _group_with(shared_groups("zh-policy.jsonl", 28), "试点工作小组办公室设在国家医保局")
    assert organisation[0].startswith("由国务院办公厅、国家医保局、国家卫生健康委、国家药监局组成")
    assert organisation[1].startswith("试点工作小组办公室设在国家医保局")
    # in the place of the expert panel's bullet, a later paragraph's: the group keeps its size
    assert not any(text.startswith("组织若干领域专家") for text in organisation)
    assert len(organisation) == 3


def test_an_office_whose_body_is_set_up_elsewhere_stays_as_it_was() -> None:
    members = _group_with(shared_groups("zh-policy.jsonl", 30), "联席会议办公室设在教育部")
    assert not any("以下简称联席会议" in text for text in members)
