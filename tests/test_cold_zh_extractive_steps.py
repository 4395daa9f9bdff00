"""A Chinese policy brief imports none of the news steps the extractive engine runs on a Chinese
news item (issue #14: a cold Chinese run, timed on a policy text): an overview bullet that says a
theme's title moves to it (`zh_title_moves`, with `zh_act_aspect` and `zh_action_title` under
it), a headline figure taken up (`zh_overview_figure`), a lead turning from nothing
(`zh_overview_leans`) and a lead point that leans on the next (`zh_leaned_on`). A Chinese news
brief still reads them."""

from __future__ import annotations

import pytest

from cold_imports import ZH_NEWS, ZH_TITLED_POLICY, drafted_imports

LAZY = (
    "citebrief.engines.zh_title_moves",
    "citebrief.engines.zh_overview_figure",
    "citebrief.engines.zh_overview_leans",
    "citebrief.engines.zh_leaned_on",
    "citebrief.text.zh_act_aspect",
    "citebrief.text.zh_action_title",
)


@pytest.mark.parametrize(("text", "imported"), [(ZH_TITLED_POLICY, []), (ZH_NEWS, sorted(LAZY))])
def test_only_a_chinese_news_brief_imports_the_extractive_news_steps(text: str, imported: list[str]) -> None:
    assert drafted_imports(text, LAZY) == imported
