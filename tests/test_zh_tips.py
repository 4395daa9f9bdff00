"""A recipe column's tips are advice a reader keeps ("红枣数量不宜多，以4-5颗/天为推荐"): a "Tips：" label
run into its first tip does not make the tip a structure line, as a "做法：" label makes a step."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.patterns import is_structure
from conftest import shared_article


def test_a_tip_under_its_label_may_be_a_bullet_a_step_may_not() -> None:
    assert not is_structure("Tips：1、红枣数量不宜多，以4-5颗/天为推荐；")
    assert is_structure("做法：1、黑芝麻下锅用小火炒香后，将其打碎成粉末，备用；")


def test_the_jujube_tip_is_in_the_winter_recipes_brief() -> None:
    document = document_from_text(shared_article("zh-clts.jsonl", 0), origin="clts-0", kind="text")
    said = [point.text for group in draft_extractive(document).groups for point in group.points]
    assert "红枣数量不宜多，以4-5颗/天为推荐" in said  # its label and number left off
