"""A title that ends on its clause's verb, where no phrase of the group takes its place, gives way
to the person the clause is about (`text/en_title_verb_person.py`)."""

from __future__ import annotations

from citebrief.text.en_title_verb_end import verb_end_title
from citebrief.text.en_title_verb_person import verb_person_title
from citebrief.text.en_written_at import places
from conftest import shared_group_titles


def _spots(title: str, texts: list[str]) -> list[tuple[str, int, int]]:
    return [(text, start, end) for text in texts for start, end in places(title, text, True)]


def test_a_name_subject_takes_the_place_of_name_and_verb() -> None:
    group = ["Hellen Okoro upset defending champion Ann Roe to win gold.", "It rained."]
    used = {"hellen okoro upset"}
    assert verb_end_title(group, group, group, used, "Hellen Okoro Upset") == "Hellen Okoro"
    assert used == {"hellen okoro"}


def test_a_possessor_before_the_subject_owns_it() -> None:
    group = ["The marriage crumbled when Stephanie's appendix burst and Bobby stayed away.", "She was hurt."]
    used = {"appendix burst"}
    assert verb_end_title(group, group, group, used, "Appendix Burst") == "Stephanie's Appendix"
    assert used == {"stephanie's appendix"}


def test_no_name_nor_one_possessor_leaves_nothing() -> None:
    pipe = ["The old pipe burst and water filled the cellar."]
    assert verb_person_title("Pipe Burst", _spots("Pipe Burst", pipe), pipe, set()) == ""
    two = ["When Ann's pipe burst and", "after Bob's pipe burst and"]
    assert verb_person_title("Pipe Burst", _spots("Pipe Burst", two), two, set()) == ""


def test_a_subject_word_the_text_writes_lower_case_is_no_name() -> None:
    texts = ["Hellen Okoro upset the champion.", "She met okoro fans."]
    assert verb_person_title("Hellen Okoro Upset", _spots("Hellen Okoro Upset", texts), texts, set()) == ""
    one = ["Okoro upset the champion."]  # one word: a surname alone tells less
    assert verb_person_title("Okoro Upset", _spots("Okoro Upset", one), one, set()) == ""


def test_a_name_another_title_holds_is_not_given() -> None:
    texts = ["Hellen Okoro upset the champion."]
    used = {"hellen okoro upset", "hellen okoro's season"}
    assert verb_person_title("Hellen Okoro Upset", _spots("Hellen Okoro Upset", texts), texts, used) == ""
    assert used == {"hellen okoro upset", "hellen okoro's season"}


def test_shared_xsum_161_hellen_obiri() -> None:
    # blind readers marked "Hellen Obiri Upset" down: it reads as a noun, an upset of hers
    # (the name gives way to "Muir's Time" whom the group's bullets follow, `en_title_subject`)
    titles = shared_group_titles("en-xsum.jsonl", 161)
    assert "Muir's Time" in titles and "Hellen Obiri Upset" not in titles


def test_shared_cnndm_170_stephanies_appendix() -> None:
    # "when Stephanie's appendix burst and Bobby didn't come": the text never writes "burst appendix"
    titles = shared_group_titles("en-cnndm.jsonl", 170)
    assert "Stephanie's Appendix" in titles and "Appendix Burst" not in titles
