"""A bare event title made whose it is, and a one-bullet title given way to what happened to a
person a bullet names (`text/en_title_owner.py`)."""

from __future__ import annotations

from citebrief.text.en_title_owner import owner_title


def _title(bullets: list[str], context: list[str], title: str, used: set[str] | None = None) -> str:
    given = set(used or set()) | {title.casefold()}
    return owner_title(bullets, bullets, bullets + context, given, title)


ADELI = [
    "Adeli agreed to pay for the bus fare from Hinckley to Leicester, where they had arranged to meet.",
    "The video of his arrest on December 10 has been posted on Facebook and viewed more than 10,000 times.",
]
COTTERILL = [
    "Cotterill, of Oldbury, was jailed for 12 weeks and had previously been found guilty of harassment.",
    "'He regrets that and understands that he has problems with relationships,' Mr Houldcroft said.",
]


def test_a_bare_event_takes_whose_it_is() -> None:
    context = ["Asylum seeker Jafar Adeli was snared by a vigilante group."]
    assert _title(ADELI, context, "Arrest") == "Adeli's Arrest"


def test_a_bare_event_without_a_person_stays() -> None:
    bullets = ["The crowd gathered at dawn.", "The video of his arrest has been posted online."]
    assert _title(bullets, [], "Arrest") == "Arrest"


def test_a_one_bullet_title_gives_way_to_a_deed() -> None:
    context = ["Jason Cotterill, 42, plagued his victim with abusive messages."]
    assert _title(COTTERILL, context, "Relationships") == "Cotterill's Jailing"


def test_a_title_two_bullets_say_stays() -> None:
    context = ["Jason Cotterill, 42, plagued his victim with abusive messages."]
    bullets = [*COTTERILL, "His relationships had all ended badly, the court heard."]
    assert _title(bullets, context, "Relationships") == "Relationships"


def test_a_record_of_deeds_is_no_event() -> None:
    bullets = [
        "Barrientos has been arrested multiple times, including for loitering, according to the Daily News.",
        "The Department of Homeland Security was 'involved' in the case, the district attorney's office said.",
    ]
    context = ["Lianna Barrientos pleaded not guilty on Friday."]
    assert _title(bullets, context, "Homeland Security") == "Homeland Security"


def test_a_shared_surname_keeps_its_given_name() -> None:
    bullets = [
        "Enoch Gaver, 21, was killed in the fight and suspect David Gaver, 28, was taken into custody.",
        "The officer is then put into a headlock and pulled to the ground.",
    ]
    assert _title(bullets, [], "Headlock", {"gaver"}) == "Enoch Gaver's Death"


def test_a_title_given_already_stays() -> None:
    context = ["Jason Cotterill, 42, plagued his victim with abusive messages."]
    assert _title(COTTERILL, context, "Relationships", {"cotterill's jailing"}) == "Relationships"


def test_a_day_before_the_surname_is_no_given_name() -> None:
    bullets = [
        "On Wednesday Adeli was jailed for 27 months at Leicester Crown Court.",
        "Within days, Adeli had made contact and the pair started talking online.",
    ]
    context = ["Asylum seeker Jafar Adeli was snared by a vigilante group."]
    assert _title(bullets, context, "Ten-year Order") == "Adeli's Jailing"


def test_a_deed_of_another_surname_bearer_keeps_the_given_name() -> None:
    bullets = [
        "Tamerlan Tsarnaev was killed in a shootout with police days after the bombing.",
        "The court heard from survivors on Monday.",
    ]
    context = ["Dzhokhar Tsarnaev faces the death penalty."]
    assert _title(bullets, context, "Boston Marathon") == "Tamerlan Tsarnaev's Death"


def test_a_later_bullets_deed_of_someone_named_once_is_its_detail() -> None:
    bullets = [
        "Wenger said defender Hector Bellerin would be offered a new contract by the club.",
        "The Arsenal right-back has been linked with a move to Barcelona.",
        "Midfielder Aaron Ramsey will miss one or two more games with a hamstring injury.",
    ]
    assert _title(bullets, [], "La Masia Academy") == "La Masia Academy"
