"""A bullet that shares no word with the rest of its English group goes to the one theme group that
shares two of its names (engines/en_stranger_moves.py), read on shared articles and short texts."""

from __future__ import annotations

from dataclasses import replace

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


# (text, paragraph): a plea's group holds a dock workers' claim that the lawsuits' group below takes up
_CLAIM = [
    ("A former harbour pilot admitted smuggling cigarettes through the port on Tuesday.", 1),
    ("He faces up to six years in prison at his sentencing in May.", 2),
    ("Prosecutors dropped four other charges in exchange for the plea.", 3),
    ("Customs inspectors ignored repeated warnings about the cargo, the dock workers say.", 3),
    ("The judge refused bail until the sentencing.", 4),
    ("The port's customs office declined to comment on the warnings.", 5),
    ("Two dock workers sued the port authority in March.", 6),
    ("Their lawsuit says inspectors waved the cargo through for years.", 7),
]


def _claim_moved(story: list[tuple[str, int]], *groups: list[int], passages: bool) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    scored = replace(en_story_scored(story), passages=passages)
    return [d.picked for d in drafts] if strangers_moved(scored, drafts) else None


def test_a_stranger_goes_to_the_group_each_of_whose_bullets_shares_its_words() -> None:
    # no name ties it, but every bullet of the group below shares a word of it: its thread
    assert _claim_moved(_CLAIM, [0], [1, 2, 3, 4], [5, 6, 7], passages=True) == [[0], [1, 2, 4], [3, 5, 6, 7]]
    apart = [*_CLAIM[:3], (_CLAIM[3][0], 8), *_CLAIM[4:]]  # in a paragraph of its own
    assert _claim_moved(apart, [0], [1, 2, 3, 4], [5, 6, 7], passages=False) == [[0], [1, 2, 4], [3, 5, 6, 7]]


def test_a_stranger_stays_beside_its_writers_paragraph_or_with_no_whole_group_home() -> None:
    # a paragraph of the writer's is one scene; a passage the tool cut from one block is not
    assert _claim_moved(_CLAIM, [0], [1, 2, 3, 4], [5, 6, 7], passages=False) is None
    # a group of two sharing its words may share them by chance
    assert _claim_moved(_CLAIM, [0, 5], [1, 2, 3, 4], [6, 7], passages=True) is None
    # one bullet of the group below shares none of its words
    cut = [*_CLAIM[:7], ("Their lawsuit names the harbour master.", 7)]
    assert _claim_moved(cut, [0], [1, 2, 3, 4], [5, 6, 7], passages=True) is None
    # the group below shares only a name of it, which runs through every thread of the story
    named = [
        *_CLAIM[:3],
        ("Customs chief Ivo Marsh was suspended last week.", 3),
        _CLAIM[4],
        ("The port's office said Marsh declined to comment.", 5),
        ("Two workers sued Marsh in March.", 6),
        ("Their lawsuit says Marsh waved the cargo through.", 7),
        ("The pilot's boat was seized.", 8),
        ("Police found cigarettes in a warehouse.", 9),
        ("The trial lasted three weeks.", 10),
    ]
    assert _claim_moved(named, [0, 8, 9, 10], [1, 2, 3, 4], [5, 6, 7], passages=True) is None
