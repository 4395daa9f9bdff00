"""A court report's group titled by the lawyer's name gives way to the party the lawyer tells
of ("Nurse A", not "Mr McLachlan"). Sentences from the shared en-cnndm set (a doctor's trial)."""

from __future__ import annotations

from citebrief.text.en_case_party import case_party, is_lawyer

TRIAL = [
    "A senior doctor facing sexual assault allegations from two separate nurses is accused of groping one of them.",
    "A&E consultant Dr Ram Manohar, 38, is alleged to have inappropriately touched the nurses in 2013.",
    "David McLachlan, prosecuting, said Manohar offered to help Nurse A with her training, Liverpool Crown Court "
    "heard.",
    "He said she knew Manohar and, while in his room, asked for his help to learn about X-rays.",
    "Mr McLachlan said: 'Without any warning Ram Manohar put his hand down her nurse's dress.'",
    "Mr McLachlan said Manohar squeezed her left breast while discussing breast lumps.",
    "Nurse A said he later asked her a question about the heart, which she got wrong.",
    "Nurse B alleged that Manohar touched her inappropriately on July 10 and October 31, 2013.",
    "Nurse B said he examined her in a dark room.",
]
OVERVIEW = {"dr ram manohar"}


def test_a_lawyer_is_known_by_the_role_the_article_gives() -> None:
    assert is_lawyer("McLachlan", TRIAL)
    assert is_lawyer("Cole", ["Prosecutor Jane Cole told the jury he lied.", "Ms Cole said so."])
    assert is_lawyer("Cole", ["Jane Cole, defending, said he was of good character."])
    assert not is_lawyer("Manohar", TRIAL)
    assert not is_lawyer("Nurse B", TRIAL)


def test_the_lawyers_group_is_titled_by_the_party_the_lead_in_names() -> None:
    assert case_party(TRIAL, [4, 5], "McLachlan", OVERVIEW) == "Nurse A"


def test_a_party_the_bullets_name_comes_first() -> None:
    bullets = [*TRIAL, "Mr McLachlan said Nurse B had reported it the same day."]
    assert case_party(bullets, [9], "McLachlan", OVERVIEW) == "Nurse B"


def test_no_party_where_the_accused_alone_or_two_people_are_named() -> None:
    assert case_party(TRIAL, [4, 5], "McLachlan", OVERVIEW | {"nurse a"}) == ""  # Nurse A titles another group
    both = [*TRIAL[:4], "Mr McLachlan said Nurse A and Nurse B both complained.", TRIAL[5]]
    assert case_party(both, [4, 5], "McLachlan", OVERVIEW) == ""
