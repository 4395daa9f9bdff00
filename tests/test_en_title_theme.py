"""An English group title that one bullet alone says gives way to a noun two bullets say (an event
first), else to the event the group's lead bullet reports; a title two bullets say, a name, and a
group whose bullets share no thing keep their title. Bullets from shared en-cnndm and en-xsum
articles whose briefs readers marked ("Sunny Day" over a skater's injury, "Humble Two-wheeler"
over bikes)."""

from __future__ import annotations

from citebrief.text.en_title_theme import theme_title
from conftest import shared_group_titles

SKATER = [
    "The filmer later wrote on the video-sharing site NewsFlare that the injury required a total of seven stitches.",
    "The incident took place on April 1 on a sunny day in the morning.",
    "Luckily there was no one in the skater's path and he was the only one injured.",
]
BIKES = [
    "A family of five pile onto scooters while another transports chairs with the power of just his humble "
    "two-wheeler.",
    "'Hanoi and Ho Chi Minh are full of bikes and it makes the morning commute in London seem easy,' Thompson said.",
    "'Even though most of our group was very well travelled the amount of bikes on the road still comes as a shock.'",
]
SURVEY = [
    "The survey conducted by the University of Swansea further revealed that nearly five per cent of them had "
    "worked in the sex industry.",
    "The young woman said that she used it as a last resort after conventional means of work failed to support her.",
    "She said: 'I started working after my first year and tried various part time jobs: in a coffee shop, a pub.'",
]


def test_one_bullets_detail_gives_way_to_an_event_two_bullets_say() -> None:
    used = {"sunny day", "los angeles"}
    assert theme_title(SKATER, SKATER, SKATER, used, "Sunny Day") == "Injury"  # "injury" and "injured"
    assert "injury" in used and "sunny day" not in used


def test_a_noun_two_bullets_say_in_quotations_titles_them() -> None:
    assert theme_title(BIKES, BIKES, BIKES, set(), "Humble Two-wheeler") == "Bikes"


def test_else_the_event_the_lead_bullet_reports() -> None:
    assert theme_title(SURVEY, SURVEY, SURVEY, set(), "Coffee Shop") == "Survey"


def test_a_title_two_bullets_say_or_a_name_stays() -> None:
    assert theme_title(SKATER, SKATER, SKATER, set(), "Seven Stitches") == "Injury"
    stitches = [*SKATER, "Doctors gave him seven stitches."]
    assert theme_title(stitches, stitches, stitches, set(), "Seven Stitches") == "Seven Stitches"
    named = ["Tony Parks joined in May.", "The injury kept him out.", "His injury is healing."]
    assert theme_title(named, named, named, set(), "Tony Parks") == "Tony Parks"


def test_a_noun_the_title_has_or_a_person_by_kind_is_no_better_title() -> None:
    rays = ["UV rays harm the skin.", "The rays are strongest at noon.", "Sunscreen blocks them."]
    assert theme_title(rays, rays, rays, set(), "UV Rays") == "UV Rays"  # not "Rays"
    film = [
        "The rights to the book have been bought by the makers of Saving Mr Banks.",
        "Production firm Essential 11 USA, the makers of the Tom Hanks hit, is now working on a script.",
        "Dr Felton said a number of 'A-list' Hollywood stars were queuing up for roles.",
    ]
    assert theme_title(film, film, film, set(), "Hollywood Stars") == "Hollywood Stars"


def test_an_idiom_or_an_adjective_is_no_shared_noun() -> None:
    idiom = [
        "Ms Jackson moved in despite warnings that the previous occupants had trouble.",
        "She resorted to headphones in order to get any sleep at all.",
        "Although ordered to turn his television down, Mr Ray's new leaf lasted for just seven days.",
    ]
    assert theme_title(idiom, idiom, idiom, set(), "Previous Occupants") == "Previous Occupants"  # not "Order"
    guilty = [
        "Dr Hills told of her guilt about trying to reassure her daughter on the phone two days before.",
        "Dhillon denied murder but was found guilty and sentenced to a minimum of 22 years.",
    ]
    assert theme_title(guilty, guilty, guilty, set(), "Daughter on the Phone") == "Daughter on the Phone"


def test_a_title_given_already_is_not_taken_again() -> None:
    assert theme_title(SKATER, SKATER, SKATER, {"injury"}, "Sunny Day") == "Sunny Day"


