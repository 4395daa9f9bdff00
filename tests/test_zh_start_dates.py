"""A Chinese item's start date ("该片将于11月22日正式公映。") is said where no bullet states it."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_start_dates import start_date
from citebrief.ingest import document_from_text
from conftest import shared_article


def test_the_date_something_starts_on() -> None:
    assert start_date("该片将于11月22日正式公映。") == "11月22日"
    assert start_date("该《办法》将于9月10日起实施。") == "9月10日"
    assert start_date("2023年拉萨雪顿节定于8月16日至8月22日在拉萨举办并开幕。") == "8月16日"
    assert start_date("11月17日，电影《你是凶手》在北京举行首映礼。") is None  # what happened, not what starts
    assert start_date("将于10日上午以强热带风暴级在韩国南部沿海活动。") is None  # no start


def test_a_films_release_date_is_in_its_overview() -> None:
    # clts_plus_sample_2: a premiere report whose brief left out "该片将于11月22日正式公映。"
    document = document_from_text(shared_article("zh-clts.jsonl", 8), origin="clts-8", kind="text")
    brief = draft_extractive(document)
    overview = [point.text for point in brief.groups[0].points]
    assert any(text.endswith("该片将于11月22日正式公映。") for text in overview)
    assert any("力挺。该片将于" in text for text in overview)  # read on from the bullet it leans on
    said = [point.text for group in brief.groups for point in group.points]
    assert sum("11月22日" in text for text in said) == 1
