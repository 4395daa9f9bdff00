"""A roundup's item line in the overview goes down to the item's own group (engines/zh_roundup_lines.py)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.zh_roundup_lines import item_lines_down
from citebrief.ingest import document_from_text
from conftest import shared_article

SENTENCES = [
    "当我们在讨论冬令进补时，你会想到什么？",
    "温和而清润的滋补法，有时候可能会更有效果。",
    "红枣黑芝麻粥，原料：大米、红枣、黑芝麻。",
    "大米淘洗干净，用冷水浸泡半小时。",
    "黑芝麻容易炒焦，买现成的最方便。",
    "白菜萝卜汤，原料：大白菜叶、白萝卜。",
    "不放盐的原因在于冬季饮食味道厚重。",
]


def _drafts(overview: list[int], *groups: list[int]) -> list[Draft]:
    return [Draft(None, overview), *(Draft(k, picked) for k, picked in enumerate(groups))]


def test_the_first_items_line_leaves_the_overview_for_its_group() -> None:
    drafts = item_lines_down(_drafts([1, 2], [3, 4], [5, 6]), SENTENCES)
    assert [d.picked for d in drafts] == [[1], [2, 3, 4], [5, 6]]


def test_the_line_stays_where_its_group_is_another_items_or_full_or_the_overview_would_empty() -> None:
    # the group after the line starts past the next item's line: the item has no group of its own
    assert [d.picked for d in item_lines_down(_drafts([1, 2], [5, 6]), SENTENCES)] == [[1, 2], [5, 6]]
    full = [*SENTENCES, "Tips：备用。", "锅内入适量水。"]
    drafts = item_lines_down(_drafts([1, 2], [3, 4, 7, 8]), [*full[:5], *full[7:], *full[5:7]])
    assert drafts[0].picked == [1, 2]  # the group holds four already
    assert item_lines_down(_drafts([2], [3, 4]), SENTENCES)[0].picked == [2]
    # no roundup (one item only): unchanged
    assert item_lines_down(_drafts([1, 2], [3, 4]), SENTENCES[:5])[0].picked == [1, 2]


def test_a_recipe_roundups_overview_keeps_no_ingredient_line() -> None:
    brief = draft_extractive(document_from_text(shared_article("zh-clts.jsonl", 0), origin="x", kind="text"))
    overview, first = brief.groups[0], brief.groups[1]
    assert not any("原料：" in b.text for b in overview.points)
    assert first.points[0].text.startswith("红枣黑芝麻粥，原料：")
