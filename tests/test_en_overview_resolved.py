"""The overview titled by the person its first bullet's pronoun stands for, not a name the bullets
pass over (`en_overview_resolved`)."""

from citebrief.engines.en_overview_resolved import resolved_overview
from citebrief.model import Group, Point
from conftest import shared_group_titles


def _groups(title: str, bullets: list[str], *others: str) -> list[Group]:
    points = [Point(text=b, citations=[1]) for b in bullets]
    rest = [Group(title=t, points=[Point(text="Another point was made.", citations=[2])]) for t in others]
    return [Group(title=title, points=points), *rest]


COACH = [
    "[Durrant] spent last season with the youth squad, but will not return.",
    "The manager wants new staff, leaving Durrant without a role.",
    "Durrant was first-team coach when Ally McCoist took over.",
]


def test_a_name_in_passing_gives_way_to_the_bracketed_person() -> None:
    assert resolved_overview(_groups("Key points: Ally McCoist", COACH))[0].title == "Key points: Durrant"


def test_a_title_the_bullets_say_stays() -> None:
    bullets = [
        "[Mrs May] stressed that to kill a police officer was an attack on society.",
        "But Mrs May also said police officers must end claims.",
        "The federation urged her not to judge a handful of officers.",
    ]
    assert resolved_overview(_groups("Key points: Police Officer", bullets))[0].title == "Key points: Police Officer"


def test_a_thing_and_the_titles_own_person_stay() -> None:
    things = ["[The bottles] started arriving on Sunday.", "The bottles were full.", "Staff took the bottles away."]
    assert resolved_overview(_groups("Key points: Poldhu Cove", things))[0].title == "Key points: Poldhu Cove"
    bowe = ["[Riddick Bowe] was once champion.", "Bowe wants to fight.", "Bowe has a plan."]
    plan = "Key points: Riddick Bowe's Plan"
    assert resolved_overview(_groups(plan, bowe))[0].title == plan


def test_a_name_said_once_or_another_groups_title_stays() -> None:
    once = [COACH[0], "The manager wants new staff.", "He was coach when Ally McCoist took over."]
    assert resolved_overview(_groups("Key points: Ally McCoist", once))[0].title == "Key points: Ally McCoist"
    titled = _groups("Key points: Ally McCoist", COACH, "Durrant's Career")
    assert resolved_overview(titled)[0].title == "Key points: Ally McCoist"


def test_shared_articles_overview_names_whom_the_lead_is_about() -> None:
    # en-xsum 141: "He spent last season in charge of the Under-20 development squad …" (Durrant leaving Rangers)
    assert shared_group_titles("en-xsum.jsonl", 141)[0] == "Key points: Durrant"
    # en-xsum 119: "He died at his home in Cambridge …" (Christopher Hogwood's death): what, not only who
    assert shared_group_titles("en-xsum.jsonl", 119)[0] == "Key points: Hogwood's Death"
    # en-xsum 160: "She stressed …": the bullets say "officers"; the title stays
    assert shared_group_titles("en-xsum.jsonl", 160)[0] == "Key points: Police Officer"


DIED = [
    "[Hogwood] died at his home in Cambridge following an illness lasting several months.",
    "Hogwood worked with many leading orchestras around the world.",
    "The conductor founded the Academy of Ancient Music in 1973.",
]


def test_the_bracketed_persons_title_takes_the_deed_written_after_the_bracket() -> None:
    assert resolved_overview(_groups("Key points: Hogwood", DIED))[0].title == "Key points: Hogwood's Death"
    # a name in passing gives way to the bracketed person first, then takes the deed
    assert resolved_overview(_groups("Key points: Egarr", DIED))[0].title == "Key points: Hogwood's Death"


def test_no_deed_a_dated_one_or_a_titled_deed_leaves_the_name() -> None:
    assert resolved_overview(_groups("Key points: Durrant", COACH))[0].title == "Key points: Durrant"
    dated = ["[Pring] was killed in 2008 by a speeding car.", *DIED[1:]]
    assert resolved_overview(_groups("Key points: Pring", dated))[0].title == "Key points: Pring"
    titled = _groups("Key points: Hogwood", DIED, "Hogwood's Death")
    assert resolved_overview(titled)[0].title == "Key points: Hogwood"
