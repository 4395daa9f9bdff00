"""An English group of two bullets that share no word, from two paragraphs, is dissolved into the
groups its bullets belong to (engines/en_stranger_homes.py), read on shared articles and short
texts."""

from __future__ import annotations

from citebrief.engines.en_stranger_homes import stranger_homes_given
from citebrief.engines.scored import Draft, Unit
from citebrief.text.tokenize import en_terms
from conftest import cnndm_groups, group_opening, shared_groups

# (text, paragraph)
_STORY = [
    ("Police in Maryland charged a karate instructor who confessed with fraud on Friday.", 1),
    ("The instructor faces eight fraud counts in Maryland.", 1),
    ("The instructor fled the country after confessing the fraud to police.", 2),
    ("Detectives searched his home in Bethesda and seized several laptops.", 3),
    ("Other recordings showed pupils sparring at his karate studio on Wisconsin Avenue.", 3),
    ("He has trained at that studio since he was a young child.", 3),
]


def _units(story: list[tuple[str, int]]) -> list[Unit]:
    return [Unit(k, p, text, en_terms(text), k / len(story), False, None) for k, (text, p) in enumerate(story)]


def _dissolved(story: list[tuple[str, int]], *groups: list[int]) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    texts = [text for text, _ in story]
    return [d.picked for d in drafts] if stranger_homes_given(_units(story), texts, drafts) else None


def test_a_pair_of_strangers_goes_to_the_key_points_and_to_its_paragraphs_group() -> None:
    # en-cnndm 114: his flight stood beside the search of his home under "Electronic Devices"
    groups = cnndm_groups(114)
    assert len(groups) == 2, groups
    assert any(text.startswith("According to Montgomery County police") for text in groups[0]), groups
    studio = group_opening(groups=groups, opening="On April 1, 2015, police executed a search warrant")
    assert any(text.startswith("Other recordings recovered by police") for text in studio), groups
    # en-cnndm 150: the last concert and the cancer's return stood apart from his death under "Cancer"
    death = cnndm_groups(150)[0]
    assert any(text.startswith("He had performed most recently in Istanbul") for text in death), death
    assert any(text.startswith("The cancer returned in 2005") for text in death), death


def test_the_court_hearing_joins_the_key_points_and_the_gtc_hearing_its_panel() -> None:
    # en-xsum 47: the sheriff court's images and the GTC hearing stood together under "Offence"
    groups = shared_groups("en-xsum.jsonl", 47)
    assert any(text.startswith("In February, Dumfries Sheriff Court heard") for text in groups[0]), groups
    panel = group_opening(groups=groups, opening="A GTC Scotland hearing was told")
    assert any(text.startswith("The panel found") for text in panel), groups


def test_each_stranger_goes_home_by_its_paragraph_or_its_words() -> None:
    assert _dissolved(_STORY, [0, 1], [2, 3], [4, 5]) == [[0, 1, 2], [3, 4, 5]]


def test_a_pair_stays_that_shares_a_word_tells_one_paragraph_gives_words_or_has_no_home() -> None:
    # a shared word ("fled")
    shared = [*_STORY[:3], ("Detectives searched his home in Bethesda after he fled.", 3), *_STORY[4:]]
    assert _dissolved(shared, [0, 1], [2, 3], [4, 5]) is None
    # one paragraph's two points are one scene
    one_scene = [*_STORY[:2], (_STORY[2][0], 3), *_STORY[3:]]
    assert _dissolved(one_scene, [0, 1], [2, 3], [4, 5]) is None
    # someone's words: their speaker's run decides
    quoted = [*_STORY[:2], ("'I fled after confessing to police,' he said.", 2), *_STORY[3:]]
    assert _dissolved(quoted, [0, 1], [2, 3], [4, 5]) is None
    # the flight shares one word alone with any group, and no group tells its paragraph
    homeless = [*_STORY[:2], ("Police said the man left after admitting everything.", 2), *_STORY[3:]]
    assert _dissolved(homeless, [0, 1], [2, 3], [4, 5]) is None
    # a home would hold more than five bullets, or the brief would keep no theme group
    assert _dissolved([*_STORY, *_STORY[3:]], [0, 1], [2, 3], [4, 5, 6, 7, 8]) is None
    assert _dissolved(_STORY, [0, 1, 5], [2, 3]) is None
