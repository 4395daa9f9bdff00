"""A sectioned English roundup's groups follow its section headings: a theme group across two
headings, two bullets each side, is cut there, and a section's stray bullet joins the group of
its section (`engines/en_section_groups.py`); a heading glued inside a bullet is in force for it
(`en_title_competition.bullet_end`). en-cnndm 9 and cases cut from it."""

from __future__ import annotations

from citebrief.engines.en_section_groups import _runs
from citebrief.text.en_title_competition import MIN_SECTIONS, bullet_end, section_in_force
from conftest import cnndm_groups, group_opening, shared_group_titles

# en-cnndm 9, passage 2 (cut short): a caption run into the Championship's first line
CAPTIONED = [
    "Steve McClaren will be desperate to manage in the Premier League again; Derby can secure a play-off spot "
    "Championship Watford (away to Brighton) will be promoted if they win. League One Preston (home to Swindon) "
    "will be promoted if they win."
]
CAPTIONED_BULLET = (
    "Derby can secure a play-off spot Championship Watford (away to Brighton) will be promoted if they win"
)


def test_a_heading_glued_inside_a_bullet_is_in_force_for_it() -> None:
    end = bullet_end(CAPTIONED[0], CAPTIONED_BULLET)
    assert CAPTIONED[0][: end + 1].endswith("if they win")
    assert section_in_force([CAPTIONED_BULLET], CAPTIONED, MIN_SECTIONS) == "Championship"


def test_a_bullet_not_written_has_no_end() -> None:
    assert bullet_end(CAPTIONED[0], "Tranmere will be relegated if they lose") == -1


def test_a_group_is_cut_where_its_section_changes() -> None:
    of = {1: "Championship", 2: "Championship", 3: "League One", 4: "League One"}
    assert _runs([1, 2, 3, 4], of) == [[1, 2], [3, 4]]


def test_en_cnndm_9_groups_follow_the_roundups_sections() -> None:
    groups = cnndm_groups(9)
    championship = group_opening(groups, "Ipswich")
    assert [b.split()[0] for b in championship] == ["Watford", "Ipswich", "If"]
    assert not any(b.startswith("Preston") for b in championship)
    assert not any(b.startswith("Watford") for b in groups[0])
    assert shared_group_titles("en-cnndm.jsonl", 9)[1:] == ["Championship", "League One", "League Two", "Conference"]
