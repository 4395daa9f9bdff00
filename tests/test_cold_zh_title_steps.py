"""A Chinese policy brief under an official title imports none of the news and feature title steps
(issue #14: a cold Chinese run, timed on such a text): the later group titles (`zh_later_titles`,
imported last in `group_titles`), a news group's title steps (`zh_news_title_steps`) and the
overview's lead steps (`overview_titles`: `zh_lead`, `zh_overview_names`, `zh_lead_deed`, ...). A
Chinese news brief still reads them."""

from __future__ import annotations

import pytest

from cold_imports import ZH_NEWS, drafted_imports

LAZY = (
    "citebrief.engines.zh_later_titles",
    "citebrief.engines.zh_overview_names",
    "citebrief.text.zh_lead",
    "citebrief.text.zh_lead_deed",
    "citebrief.text.zh_profile_person",
    "citebrief.text.zh_overview_slogan",
    "citebrief.text.zh_widen",
)
POLICY = "市政府关于加快社区食堂建设的实施意见\n\n各区人民政府，市政府各委、办、局：\n\n" + "\n\n".join(
    f"{head}\n\n各区要在{n}个月内建成社区食堂网络，为老年人提供助餐服务，所需经费由区财政统筹安排。"
    f"民政部门负责指导监督，每年对食堂运营情况开展评估。"
    for n, head in enumerate(("一、总体要求", "二、主要任务", "三、保障措施"), start=1)
)


@pytest.mark.parametrize(("text", "imported"), [(POLICY, []), (ZH_NEWS, sorted(LAZY))])
def test_only_a_chinese_news_brief_imports_the_news_title_steps(text: str, imported: list[str]) -> None:
    assert drafted_imports(text, LAZY) == imported
