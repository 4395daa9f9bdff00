"""A match report's team sheet ("Scotland: 15-Stuart Hogg, 14-Sean Maitland, …", "Replacements:
16-…") is structure, never a bullet (lines.tsv's team-sheet-en row): BBC rugby reports close on
them, and en-xsum 114's brief gave two of its bullets to them, one filed under a group about the
other side's scrum, in place of the match's last try."""

from __future__ import annotations

from citebrief.text.patterns import is_structure
from conftest import shared_groups


def test_numbered_team_sheets_are_structure() -> None:
    assert is_structure("Riverside: 15-Tom Hale, 14-Ben Ward, 13-Sam Reid (capt); 1-Joe Bell, 2-Dan Cole.")
    assert is_structure("Replacements: 16-Ian Moss, 17-Lee Park, 18-Rob Finch.")
    # a score after a colon, or one numbered name, is the report's own
    assert not is_structure("Riverside held on: 15-14 at the end, with 2 tries each.")
    assert not is_structure("Man of the match: 10-Tom Hale kicked every goal for the hosts.")


def test_a_rugby_reports_brief_keeps_its_finish_not_its_team_sheets() -> None:
    bullets = [text for group in shared_groups("en-xsum.jsonl", 114) for text in group]
    assert not any(text.startswith(("Replacements:", "Scotland: 15-", "Georgia: 15-")) for text in bullets)
    assert any("found Hogg who ran in his second" in text for text in bullets)
