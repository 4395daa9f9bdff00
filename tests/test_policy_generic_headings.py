"""A heading any plan has ("具体措施") says which part, not what: its group's title names the parts too."""

from __future__ import annotations

import pytest

from citebrief.text.title_choice import is_generic_heading
from conftest import shared_group_titles


@pytest.mark.parametrize("heading", ["具体措施", "工作安排", "组织实施"])
def test_a_heading_any_plan_has_is_generic(heading: str) -> None:
    assert is_generic_heading(heading)


def test_a_plans_measures_are_titled_by_the_measures_its_bullets_come_from() -> None:
    # zh-policy 28: "三、具体措施" with "（一）带量采购，以量换价。" … "（四）保证回款，降低交易成本。"
    titles = shared_group_titles("zh-policy.jsonl", 28)
    assert "具体措施：带量采购、招采合一、保证回款" in titles
    assert "具体措施" not in titles
