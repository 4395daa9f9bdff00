"""A group title that is a person's given name alone takes the full name the article writes
(`text/en_title_given_name.py`)."""

from __future__ import annotations

import re
from collections import Counter

from citebrief.text.en_title_given_name import _WORD, _readings, given_name_title
from conftest import load_records, shared_group_titles

BOXERS = [
    "Floyd Mayweather and Manny Pacquiao go head-to-head in Las Vegas on Saturday.",
    "Manny will only drink hot or room temperature water.",
    "Pacquiao works out at a park in Los Angeles.",
]


def test_a_given_name_takes_the_full_name() -> None:
    used = {"manny"}
    assert given_name_title("Manny", BOXERS, BOXERS, used) == "Manny Pacquiao"
    assert used == {"manny pacquiao"}


def test_a_surname_stays() -> None:
    texts = ["QPR boss Chris Ramsey faces Sherwood.", "Ramsey has admitted his job could be under threat."]
    assert given_name_title("Ramsey", texts, texts, set()) == "Ramsey"


def test_the_start_of_a_longer_name_stays() -> None:
    texts = ["He played for Dundee Football Club.", "Dundee won 2-0 at home.", "Dundee Football Club said."]
    assert given_name_title("Dundee", texts, texts, set()) == "Dundee"


def test_a_full_name_given_already_stays_out() -> None:
    assert given_name_title("Manny", BOXERS, BOXERS, {"manny pacquiao"}) == "Manny"


def test_a_phrase_stays() -> None:
    assert given_name_title("Tree Trunks", BOXERS, BOXERS, set()) == "Tree Trunks"


def test_a_full_name_the_group_does_not_write_stays_out() -> None:
    group = BOXERS[1:2]  # "Manny will only drink ...": the title must be found where it sits
    assert given_name_title("Manny", group, BOXERS, set()) == "Manny"


def test_the_deputy_group_is_titled_by_the_full_name() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 86)  # Saddam's deputy al-Douri killed
    assert "Saddam Hussein" in titles
    assert "Saddam" not in titles


def _by_title_pattern(title: str, text: str) -> tuple[bool, list[tuple[str, int]]]:
    """What the module read with patterns compiled of the title's own words (before `_pairs`)."""
    word = re.escape(title)
    surname = re.search(rf"(?<![\w'’-]){_WORD} {word}(?![\w'’-])", text) is not None
    written = Counter(m[0] for m in re.finditer(rf"(?<![\w'’.-]){word} {_WORD}(?![\w'’-]| [A-Z])", text))
    return surname, written.most_common()


def test_the_pairs_read_what_a_pattern_of_the_title_read() -> None:
    edges = "St.Manny Pacquiao won. Manny Pacquiao Sr went. Manny Manny Bob, x-Manny Bob, Manny Bob’s, Manny Bob1."
    texts = [str(record["article"]) for record in load_records("en-cnndm.jsonl")[:20]] + [edges]
    seen = set()
    for text in texts:
        for title in {*re.findall(rf"\b{_WORD}\b", text), "Manny", "Bob"}:
            surname, written = _readings(title, text)
            assert (surname, written.most_common()) == _by_title_pattern(title, text), (title, text[:60])
            seen.add((surname, bool(written)))
    assert seen == {(True, True), (True, False), (False, True), (False, False)}
