"""An English group title a reader marks down though the group says it: a person's name gives
way to the event the bullets name ("Child Endangerment Charges", "Sexual Assault"), an
outlet's time label ("Saturday's Opening Session") to that event, else to the person the
bullets tell of; the event another group's title holds leaves the name in place ("Clarke"
beside "Death Penalty", not one bullet's aside "Terror Attack"). Bullets and articles from the
shared en-cnndm set whose briefs a blind reader marked."""

from __future__ import annotations

from citebrief.text.en_title_event import event_phrase, reader_title, time_label
from conftest import shared_group_titles

ZOO = [
    "Michael Lurie and his family were at the Cheetah exhibit when they heard the child scream.",
    "'I was just shocked,' Lurie told WKYC.",
    "Cleveland Metroparks Zoo has plans to press child endangerment charges against the family on Monday.",
]
TRIAL_LAWYER = [
    "Clarke tried to convince jurors that her client's brother, who died days after the terror attack, was the "
    "instigator.",
    "And all of this, she has to get around and convince the jury he's not worthy of the death penalty.",
    '"Boy, she\'s climbing the Mount Everest of death penalty cases in this case," Callan said about Clarke.',
]
SNOOKER = [
    "The 35-year-old from Essex, who trailed 6-2 following Saturday's opening session, won the first frame.",
    "A finish was possible when Robertson led 11-3, but Carter took the last two frames of the day.",
]
SNOOKER_TEXT = [
    "Ali Carter continued to struggle in his match against Australia's Neil Robertson. " + " ".join(SNOOKER)
]


def test_the_event_the_bullets_name_over_the_person() -> None:
    assert event_phrase(ZOO, set()) == "child endangerment charges"
    assert reader_title(ZOO, ZOO, ZOO, set(), "Michael Lurie") == "Child Endangerment Charges"


def test_a_count_is_cut_to_its_offence_not_to_a_number() -> None:
    bullets = ["Manohar, of Barnston, Wirral, denies four counts of sexual assault."]
    assert event_phrase(bullets, set()) == "sexual assault"
    assert event_phrase(["Sgt Gaynor told the court during the two day trial that he lied."], set()) == ""


def test_the_event_another_group_holds_leaves_the_name() -> None:
    assert event_phrase(TRIAL_LAWYER, set()) == "death penalty"
    assert event_phrase(TRIAL_LAWYER, {"death penalty"}) == ""
    assert reader_title(TRIAL_LAWYER, TRIAL_LAWYER, TRIAL_LAWYER, {"death penalty"}, "Clarke") == "Clarke"


def test_a_time_label_gives_way_to_the_person_the_bullets_tell_of() -> None:
    assert time_label("Saturday's Opening Session")
    assert time_label("Monday night’s Clash")
    assert not time_label("Opening Session")
    assert reader_title(SNOOKER, SNOOKER_TEXT, SNOOKER_TEXT, set(), "Saturday's Opening Session") == "Ali Carter"


def test_other_titles_and_things_named_are_kept() -> None:
    assert reader_title(ZOO, ZOO, ZOO, set(), "Cheetah Exhibit") == "Cheetah Exhibit"
    text = ["Cardiff back a fan-run campaign to boycott the trip to Elland Road."]
    assert reader_title(text, text, text, set(), "Elland Road") == "Elland Road"


def test_shared_briefs_the_reader_marked() -> None:
    assert "Child Endangerment Charges" in shared_group_titles("en-cnndm.jsonl", 99)
    assert "Michael Lurie" not in shared_group_titles("en-cnndm.jsonl", 99)
    snooker = shared_group_titles("en-cnndm.jsonl", 48)
    assert not any(time_label(t) for t in snooker)
    trial = shared_group_titles("en-cnndm.jsonl", 89)
    # the event, not his name alone; then what he says of it (`en_group_deed.py`)
    assert "Manohar's Denial" in trial and "Manohar" not in trial
    assert "Terror Attack" not in shared_group_titles("en-cnndm.jsonl", 135)


def test_a_swapped_title_leaves_the_guard_for_what_stands() -> None:
    used = {"michael lurie"}
    assert reader_title(ZOO, ZOO, ZOO, used, "Michael Lurie") == "Child Endangerment Charges"
    assert used == {"child endangerment charges"}  # a later step sees the title that stands
