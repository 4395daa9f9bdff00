"""A Chinese policy brief imports none of the Chinese news steps that settle groups
(engines/zh_news_groups.py and the 24 step modules under it): a Chinese news brief still runs
them all (issue #14: a cold Chinese run, timed on a policy text)."""

from __future__ import annotations

import pytest

from cold_imports import ZH_NEWS, drafted_imports

LAZY = (
    "citebrief.engines.zh_news_groups",
    "citebrief.engines.zh_deep_points",
    "citebrief.engines.zh_person_runs",
    "citebrief.engines.zh_case_outcomes",
)
POLICY = "各区人民政府，市政府各委、办、局：\n\n" + "\n\n".join(
    f"第{n}条 各区要在{n}个月内建成社区食堂网络，为老年人提供助餐服务，所需经费由区财政统筹安排。"
    f"民政部门负责指导监督，每年对食堂运营情况开展评估。"
    for n in range(1, 7)
)


@pytest.mark.parametrize(("text", "imported"), [(POLICY, []), (ZH_NEWS, sorted(LAZY))])
def test_only_a_chinese_news_brief_imports_the_news_steps(text: str, imported: list[str]) -> None:
    assert drafted_imports(text, LAZY) == imported
