"""A Chinese policy brief under an official title imports none of the news and feature title steps
(issue #14: a cold Chinese run, timed on such a text): the later group titles (`zh_later_titles`,
imported last in `group_titles`), a news group's title steps (`zh_news_title_steps`) and the
overview's lead steps (`overview_titles`: `zh_lead`, `zh_overview_names`, `zh_lead_deed`, ...). A
Chinese news brief still reads them."""

from __future__ import annotations

import pytest

from cold_imports import ZH_NEWS, ZH_TITLED_POLICY, drafted_imports

LAZY = (
    "citebrief.engines.zh_later_titles",
    "citebrief.engines.zh_overview_names",
    "citebrief.text.zh_lead",
    "citebrief.text.zh_lead_deed",
    "citebrief.text.zh_profile_person",
    "citebrief.text.zh_overview_slogan",
    "citebrief.text.zh_widen",
)


@pytest.mark.parametrize(("text", "imported"), [(ZH_TITLED_POLICY, []), (ZH_NEWS, sorted(LAZY))])
def test_only_a_chinese_news_brief_imports_the_news_title_steps(text: str, imported: list[str]) -> None:
    assert drafted_imports(text, LAZY) == imported
