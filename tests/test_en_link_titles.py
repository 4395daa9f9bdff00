"""A page's reading link is no group title (text/en_link_titles.py)."""

from __future__ import annotations

from citebrief.text.en_link_titles import link_phrases
from conftest import shared_group_titles


def test_reading_links_found() -> None:
    texts = [
        "The poll strongly suggests that:Read Professor Curtice's analysis of the pollIncreasing the amount …",
        "Read Mark's analysis of the poll.The idea …",
        "Read more from Karishma: Why a story about bulk shipping matters",
        "Voters read the analysis of the poll. Read the full report here.",
    ]
    assert link_phrases(texts) == {
        "read professor curtice's analysis of the pollincreasing",
        "read mark's analysis of the poll",
        "read more from karishma",
    }


def test_en_xsum_24_no_title_from_a_link() -> None:
    """en-xsum 24: the group on defence and rail spending was titled "Read Professor Curtice's Analysis"."""
    titles = shared_group_titles("en-xsum.jsonl", 24)
    assert not any("Read" in title or "Curtice" in title for title in titles)
    assert not any(title.startswith("Increasing") for title in titles)  # the word glued after the link
