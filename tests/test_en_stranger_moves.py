"""A bullet that shares no word with the rest of its English group goes to the one theme group that
shares two of its names (engines/en_stranger_moves.py), read on shared articles and short texts."""

from __future__ import annotations

from citebrief.engines.en_stranger_moves import strangers_moved
from citebrief.engines.scored import Draft
from conftest import group_opening, shared_groups
from scored_builder import en_story_scored

# (text, paragraph)
_STORY = [
    ("Mayor Anna Kovacs opened the new Riverside Library on Monday.", 1),
    ("The library holds forty thousand books.", 2),
    ("Council engineers fixed the leaking roof of the library last spring.", 3),
    ("Coach Peter Brandt praised the Harbour Rovers squad.", 4),
    ("The Harbour Rovers beat Westfield on Saturday.", 5),
    ("Brandt signed two new strikers for the Rovers in January.", 6),
    ("'Those were hard weeks for everyone,' the goalkeeper added.", 7),
]


def _moved(story: list[tuple[str, int]], *groups: list[int]) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    return [d.picked for d in drafts] if strangers_moved(en_story_scored(story), drafts) else None


def test_a_stranger_goes_to_the_group_sharing_its_names() -> None:
    # en-xsum 196: Mrs Aspinall's hope stood under the CPS's files, not with her own group
    aspinall = group_opening(shared_groups("en-xsum.jsonl", 196), "Mrs Aspinall, chairwoman")
    assert any(text.startswith("Margaret Aspinall, whose 18-year-old son died") for text in aspinall), aspinall
    # en-xsum 56: the Building Standards' recommendation closed Bethan Folen's days out
    standards = group_opening(shared_groups("en-xsum.jsonl", 56), "Changing Places specifications")
    assert any(text.startswith("At 12 square metres") for text in standards), standards


def test_a_speakers_line_stays_before_the_quotation_that_leans_on_it() -> None:
    # en-xsum 17: Root's line keeps his unattributed "'Those two occasions at Lord's ...'"
    root = group_opening(shared_groups("en-xsum.jsonl", 17), "Root, who twice fell to poor strokes")
    assert any(text.startswith('"Those two occasions') for text in root), root


def test_the_stranger_joins_its_home_in_article_order() -> None:
    assert _moved(_STORY, [0], [1, 2, 3], [4, 5]) == [[0], [1, 2], [3, 4, 5]]


def test_a_stranger_stays_that_shares_one_name_leans_or_is_leaned_on_or_leaves_one() -> None:
    one_name = [*_STORY[:5], ("The club signed two new strikers for the Rovers in January.", 6), _STORY[6]]
    assert _moved(one_name, [0], [1, 2, 3], [4, 5]) is None
    leaning = [*_STORY[:3], ("But Coach Peter Brandt praised the Harbour Rovers squad.", 4), *_STORY[4:]]
    assert _moved(leaning, [0], [1, 2, 3], [4, 5]) is None
    assert _moved(_STORY, [0], [1, 3, 6], [4, 5]) is None  # the goalkeeper's line reads on from it
    assert _moved(_STORY, [0, 1], [2, 3], [4, 5]) is None  # its group would keep one bullet
    assert _moved(_STORY, [3], [0, 1, 2], [4, 5]) is None  # the key points give nothing away
    # its home above it: it stays (moved up, it would close a group told from earlier paragraphs)
    above = [_STORY[0], _STORY[4], _STORY[5], _STORY[1], _STORY[2], _STORY[3]]
    assert _moved(above, [0], [1, 2], [3, 4, 5]) is None


def test_a_stranger_moves_where_the_quotation_after_it_is_given_its_speaker() -> None:
    # en-cnndm 56: Bowyer's turned-down bids for Rhodes and Gestede stood under "Liverpool"; weighed
    # with the sentence the brief joins before "However, that position ..." ("... Rhodes and Gestede
    # would be remaining ..."), the group below shares both names, and the quotation after it
    # ("That's obviously ...") is given its speaker once it goes
    groups = shared_groups("en-cnndm.jsonl", 56)
    home = group_opening(groups, "Bowyer is no stranger")
    assert any(text.startswith("Venky's have previously") for text in home), home
    said = "[Bowyer said:] 'That's obviously"  # the line between the quotation's marks (`en_single_middles`)
    assert any(text.startswith(said) for text in group_opening(groups, "The manner in"))
