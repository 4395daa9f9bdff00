"""A title one bullet's detail names gives way to what happened to the one person the group is
about (`text/en_title_own_event.py`): the event a bullet writes after "his"/"her" where two bullets
say its words ("PGA Tour Victory" → "Casey's Masters Appearances"), else the court proceeding the
bullets tell ("Victim Surcharge" → "Giggs's Sentencing"). A title two bullets say, a group about
two people, an event one bullet alone says and a group that speaks of no court keep their title.
Small cases written after en-cnndm briefs, and the briefs of en-cnndm articles themselves."""

from __future__ import annotations

from citebrief.text.en_title_own_event import own_event_title
from conftest import shared_group_titles

CONTEXT = ["Paul Casey is a golfer.", "Eddie Coyle prosecuted.", "Rhodri Giggs is a former footballer."]
MASTERS = [
    "'I was very relieved,' said Casey, who made the last of his eight Masters appearances in 2012.",
    "The 37-year-old finished sixth on his Masters debut in 2004.",
    "He then called a penalty shot on himself at the sixth.",
    "Casey will wrap up his preparation at the Shell Houston Open, the site of his only PGA Tour victory.",
]
SENTENCING = [
    "Arriving for sentencing at Manchester Magistrates Court yesterday, Giggs said it 'wasn't intentional'.",
    "But Eddie Coyle, prosecuting, said no insurance was in force.",
    "Giggs was then banned from driving for six months and ordered to pay a £20 victim surcharge.",
]


def _title(bullets: list[str], title: str, used: set[str] | None = None) -> str:
    given = set(used or set()) | {title.casefold()}
    return own_event_title(bullets, bullets, bullets + CONTEXT, given, title)


def test_an_event_two_bullets_say_takes_whose_it_is() -> None:
    used = {"pga tour victory"}
    title = own_event_title(MASTERS, MASTERS, MASTERS + CONTEXT, used, "PGA Tour Victory")
    assert title == "Casey's Masters Appearances"
    assert used == {"casey's masters appearances"}


def test_the_court_proceeding_the_bullets_tell() -> None:
    assert _title(SENTENCING, "Victim Surcharge") == "Giggs's Sentencing"


def test_legal_debts_beside_a_hearing_are_a_court_case() -> None:
    custody = [
        "The hearing over the potential termination of Joshua Burns's parental rights is in June.",
        "To donate to the Burns's family cover legal debts, an appeal case and Brenda Burns's attempt to end "
        "DHS's oversight, visit the couple's website.",
    ]
    assert _title(custody, "Cover Legal Debts") == "Burns's Hearing"
    charity = [custody[0], "The Burns family have launched a charity appeal for Naomi."]
    assert _title(charity, "Charity Appeal") == "Charity Appeal"  # a charity's appeal is no court


def test_a_title_two_bullets_say_stays() -> None:
    assert _title(MASTERS, "Masters Debut") == "Masters Debut"


def test_an_event_one_bullet_alone_says_stays() -> None:
    bullets = [
        "Boente showed no signs of stopping his bizarre behaviour.",
        "Boente operated four Facebook accounts through five different phones.",
        "Three men entered the home of the woman's aunt.",
    ]
    assert _title(bullets, "Different Phones") == "Different Phones"


def test_no_court_and_two_people_stay() -> None:
    no_court = [SENTENCING[0].replace("Magistrates Court", "the club"), "Giggs went home.", "It rained."]
    assert _title(no_court, "Victim Surcharge") == "Victim Surcharge"
    two = [*SENTENCING, "Coyle told the magistrates Coyle had checked."]
    assert _title(two, "Victim Surcharge") == "Victim Surcharge"


def test_a_phrase_another_title_says_stays() -> None:
    assert _title(SENTENCING, "Victim Surcharge", {"giggs's sentencing"}) == "Victim Surcharge"


def test_en_cnndm_briefs_title_the_persons_event() -> None:
    assert "Giggs's Sentencing" in shared_group_titles("en-cnndm.jsonl", 14)
    assert "Casey's Masters Appearances" in shared_group_titles("en-cnndm.jsonl", 88)
    assert "Stancil's Hearing" in shared_group_titles("en-cnndm.jsonl", 159)
    # en-cnndm 37's "Burns's Hearing" group went with its other bullet, "To donate …, visit the couple's
    # website" (lines.tsv call-to-action-en, s49c): the brief no longer titles a group by that filler
    assert "Cover Legal Debts" not in shared_group_titles("en-cnndm.jsonl", 37)
