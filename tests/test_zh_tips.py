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
    assert "红枣数量不宜多，以4-5颗/天为推荐。" in said  # its label and number left off, its "；" a full stop


def test_washing_and_soaking_the_rice_is_a_step_not_a_bullet() -> None:
    # a step the 做法 label does not open: said alone it read as "the stray step" to blind readers,
    # and as a list's item it carried its 做法 lead-in, the whole method, into a bullet
    assert is_structure("2、大米淘洗干净，用冷水浸泡半小时；")
    assert is_structure("大米淘洗干净，用冷水浸泡半小时，之后将水倒掉")
    assert not is_structure("受灾群众被转移后，房屋在水中浸泡了两天。")  # a flood's houses, no recipe
    said = [
        point.text
        for group in draft_extractive(
            document_from_text(shared_article("zh-clts.jsonl", 0), origin="c", kind="text")
        ).groups
        for point in group.points
    ]
    # the step stands only inside its whole method, said from its first step to the finish (zh_method_steps)
    assert not any("淘洗" in text and not ("；" in text and text.endswith("即可食用。")) for text in said)
