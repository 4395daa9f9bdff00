"""A roundup's section heads glued into a bullet (text/en_section_heads.py): the heads the article
lists as its parts, each standing before a capitalised word, leave the bullet."""

from __future__ import annotations

from citebrief.text.en_section_heads import after_section_head, section_heads
from conftest import cnndm_groups, shared_article

ROUNDUP = (
    "Here is the guide to the Championship, League One and the Conference. Championship Watford will be "
    "promoted if they win. League One Preston will go up if they win at home. Conference Barnet will be "
    "champions if they win."
)


def test_the_heads_a_roundup_lists_and_uses() -> None:
    assert section_heads(ROUNDUP) == {"Championship", "League One", "Conference"}
    # a list whose items do not all stand as heads, or a pair, is names
    assert section_heads("Bournemouth, Middlesbrough and Norwich lost. Norwich Town won.") == frozenset()
    assert section_heads("Sky and Virgin Media bid. Sky Sports won.") == frozenset()


def test_a_head_and_the_caption_before_it_leave_the_bullet() -> None:
    heads = section_heads(ROUNDUP)
    text = "Derby can secure a play-off spot Championship Watford will be promoted if they win"
    assert after_section_head(text, heads) == "Watford will be promoted if they win"
    assert after_section_head("League One Preston will go up if they win at home", heads) == (
        "Preston will go up if they win at home"
    )
    # a head read as a name, with nothing capitalised after it, or too little left, stays
    assert after_section_head("Watford won the Championship title last year in style", heads) == (
        "Watford won the Championship title last year in style"
    )
    assert after_section_head("They finished top of League One Table again", heads) == (
        "They finished top of League One Table again"
    )


def test_only_en_cnndm_9_lists_heads() -> None:
    for index in (0, 1, 2, 18, 199):
        assert section_heads(" ".join(shared_article("en-cnndm.jsonl", index).split())) == frozenset()


def test_en_cnndm_9_bullets_lose_their_heads() -> None:
    bullets = [text for group in cnndm_groups(9) for text in group]
    assert any(text.startswith("Watford (away to Brighton) will be promoted") for text in bullets)
    assert any(text.startswith("Preston (home to Swindon) will be promoted") for text in bullets)
    assert not any("spot Championship Watford" in text or text.startswith("League One ") for text in bullets)
