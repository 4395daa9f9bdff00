"""A bullet saying someone gave no comment goes to the group naming them, or up to the key points
(engines/en_no_comment_homes.py), read on short texts."""

from __future__ import annotations

from citebrief.engines.en_no_comment_homes import no_comment_homed, silent_party
from citebrief.engines.scored import Draft

# a retailer's boss called before a council panel, the panel chair's letter, the retailer's silence
_STORY = [
    "The boss of Harbour Goods was asked to appear before the council's trading panel.",
    "He has until 3 May to reply to the panel's invitation.",
    "Councillor Ann Reed, who chairs the panel, wrote to him last week.",
    "Her letter says the panel will meet in public at the town hall.",
    "Harbour Goods has not responded to the Gazette's request for a comment.",
    "The retailer opened its third shop on the quay last year.",
]


def _homed(texts: list[str], *groups: list[int]) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    return [d.picked for d in drafts] if no_comment_homed(texts, drafts) else None


def test_whom_a_no_comment_line_is_about() -> None:
    assert silent_party("Harbour Goods has not responded to the paper's request for a comment.") == (
        "Harbour",
        "Goods",
    )
    assert silent_party("Mr Grant declined to comment on the claims.") == ("Grant",)
    assert silent_party("The firm could not be reached for comment.") == ()
    # someone's words, or a longer sentence, say more than that no comment came
    assert silent_party('Mr Grant declined to comment, but his lawyer said: "We will appeal."') == ()
    assert silent_party("The panel said it would keep the matter under review.") == ()


def test_the_line_leaves_a_group_that_does_not_name_its_party_for_the_key_points() -> None:
    # en-xsum 166: "Sports Direct has not responded" stood under the MP whose letter the group told of
    assert _homed(_STORY, [0, 1], [2, 3, 4], [5]) == [[0, 1, 4], [2, 3], [5]]


def test_the_line_goes_to_the_group_naming_its_party() -> None:
    named = [*_STORY[:5], "Harbour Goods opened its third shop on the quay last year."]
    assert _homed(named, [0, 1], [2, 3, 4], [5]) == [[0, 1], [2, 3], [4, 5]]


def test_the_line_stays_where_its_group_names_the_party_or_would_keep_one_bullet() -> None:
    named = [*_STORY[:3], "Her letter to Harbour Goods says the panel will meet in public.", *_STORY[4:]]
    assert _homed(named, [0, 1], [2, 3, 4], [5]) is None
    assert _homed(_STORY, [0, 1, 2], [3, 4], [5]) is None
    # nor where its group tells of the one who asked (pasted en-xsum 166: under "BBC Investigation")
    asked = [*_STORY[:3], "The Gazette found the panel had not met in public for a year.", *_STORY[4:]]
    assert _homed(asked, [0, 1], [2, 3, 4], [5]) is None
    # nor up to key points already full
    longer = [*_STORY, "The panel's report is due in June."]
    assert _homed(longer, [0, 1, 2, 5], [3, 4, 6]) is None
