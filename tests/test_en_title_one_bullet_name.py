"""A person's name one bullet of three writes gives way to whom or what the bullets are about
(`en_title_one_bullet_name`): the name more bullets write that a bullet opens on, the
overview's subject too; a name a later bullet takes up by "He …", a name a bullet opens on and
a group of two keep the title."""

from __future__ import annotations

from citebrief.text.en_title_one_bullet_name import one_bullet_name_title

FILM = [
    "Open Doors follows four people whose lives change, and is made by Anna Leigh Price from Builth.",
    "Sir Tom talks about the teacher who helped him find his voice.",
    "Open Doors was made for a summer arts festival in Wales.",
]
LAWYER = [
    "Jane Corrin's former lawyer says she never named the late minister as a client.",
    "Corrin says she knows of no wrongdoing on his part and the coverage has upset her.",
    "An inquiry is to look at claims about Lord Baxter if the facts justify it.",
]


def _titled(bullets: list[str], title: str, *, composed: bool = False) -> str:
    return one_bullet_name_title(title, bullets, bullets, bullets, {title.casefold()}, composed=composed)


def test_a_name_one_bullet_writes_gives_way_to_the_thing_two_bullets_open_on() -> None:
    used = {"anna leigh price"}
    assert one_bullet_name_title("Anna Leigh Price", FILM, FILM, FILM, used, composed=False) == "Open Doors"
    assert used == {"open doors"}  # the swap is recorded


def test_the_overview_subject_gives_way_to_the_person_a_bullet_opens_on_in_full() -> None:
    assert _titled(LAWYER, "Key points: Lord Baxter", composed=True) == "Key points: Jane Corrin"


def test_a_name_a_later_bullet_takes_up_by_a_pronoun_stays() -> None:
    taken_up = [LAWYER[2], "He was minister from 1970 to 1974.", LAWYER[1]]
    assert _titled(taken_up, "Lord Baxter") == "Lord Baxter"


def test_a_name_a_bullet_opens_on_and_a_group_of_two_stay() -> None:
    led = ["Lord Baxter died at home in 2005.", *LAWYER[:2]]
    assert _titled(led, "Lord Baxter") == "Lord Baxter"
    assert _titled(LAWYER[1:], "Lord Baxter") == "Lord Baxter"


def test_a_name_no_other_bullet_name_outnumbers_stays() -> None:
    alone = ["Sir Tom talks about his teacher.", "The festival runs until September.", "Tickets are free."]
    assert _titled(alone, "Sir Tom") == "Sir Tom"


def test_a_name_a_bullet_writes_as_its_subject_after_a_descriptor_stays() -> None:
    subject = ["Film star Anna Leigh Price has earned praise from critics.", FILM[1], FILM[2], FILM[0][:30] + "."]
    subject[3] = "Open Doors follows four people whose lives change."
    assert _titled(subject, "Anna Leigh Price") == "Anna Leigh Price"


def test_a_name_the_bullets_write_only_as_who_said_things_takes_no_title() -> None:
    case = [
        "David Rowe, prosecuting, said Baxter offered to help Nurse A with her training.",
        "Mr Rowe said the doctor then touched her without warning.",
        "Mr Rowe said she refused and left the ward.",
    ]
    assert _titled(case, "Nurse A") == "Nurse A"


def test_a_name_more_than_a_name_and_a_one_word_name_stay() -> None:
    assert _titled(FILM, "Sir Tom on Anna Leigh Price") == "Sir Tom on Anna Leigh Price"
    assert _titled(LAWYER, "Baxter") == "Baxter"


def test_a_thing_one_bullet_opens_on_is_no_subject_to_give_way_to() -> None:
    vote = [
        "Rival clubs say the vote for the board is unfair.",
        "The departure of Jim Rowe leaves a League One seat empty.",
        "League One clubs have been told of two nominations, Rowe and Lord Baxter.",
    ]
    texts = [*vote, "Only one of them can sit on the board."]  # "One": a number, no surname
    assert one_bullet_name_title("Lord Baxter", vote, vote, texts, set(), composed=False) == "Lord Baxter"
