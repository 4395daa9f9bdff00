"""An English group title that one bullet alone says gives way to a thing two bullets say (one says
it, another echoes it) or a noun two bullets say with the modifier one gives it; a title two
bullets say, or a group whose bullets share nothing, keeps its title; a birth name counts as said
by none. Bullets from shared en-cnndm articles whose briefs readers marked."""

from __future__ import annotations

import pytest

from citebrief.text.en_title_shared import shared_title
from conftest import shared_group_titles

TRAIN = [
    "Turning a corner, the train moves at a slow and steady pace – the track barely visible from under the snow.",
    "The video then shows the train beginning its descent of the mountain, passing very close to a number of "
    "skiers who make their own way to the bottom of the slope.",
    "Like a bobsleigh the train hurtles down the track as the settlement at the bottom of the mountain slowly "
    "comes into view.",
]
SINGER = [
    "She became fluent in the local language, Tagalog, in the hope of becoming a star.",
    "The Aussie, born Natalie Stewart, has taken to the role with lavish, overcoming the added challenge of "
    "performing in a new language.",
    "She fits in so well in her adopted home that she is known as 'the blonde Filipino'.",
]
HOLIDAYS = [
    "The agreement was designed to provide uniformity of public holidays across the nation.",
    "That makes Anzac Day the exception when it comes to public holidays.",
    "The head of the Immgration Department declared Monday a public holiday for 8,500 staff, but other "
    "departments such as the Australian Taxation Office and Defence will have to turn up to work.",
]
GOSSIP = [
    "In January, Flay was rumoured to be romantically involved with fellow chef Giada De Laurentiis.",
    "The Iron Chef Of America star and Giada were spotted having 'a festive dinner out together' at Cecconi's.",
]
BARCA = [
    "Enrique has stressed the importance of forgetting Wednesday night's superb 3-1 semi-final first leg win.",
    "Andreas Iniesta is ruled out after he was forced off early in the 3-1 win in the French capital.",
]


def test_one_bullets_detail_gives_way_to_a_thing_another_bullet_echoes() -> None:
    used = {"steady pace", "swiss mountain"}
    title = shared_title(TRAIN, TRAIN, TRAIN, used, "Steady Pace")
    assert title == "Descent of the Mountain"
    assert "descent of the mountain" in used and "steady pace" not in used


def test_a_birth_name_gives_way_to_a_noun_two_bullets_say_with_its_modifier() -> None:
    assert shared_title(SINGER, SINGER, SINGER, set(), "Natalie Stewart") == "Local Language"


def test_a_title_two_bullets_say_stays() -> None:
    assert shared_title(HOLIDAYS, HOLIDAYS, HOLIDAYS, set(), "Public Holidays") == "Public Holidays"
    assert shared_title(HOLIDAYS, HOLIDAYS, HOLIDAYS, set(), "Australian Taxation Office") == "Public Holidays"


@pytest.mark.parametrize(
    ("bullets", "title"),
    [
        (GOSSIP, "Festive Dinner"),  # "Iron Chef" names a show: no second bullet says "chef"
        (BARCA, "French Capital"),  # "leg win" is cut from "first leg win"
    ],
)
def test_a_group_whose_bullets_share_no_thing_keeps_its_title(bullets: list[str], title: str) -> None:
    assert shared_title(bullets, bullets, bullets, set(), title) == title


def test_a_group_of_one_bullet_keeps_its_title() -> None:
    assert shared_title(TRAIN[:1], TRAIN, TRAIN, set(), "Steady Pace") == "Steady Pace"


def test_shared_briefs_name_what_two_bullets_say() -> None:
    assert "National Federation" in shared_group_titles("en-cnndm.jsonl", 70)  # not "Borislav Ivanov"
    # not "Natalie Stewart", her birth name ("Local Language" until her learning it went up to the
    # overview, `en_lead_cut.py`: the group tells of her role)
    titles = shared_group_titles("en-cnndm.jsonl", 98)
    assert "Catty Maid" in titles and not any("Stewart" in t for t in titles)