def test_shared_briefs_name_what_the_group_is_about() -> None:
    assert "Bikes" in shared_group_titles("en-cnndm.jsonl", 7)  # not "Humble Two-wheeler"
    assert "Injury" in shared_group_titles("en-cnndm.jsonl", 103)  # not "Sunny Day"


def test_a_three_letter_noun_every_bullet_says_beats_one_two_say() -> None:
    titles = shared_group_titles("en-cnndm.jsonl", 74)  # a fly stuck to a frozen steak
    assert "Fly" in titles
    assert "Legs" not in titles  # two bullets move its legs; all three follow the fly


def test_a_medium_participle_is_not_said_by_a_bullet_that_says_the_medium() -> None:
    # en-cnndm 74 once its caption is cut: "Videoed up-close, the fly …" opens one bullet and
    # another says "the video"; the bullets follow the fly
    fly = [
        "Like the old scene, the fly gets stuck to the frozen food.",
        "Videoed up-close, the fly is seen licking the steak.",
        "As the video goes on the fly tries harder to set itself free.",
    ]
    assert theme_title(fly, fly, fly, set(), "Videoed Up-close") == "Fly"
    # a title of a medium itself is said by a bullet that says it
    clips = ["The video shows the fly.", "The video was filmed in Auckland.", "The fly is stuck."]
    assert theme_title(clips, clips, clips, set(), "Video") == "Video"


def test_who_told_it_gives_way_to_a_noun_two_bullets_say() -> None:
    # the agency is named once, as who said it; the bullets are about the bottles
    bottles = [
        "The bottles are sealed, but witnesses say some have leaked.",
        'The Maritime and Coastguard Agency said: "While it is fact that the MV Blue Ocean lost a container '
        "containing bottles of 'Vanish'.",
        "The BBC has contacted Vanish, but the company is yet to comment.",
    ]
    assert theme_title(bottles, bottles, bottles, set(), "Coastguard Agency") == "Bottles"
    # a name the group is about, said by two bullets, stays
    about = ["Loeb says he met the actress in 2010.", "Loeb said he filed a complaint.", "The embryos were frozen."]
    assert theme_title(about, about, about, set(), "Loeb") == "Loeb"


def test_what_a_clip_shows_is_no_show() -> None:
    # en-cnndm 4: "The viral clip shows ..." and one quoted "do the show" made "Show" a noun two
    # bullets say, over the clip the group is about
    clip = [
        "The viral clip shows the 23-year-old defender lifting the ball into the net.",
        "In the video he can be seen turning to face the camera looking absolutely gob-smacked.",
        "His mother Lucy said: 'After he saw the Barcelona player do the show he said he could do it too.'",
    ]
    assert theme_title(clip, clip, clip, {"viral clip"}, "Viral Clip") == "Viral Clip"
    assert "Viral Clip" in shared_group_titles("en-cnndm.jsonl", 4)
    # a show two bullets name as one is still a noun they share
    show = ["Selina is a character on the show.", "The fourth season of the hit show premiered.", "Her new job."]
    assert theme_title(show, show, show, set(), "New Job") == "Show"


def test_a_club_s_supporters_are_who_not_what() -> None:
    trip = [
        "The ground is hard to reach, so the club offered supporters free coaches.",
        "All six coaches missed the kick-off, some arriving 20 minutes late.",
        "The club has written to supporters to say the coaches set off too late.",
    ]
    assert theme_title(trip, trip, trip, set(), "South London Home") == "Coaches"  # not "Supporters"
    assert "Supporters" not in shared_group_titles("en-cnndm.jsonl", 173)  # City's late coaches to Palace


def test_stewards_a_player_fights_are_who_not_what() -> None:
    fight = [
        "On the film the striker is held back by two stewards as his team-mates argue with the staff.",
        "He then joins the scuffle and pushes three stewards before kicking out at another.",
    ]
    texts = [f"{fight[0]} He breaks away from the two stewards to help his friends.", f"{fight[1]} He faces a fine."]
    every = ["The striker could face a long ban after film of the fight emerged.", *texts]
    assert theme_title(fight, texts, every, {"scuffle"}, "Scuffle") == "Scuffle"  # not "Stewards"
