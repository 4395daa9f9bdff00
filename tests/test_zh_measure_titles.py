"""text/zh_poor_titles.py: the tail of a measure ("级风" of "4～6级风") and a pointer to a figure
("见图2") name no group; a name after a year ("2023海峡两岸……大赛") still does."""

from __future__ import annotations

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.text.zh_poor_titles import poor_zh_title
from conftest import load_records


def test_a_measures_tail_is_no_title() -> None:
    texts = ["内蒙古中西部、新疆南疆盆地等地部分地区有4～6级风(见图3)。", "青海西部部分地区有6～7级风。"]
    assert poor_zh_title("级风", texts)
    assert poor_zh_title("见图", texts)
    assert not poor_zh_title("海峡两岸青年创新创业大赛", ["2023海峡两岸青年创新创业大赛在厦门开幕。"])


def test_the_wind_forecast_group_is_not_titled_by_its_unit() -> None:
    # zh-news L1235: a group of two 4～6级风 forecasts was titled "级风" once the rain left it
    record = next(r for r in load_records("zh-news.jsonl") if str(r["id"]).endswith("_L1235"))
    brief = draft(document_from_text(record["article"], origin="L1235", kind="text"))
    titles = [group.title for group in brief.groups]
    assert not any(t.startswith(("级风", "见图")) for t in titles)
    assert any("级风" in p.text for g in brief.groups for p in g.points)
