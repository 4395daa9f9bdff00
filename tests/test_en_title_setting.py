"""An English group title headed by a medium, a role or a place that one bullet alone says
("Female Employee", "Swiss Mountain", "Blog Post") gives way to a thing two bullets or more say
(`en_title_setting.setting_title`); such a title two bullets say, one with nothing shared, and a
title of another head stay. Small cases written after en-cnndm briefs, and two readers' briefs."""

from __future__ import annotations

from citebrief.text.en_title_setting import setting, setting_title
from conftest import shared_group_titles

BRAWL = [
    "At least one member of the family shoved the female employee, which led to the store calling 911.",
    "Witness Louie Solano said the fight 'looked like a riot in the middle of the parking lot'.",
    "A Walmart worker who came to the aid of police suffered a sprained arm and cuts in the fight.",
]
HIRE = [
    "Announcing the hire in a blog post on Thursday Kalanick wrote: 'We are in cyberspace.'",
    "He added: 'This is a challenge where I get to take what makes Silicon Valley special.'",
]


def _titled(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    given = used if used is not None else {title.casefold()}
    return setting_title(bullets, bullets, bullets, given, title)


def test_a_role_one_bullet_says_gives_way_to_what_two_bullets_say() -> None:
    assert setting("Female Employee") and setting("Anadolu Agency") and setting("Garden")
    used = {"female employee", "gaver"}
    assert _titled(BRAWL, "Female Employee", used) == "Fight"
    assert "fight" in used and "female employee" not in used


def test_a_setting_with_nothing_shared_stays() -> None:
    assert _titled(HIRE, "Blog Post") == "Blog Post"


def test_a_setting_two_bullets_say_stays() -> None:
    officers = [
        "McGowan was convicted of assaulting a police officer at Airdrie Sheriff Court.",
        "The court heard McGowan charged towards two police officers after a disturbance.",
        "He was sentenced to 130 hours of unpaid work after the fight.",
    ]
    assert _titled(officers, "Police Officer") == "Police Officer"


def test_other_heads_are_no_settings() -> None:
    assert not setting("Parking Penalty") and not setting("Step Forward")
    assert _titled(BRAWL, "Parking Lot Riot") == "Parking Lot Riot"


def test_the_readers_briefs_take_the_shared_thing() -> None:
    walmart = shared_group_titles("en-cnndm.jsonl", 192)  # a family band's brawl with police at a Walmart
    # s93b dropped the band photo's caption and two cut pieces of the band's name, and the groups
    # were recut ("Fight" is no group's title any more; a blind reader preferred the brief after):
    # still no group is titled by the setting's bystander
    assert "Female Employee" not in walmart
    railway = shared_group_titles("en-cnndm.jsonl", 188)  # a train's run down the Jungfrau railway
    # s102e cut the captions glued to its sentences and the train group is now "Descent of the
    # Mountain" (read better blind than "Train"): still no title by the setting's mountain alone,
    # nor "Train Careers" (careers a verb there)
    assert "Swiss Mountain" not in railway and "Train Careers" not in railway
    assert any("Mountain" in title or "Train" in title for title in railway[1:])
