"""An English title ending on its clause's verb gives way to the group's phrase, else to its
subject (`text/en_title_verb_end.py`)."""

from __future__ import annotations

from citebrief.text.en_title_verb_end import verb_end_title
from conftest import shared_group_titles

FARES = ["Rail fares rose again this year.", "The rail fares will rise again in January."]


def test_a_plural_subject_and_its_verb_give_way_to_the_groups_phrase() -> None:
    group = ["Commuters hate paying more for less.", *FARES]
    used = {"commuters hate", "trains"}
    assert verb_end_title(group, group, group, used, "Commuters Hate") == "Rail Fares"
    assert used == {"rail fares", "trains"}


def test_a_verb_in_s_before_a_preposition_leaves_its_subject() -> None:
    group = ["Shops will shut after the ticket refund scheme ends on Friday.", "Queues grew."]
    used = {"ticket refund scheme ends"}
    assert verb_end_title(group, group, group, used, "Ticket Refund Scheme Ends") == "Ticket Refund Scheme"
    assert used == {"ticket refund scheme"}


def test_a_name_and_its_past_before_an_ing_verb_stays_without_a_phrase() -> None:
    # "Doe" is a dictionary word ("doe"): no sure name for `en_title_verb_person` ("Hellen Obiri" is)
    group = ["Jane Doe upset defending champion Ann Roe to win gold.", "It rained."]
    assert verb_end_title(group, group, group, set(), "Jane Doe Upset") == "Jane Doe Upset"


def test_a_noun_after_a_name_before_an_ing_word_stays() -> None:
    group = ["Red Bull Racing team managing director Tom Lee spoke.", *FARES]
    assert verb_end_title(group, group, group, set(), "Red Bull Racing Team") == "Red Bull Racing Team"


def test_an_object_noun_stays() -> None:
    group = ["The board will appoint assistant coaches for the tour.", *FARES]
    assert verb_end_title(group, group, group, set(), "Assistant Coaches") == "Assistant Coaches"


def test_a_noun_before_a_preposition_stays() -> None:
    group = ["In July, a suicide bomb attack on a rally killed dozens.", *FARES]
    assert verb_end_title(group, group, group, set(), "Suicide Bomb Attack") == "Suicide Bomb Attack"


def test_plans_to_stays() -> None:
    group = ["She said that government plans to withdraw from the treaty.", *FARES]
    assert verb_end_title(group, group, group, set(), "Government Plans") == "Government Plans"


def test_a_title_written_once_as_a_noun_stays() -> None:
    group = ["Commuters hate paying more for less.", "The Commuters Hate campaign began.", *FARES]
    assert verb_end_title(group, group, group, set(), "Commuters Hate") == "Commuters Hate"


def test_one_word_and_lower_case_joined_titles_stay() -> None:
    group = ["Commuters hate paying more for less.", *FARES]
    assert verb_end_title(group, group, group, set(), "Hate") == "Hate"
    assert verb_end_title(group, group, group, set(), "Fares of Commuters Hate") == "Fares of Commuters Hate"


def test_real_titles_name_a_thing() -> None:
    # were "Note-exchange Scheme Ends" (en-xsum 85) and "People Love" (en-xsum 90)
    assert "Note-exchange Scheme" in shared_group_titles("en-xsum.jsonl", 85)
    liverpool = shared_group_titles("en-xsum.jsonl", 90)
    assert "People Love" not in liverpool and "Experiences of Childhood" in liverpool


def test_a_name_and_its_past_before_as_leaves_the_name() -> None:
    group = ["At the end, the Blue Army spat as much anger at the team as at the rivals.", "It rained."]
    used = {"blue army spat"}
    assert verb_end_title(group, group, group, used, "Blue Army Spat") == "Blue Army"
    assert used == {"blue army"}


def test_an_adjective_and_a_past_before_and_stays() -> None:
    group = ["That calm head, that powerful shot and that nerve won it.", *FARES]
    assert verb_end_title(group, group, group, set(), "Powerful Shot") == "Powerful Shot"


def test_a_past_before_a_noun_stays() -> None:
    group = ["When the Blue Army spat venom, the players left.", "It rained."]
    assert verb_end_title(group, group, group, set(), "Blue Army Spat") == "Blue Army Spat"


def test_a_real_past_tense_title_gives_way() -> None:
    # was "Toon Army Spat" of "the Toon Army spat as much venom towards their own team" (en-cnndm 84)
    titles = shared_group_titles("en-cnndm.jsonl", 84)
    assert "Toon Army Spat" not in titles and "Toon Army" in titles