BANK = [
    "Mr Goodwin was knighted for ‘services to banking’ in 2004 but was stripped of his title in 2012 Chief "
    "executive Ross McEwan said: ‘This is going to be another tough year.",
    "The latest news wiped more than £700million off the value of RBS as shares fell more than 3 per cent to 338.5p.",
    "Mr Goodwin – nicknamed Fred the Shred for his ruthless cost-cutting – was even knighted for ‘services to "
    "banking’ in 2004.",
]
NOISE = [
    "Mr Yeaman was reportedly in his yard on Muller Road making a lot of noise at around 9pm Thursday night.",
    "Pama’s defence lawyer Bruce Peters said Mr Yeaman was known for getting drunk, playing loud music and "
    "yelling at ‘the world at large’.",
    "Pama then confronted Mr Yeaman and it was at that point the situation escalated.",
]


def test_a_phrase_two_bullets_say_as_written_titles_their_group() -> None:
    assert shared_title(BANK, BANK, BANK, set(), "Ross McEwan") == "Services to Banking"


def test_who_told_the_story_gives_way_to_what_it_tells() -> None:
    # the lawyer is named only beside "said": a source, not the group's subject
    assert shared_title(NOISE, NOISE, NOISE, set(), "Bruce Peters") == "Loud Music"
    # where the bullets are about the person, the name stays
    about = ["Bruce Peters was elected in May.", "He won by a clear margin.", "His party was pleased."]
    assert shared_title(about, about, about, set(), "Bruce Peters") == "Bruce Peters"


def test_an_outlet_told_gives_way_to_a_noun_two_bullets_say() -> None:
    travolta = [
        'Travolta told the Tampa Bay Times that he has not seen the documentary, "and I don\'t really care to."',
        "\"I've been so happy with my (Scientology) experience that I really don't have anything to say that would "
        'shed light on (a documentary) so decidedly negative," Travolta said.',
        '"Oh, my God, I wouldn\'t have made it," said Travolta.',
    ]
    assert shared_title(travolta, travolta, travolta, set(), "Tampa Bay Times") == "Documentary"
    # a word alone two bullets say ("makers") is a keyword: it displaces only who told the story
    film = [
        "The rights to Dr Felton's book have been bought by the makers of Saving Mr Banks with Tom Hanks.",
        "Production firm Essential 11 USA, the makers of the Tom Hanks hit, is now working on a script.",
        "Dr Felton said a number of 'A-list' Hollywood stars were queuing up for roles.",
    ]
    assert shared_title(film, film, film, set(), "Hollywood Stars") == "Hollywood Stars"


def test_a_modifier_two_bullets_share_is_no_shared_thing() -> None:
    grammys = [
        "Not content with a busy afternoon in the garden, she then changed into a flawless black dress for the "
        "annual Grammys On The Hill Awards.",
        "The first lady was on hand to present Alicia Keys with the Recording Artists' Coalition Award for her "
        "ongoing contribution to popular music.",
        "As part of her ongoing initiative to get Americans 'moving', the first lady is asking school children "
        "across the country to participate in her garden challenge.",
    ]
    assert (
        shared_title(grammys, grammys, grammys, set(), "Busy Afternoon") == "Busy Afternoon"
    )  # not "Ongoing Contribution"


def test_what_a_thing_is_likened_to_titles_nothing() -> None:
    song = [
        'What makes "American Pie" so unusual is that it is a talisman, which, like a sacred river, keeps '
        "bringing joy to listeners everywhere.",
        "With illusions to football fields and rock 'n' roll, river levees and nursery rhymes, the song cascades "
        "along like a boat going down Niagara Falls.",
    ]
    assert shared_title(song, song, song, set(), "Football Fields") == "Football Fields"  # not "Sacred River"


# en-cnndm 27, group 4 (passages 11-12, cut short)
NO_ACTION = [
    "Former News of the World editor Andy Coulson and royal editor Clive Goodman will not face retrials because "
    "prosecutors said it was no longer in the public interest",
    "Sun reporter Vince Soodin, former deputy news editor Ben O’Driscoll and former Sun managing editor Graham "
    "Dudman will also not be prosecuted",
    "The final two reporters to be told they face no further action are Panton and Ryan Sabey",
]


def test_a_role_one_person_holds_is_no_shared_thing() -> None:
    # not "Royal Editor", though another bullet names a "managing editor"
    assert shared_title(NO_ACTION, NO_ACTION, NO_ACTION, set(), "Further Action") == "Further Action"


def test_en_cnndm_27_titles_the_dropped_cases_by_no_ones_role() -> None:
    assert shared_group_titles("en-cnndm.jsonl", 27)[3] == "Reporters"
