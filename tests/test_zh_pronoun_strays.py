"""A Chinese news overview point that says "他" of someone it never names goes to the theme group
told through its passage (engines/zh_pronoun_strays.py, called from engines/final_groups.py), read
on zh-news 120 and on short texts."""

from __future__ import annotations

from citebrief.engines.zh_pronoun_strays import _PRONOUN, _names_person
from conftest import group_opening, shared_groups


def test_the_inspectors_he_joins_the_inspectors_group() -> None:
    # "40个台位，百米长的大库，角角落落他早已了然于心" (passage 3) sat among the overview's key
    # points; the group told from passage 1 to 4 is 王国柱's own account
    groups = shared_groups("zh-news.jsonl", 120)
    assert not any(text.startswith("40个台位") for text in groups[0]), groups
    inspector = group_opening(groups, "王国柱身着厚厚的工作服")
    assert any(text.startswith("40个台位") for text in inspector), groups
    assert len(groups[0]) >= 2 and all(2 <= len(group) <= 4 for group in groups[1:]), groups


def test_a_pronoun_and_a_named_person() -> None:
    assert _PRONOUN.search("角角落落他早已了然于心。")
    assert _PRONOUN.search("她说，这是第一次。")
    assert not _PRONOUN.search("其他车间也在检修。")
    assert _names_person("张庆华沉着地戴上绝缘手套。")  # a name of its own: "他" is of someone it says
    assert not _names_person("40个台位，百米长的大库，角角落落他早已了然于心。")
