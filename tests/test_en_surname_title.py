"""A group title that is a surname alone takes the full name its cited paragraphs write
(`text/en_surname_title.py`)."""

from __future__ import annotations

from citebrief.text.en_surname_title import full_surname_title, overview_family, overview_full_name
from conftest import shared_group_titles

VILLA = [
    "Sherwood faces his friend and former Tottenham assistant, QPR boss Chris Ramsey, for the first time.",
    "Ramsey has admitted his job at Rangers could be under threat.",
]


def test_a_surname_takes_the_full_name() -> None:
    used = {"ramsey"}
    assert full_surname_title("Ramsey", VILLA, VILLA, used) == "Chris Ramsey"
    assert "chris ramsey" in used


def test_an_accented_surname_takes_the_full_name() -> None:
    # an ASCII class found no "Zoë Müller" before "Müller": the title stayed a bare surname
    texts = ["The sculptor Zoë Müller opened her show on Friday.", "Müller said it took a year."]
    assert full_surname_title("Müller", texts, texts, set()) == "Zoë Müller"


def test_a_full_name_no_cited_paragraph_writes_stays_out() -> None:
    assert full_surname_title("Ramsey", VILLA[1:], VILLA, set()) == "Ramsey"


def test_a_full_name_given_already_stays_out() -> None:
    assert full_surname_title("Ramsey", VILLA, VILLA, {"chris ramsey"}) == "Ramsey"


def test_a_word_that_opens_a_sentence_is_no_given_name() -> None:
    texts = ["The game ended late. Yesterday Ramsey said he was happy.", "Ramsey won."]
    assert full_surname_title("Ramsey", texts, texts, set()) == "Ramsey"


def test_a_person_title_is_no_given_name() -> None:
    texts = ["It was Mr Ramsey who spoke first.", "Ramsey won."]
    assert full_surname_title("Ramsey", texts, texts, set()) == "Ramsey"


def test_a_phrase_or_a_full_name_stays() -> None:
    assert full_surname_title("Tottenham Assistant", VILLA, VILLA, set()) == "Tottenham Assistant"
    assert full_surname_title("Chris Ramsey", VILLA, VILLA, set()) == "Chris Ramsey"


def test_the_manager_group_is_titled_by_his_full_name() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 41)  # Sherwood's Villa face Ramsey's QPR
    assert "Chris Ramsey" in titles
    assert "Ramsey" not in titles


def test_the_scorer_group_is_titled_by_his_full_name() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 178)  # Bayern beat Hoffenheim, Rode scores
    # since s48's en_title_match the scorer's group (his goal, his penalty escape, Beck's own goal) is
    # titled by the match, read better blind than "Sebastian Rode"; never by his surname alone
    assert "Bayern v Hoffenheim" in titles
    assert "Rode" not in titles


FAMILY = [
    "The Gaver family had been touring as a band.",
    "The dead man was Enoch Gaver, 21, and David Gaver, 28, was wounded.",
    "When police arrived, the Gavers 'immediately' started fighting.",
]


def test_a_family_overview_is_titled_by_the_family() -> None:
    used: set[str] = set()
    assert overview_family("Gaver", FAMILY, used) == "Gaver Family"
    assert "gaver family" in used


def test_one_member_or_no_family_leaves_the_surname() -> None:
    assert overview_family("Gaver", [FAMILY[0], FAMILY[2], "It was Enoch Gaver."], set()) == "Gaver"
    assert overview_family("Gaver", FAMILY[1:2], set()) == "Gaver"
    assert (
        overview_family("Nigel", ["If your name is Nigel you vote Ukip.", "Nigel Farage leads it."], set()) == "Nigel"
    )


def test_the_family_band_overview_is_titled_by_the_family() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 192)  # a family band fights police
    assert titles[0].endswith("Gaver Family")


ODAH = [  # en-xsum 71: the lead writes the full name once, the rest "Mr Odah"
    'Fawzi al-Odah, 37, was released after a US review panel concluded he was not a "continuing significant threat".',
    "Mr Odah boarded a Kuwaiti government plane on Wednesday morning US time.",
]


def test_an_overview_surname_takes_the_one_full_name_written() -> None:
    used = {"odah"}
    assert overview_full_name("Odah", ODAH[:1], ODAH, used) == "Fawzi al-Odah"  # the particle stays with the surname
    assert used == {"fawzi al-odah"}


def test_no_full_name_or_a_name_that_is_no_persons_leaves_the_surname() -> None:
    venter = [  # en-xsum 55: "Craig Venter" only inside the institute's name
        "After the publication of the human genome, Dr Venter turned his attention to another grand project.",
        "Scientists at the US-based J Craig Venter Institute have been busily working on the endeavour.",
    ]
    assert overview_full_name("Venter", venter, venter, set()) == "Venter"
    mozart = [  # en-xsum 33: a concert series, not a person
        "The portrait accompanies the new season, which includes a series of concerts called Reclaiming Mozart.",
        "Mozart wrote more than 600 works.",
    ]
    assert overview_full_name("Mozart", mozart, mozart, set()) == "Mozart"
    pring = [  # en-xsum 22: two given names, his own middle name and his mother's, say nothing of whom "Pring" is
        '"I am satisfied beyond reasonable doubt that Barry John Pring has been unlawfully killed.',
        "Mr Pring's mother, Irene Pring, said Ms Ziuzina claimed to be a teacher when the pair first met.",
    ]
    assert overview_full_name("Pring", pring, pring, set()) == "Pring"
    assert overview_full_name("Odah", ODAH, ODAH, {"fawzi al-odah"}) == "Odah"  # another title holds it
    assert overview_full_name("Odah", ODAH[1:], ODAH, set()) == "Odah"  # the overview's bullets never write it


def test_the_released_detainee_overview_is_named_in_full() -> None:
    titles = shared_group_titles("en-xsum.jsonl", 71)
    assert titles[0] == "Key points: Fawzi al-Odah"
