"""An English group's title said by most of its bullets: where the title chosen names one
bullet's detail, the name or thing most of them say takes its place; a name that is a source
(an outlet, a reporter), a quality before a surname, or a unit of measure does not."""

from __future__ import annotations

from citebrief.text.en_title_cover import covering_title

CLINIC = [
    "'You can say I'm hooked,' Josh Hatfield, 27, told the Post, adding that he has been to the clinic about 20 times.",
    "At $100 a pop, that's some pretty pricey skin 'maintenance', as Mr. Hatfield calls it.",
    "Mr. Hatfield has a $360-per-month membership that grants him eight treatments.",
]
OTHER = ["Skin Laundry opened its first clinic in Los Angeles in 2013.", "Clients sign a waiver before treatment."]


def test_the_person_most_bullets_name_titles_the_group_by_full_name() -> None:
    used = {"skin laundry", "pretty pricey skin"}
    title = covering_title(CLINIC, CLINIC, CLINIC + OTHER, used, "Pretty Pricey Skin")
    assert title == "Josh Hatfield"
    assert "josh hatfield" in used and "pretty pricey skin" not in used


def test_a_title_half_the_bullets_say_stays() -> None:
    bullets = [
        "Orgasmic meditation founder Nicole Daedone hails from California.",
        "Before focusing on orgasmic meditation, she taught at a university.",
        "Vanity Fair named Daedone among twelve women who changed the way we look at sex.",
    ]
    assert covering_title(bullets, bullets, bullets, set(), "Orgasmic Meditation") == "Orgasmic Meditation"


def test_a_title_stays_where_no_phrase_is_said_by_half_the_bullets() -> None:
    bullets = [
        "The concrete arrows were placed at the base of lit beacons near airways.",
        "Retired couple Brian and Charlotte Smith were sent an email which piqued their interest.",
        "The couple say they have found 102 markers so far and have set up a website.",
    ]
    assert covering_title(bullets, bullets, bullets, set(), "Fellow Fans") == "Fellow Fans"


def test_a_reporter_is_no_title() -> None:
    bullets = [
        "The video, obtained by Daily Caller reporter Kaitlin Collins, is titled 'Lessons'.",
        "The goal of the game is to bluff the opponents.",
        "Collins reported that Paul and Blizerian were playing with $100 bills.",
    ]
    assert covering_title(bullets, bullets, bullets, set(), "Goal of the Game") == "Goal of the Game"


def test_a_quality_before_a_surname_and_a_unit_are_no_titles() -> None:
    bullets = [
        "Heading into the weekend he is 12 strokes behind a seemingly unstoppable Spieth, seven feet away.",
        "That left Woods far behind the pacesetting American Spieth, who holed from 25 feet.",
        "Woods hit a superb approach to seven feet at the first and to eight feet at the third.",
    ]
    title = covering_title(bullets, bullets, bullets, set(), "Fifth Swing Change")
    assert title not in ("American Spieth", "Feet")


def test_a_name_another_title_holds_is_not_taken_again() -> None:
    used = {"josh hatfield"}
    assert covering_title(CLINIC, CLINIC, CLINIC, used, "Pretty Pricey Skin") == "Pretty Pricey Skin"


def test_a_capitalized_word_of_a_caption_one_of_a_pair_and_an_analyst_are_no_titles() -> None:
    bullets = [
        "She auditioned, in the hope of representing the Philippines With the support of her fans.",
        "With her fans behind her, she sang in Tagalog.",
        "Then pictures emerged of Sterling and Ibe with shisha pipes.",
        "Rodgers spoke to Sterling and Ibe in his office.",
        "CNN legal analyst Paul Callan said the defence faces an uphill battle.",
        "Callan said the jury would decide.",
    ]
    title = covering_title(bullets, bullets, bullets, set(), "Shisha Pipes")
    assert title not in ("With", "Ibe", "Paul Callan", "Callan")
