"""A plural-noun overview takes the holder its lead says has the count (`text/en_overview_holding.py`)."""

from __future__ import annotations

from citebrief.text.en_overview_deed import grounded
from citebrief.text.en_overview_holding import holder_count
from conftest import shared_group_titles

FOLLOWERS = (
    "Although Hillary Clinton boasts a robust 3.6 million Twitter followers, not even a vast right-wing "
    "conspiracy would be able to interact with 2 million of them."
)


def test_the_holder_of_the_count_owns_the_title() -> None:
    used = {"twitter followers"}
    title = holder_count("Twitter Followers", FOLLOWERS, used)
    assert title == "Hillary Clinton's Twitter Followers"
    assert used == {"twitter followers", title.casefold()}
    racked = "Taylor Swift has racked up 50 million Instagram followers."
    assert holder_count("Instagram Followers", racked, set()) == "Taylor Swift's Instagram Followers"
    lower = "While Manchester United has 60 million loyal facebook fans, few buy tickets."
    assert holder_count("Facebook Fans", lower, set()) == "Manchester United's Facebook Fans"


def test_no_holder_right_before_the_verb_leaves_the_noun() -> None:
    """A noun no name holds, a one-word noun, a name too long for a title: the subject stays."""
    counted = "One in five Chinese restaurants are believed to be serving shark fin soup, a charity claims."
    assert holder_count("Chinese Restaurants", counted, set()) == "Chinese Restaurants"
    assert holder_count("Followers", "Hillary Clinton boasts 3.6 million followers.", set()) == "Followers"
    far = "Hillary Clinton, the former secretary of state, boasts 3.6 million Twitter followers."
    assert holder_count("Twitter Followers", far, set()) == "Twitter Followers"
    long_name = "The Royal Society For The Protection Of Birds has more Twitter followers than ever."
    assert holder_count("Twitter Followers", long_name, set()) == "Twitter Followers"


def test_the_title_is_grounded_as_brief_checks_reads_it() -> None:
    assert grounded("Hillary Clinton's Twitter Followers", [FOLLOWERS])


def test_shared_brief_names_the_holder() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 21)[0] == "Key points: Hillary Clinton's Twitter Followers"
