"""A theme group's first bullet that goes on with the group just before it, sharing nothing with
its own, goes back there (engines/en_early_cuts.py), read on a shared article and short texts."""

from __future__ import annotations

from citebrief.engines.en_early_cuts import early_cuts_mended
from citebrief.engines.scored import Draft
from citebrief.text.data_files import data_lines
from conftest import cnndm_groups, group_opening, shared_group_titles
from scored_builder import en_story_scored

# (text, paragraph): a family's illness, then the resort's pesticide, then the investigation
_STORY = [
    ("A Delaware father and his two sons fell ill at a rented villa in St John.", 1),
    ("The father is improving in hospital while the sons remain in critical condition.", 1),
    ("The family's lawyer told reporters they are hopeful of a full recovery.", 1),
    ("The sons' mother was treated in hospital and released, the lawyer told reporters.", 2),
    ("Federal inspectors found a pesticide at the resort may have caused the poisoning.", 2),
    ("Paramedics were called to the resort that night.", 2),
    ("A criminal investigation into the fumigation has begun.", 3),
    ("The pest control company declined to comment on the investigation.", 3),
]


def _mended(story: list[tuple[str, int]], *groups: list[int]) -> list[list[int]] | None:
    drafts = [Draft(None if n == 0 else n, list(picked)) for n, picked in enumerate(groups)]
    return [d.picked for d in drafts] if early_cuts_mended(en_story_scored(story), drafts) else None


def _with(k: int, text: str) -> list[tuple[str, int]]:
    story = list(_STORY)
    story[k] = (text, story[k][1])
    return story


def test_the_mothers_condition_goes_back_beside_the_familys() -> None:
    # en-cnndm 109: "The teens' mother ... was treated at a hospital and released" opened "Rented
    # Villa" (the EPA's pesticide) right after the key points' family condition
    family = group_opening(cnndm_groups(109), "The teens' mother, Theresa Devine")
    assert any(text.startswith("The family has confidence") for text in family), family
    villa = group_opening(cnndm_groups(109), "The U.S. Environmental Protection Agency said Friday")
    assert not any(text.startswith("The teens' mother") for text in villa), villa


def test_a_first_bullet_cut_one_sentence_early_goes_back_in_order() -> None:
    assert _mended(_STORY, [0, 1, 2], [3, 4, 5], [6, 7]) == [[0, 1, 2, 3], [4, 5], [6, 7]]
    assert _mended(_STORY, [0], [1, 2], [3, 4, 5], [6, 7]) == [[0], [1, 2, 3], [4, 5], [6, 7]]


def test_it_stays_sharing_a_word_with_its_group_or_two_with_none_before() -> None:
    shared = _with(3, "The sons' mother was treated in hospital and released from the resort.")
    assert _mended(shared, [0, 1, 2], [3, 4, 5], [6, 7]) is None  # "resort"
    alone = _with(3, "Snow fell across the island on Tuesday.")
    assert _mended(alone, [0, 1, 2], [3, 4, 5], [6, 7]) is None


def test_it_stays_not_right_after_the_group_before_or_where_there_is_no_room() -> None:
    assert _mended(_STORY, [0, 1], [3, 4, 5], [6, 7]) is None  # a sentence between
    assert _mended(_STORY, [0, 1, 2], [3, 4], [6, 7]) is None  # its group would keep one
    assert _mended(_STORY, [0, 1, 2], [3, 4, 5, 6, 7]) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    full = [("The father was flown home on Friday.", 1), *_STORY]
    assert _mended(full, [0, 1, 2, 3], [4, 5, 6], [7, 8]) is None  # four key points


def test_a_quotation_or_a_bullet_its_next_leans_on_stays() -> None:
    quote = _with(3, "'The sons' mother was treated in hospital and released,' the lawyer told reporters.")
    assert _mended(quote, [0, 1, 2], [3, 4, 5], [6, 7]) is None
    leaning = _with(4, "It was not long before federal inspectors found a pesticide at the resort.")
    assert _mended(leaning, [0, 1, 2], [3, 4, 5], [6, 7]) is None


def test_a_speakers_line_before_a_quotation_stays_with_it() -> None:
    # en-cnndm 53: "Mr Ballard ... told The Times ..." stays before "At one stage I thought ..."
    said = group_opening(cnndm_groups(53), "Mr Ballard, 26, told The Times")
    assert any("At one stage I thought" in text for text in said), said
    quoted = _with(4, "'We found a pesticide at the resort,' federal inspectors said.")
    assert _mended(quoted, [0, 1, 2], [3, 4, 5], [6, 7]) is None
    first_person = _with(4, "We found a pesticide at the resort, federal inspectors said.")
    assert _mended(first_person, [0, 1, 2], [3, 4, 5], [6, 7]) is None


def test_a_person_named_by_kind_keeps_the_sentence_naming_them() -> None:
    # en-cnndm 164: "The man was taken to a local hospital" stays after "... fired six rounds at
    # Custodio", under "Shooting"
    assert "Shooting" in shared_group_titles("en-cnndm.jsonl", 164)
    kind = _with(4, "The man was found at the resort with a pesticide spray.")
    assert _mended(kind, [0, 1, 2], [3, 4, 5], [6, 7]) is None
    made = _with(4, "The man-made lake at the resort held a pesticide.")
    assert _mended(made, [0, 1, 2], [3, 4, 5], [6, 7]) == [[0, 1, 2, 3], [4, 5], [6, 7]]


def test_the_kind_people_table_is_one_lower_case_word_a_line() -> None:
    words = data_lines("en_kind_people.tsv")
    assert {"man", "woman", "victim"} <= set(words)
    assert all(word.isalpha() and word.islower() for word in words), words
