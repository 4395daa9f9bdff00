"""English sentences that announce or lean instead of stating (`text/en_teasers.py`) give way to
ones that state a specific: in a group, in the overview, and as the lead sentence that fills the
overview's place."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.text.en_teasers import generalising_hook, stating_first, teases
from conftest import shared_article


def test_announcements_and_hooks_tease() -> None:
    assert teases("Then, of course, there are the more fatal risks.")
    assert teases("But that's not all.")
    assert teases("Of course, there are the more fatal risks.")
    assert teases("'There is also the question of cost.'")
    assert teases("Here's why.")
    assert teases("It's well known that exercise can make your muscles bigger.")
    assert teases("Everyone knows what is going to happen in 10 days' time.")
    assert teases("It is a big question and one that City will be desperate not to have to discover the answer to.")
    assert teases("Is this the end of the road for the club?")


def test_a_turn_on_the_sentence_before_teases() -> None:
    assert teases("That hasn't stopped skin-obsessed New Yorkers from flocking to the Manhattan location.")
    assert teases("But that didn't deter the fans.")
    assert teases("That makes Anzac Day the exception when it comes to public holidays.")
    assert teases("That's when the trouble started.")
    assert teases("Now, a study has found it may make your brain larger, too.")


def test_a_figure_a_name_or_a_long_list_states() -> None:
    assert not teases("In Vietnam alone there are more than 37 million motorbikes or scooters.")
    assert not teases(
        "Then there is the inevitable speculation over the future of under-fire manager Manuel Pellegrini."
    )
    assert not teases("There are the two rules for drivers over 70.")
    assert not teases("That left Woods at two-under 142, far behind the pacesetting American Spieth.")
    assert not teases("It means an extra £2,100 a year to anyone who has kept their marriage intact.")
    assert not teases("Now, a study has found that exercise may make the brain larger.")
    assert not teases("This is the moment a paedophile was caught by police after grooming a girl.")
    assert not teases("Three-time champion Niki Lauda said: 'Of course, the public will be watching him.'")


def test_only_the_hook_is_a_hook() -> None:
    assert generalising_hook(
        "It's well-known the garish surroundings outside Augusta National contrast with the beauty within."
    )
    assert not generalising_hook("Then, of course, there are the more fatal risks.")


def test_stating_first_keeps_enough_to_pick_from() -> None:
    texts = [
        "Then, of course, there are the more fatal risks.",
        "Clients agree to release their personal information to a coroner.",
        "The clinic has had to extend its hours.",
    ]
    assert stating_first([0, 1, 2], texts, 2) == [1, 2]
    assert stating_first([0, 1, 2], texts, 3) == [0, 1, 2]


def _bullets(index: int) -> list[list[str]]:
    document = document_from_text(shared_article("en-cnndm.jsonl", index), origin=f"en-cnndm-{index}", kind="text")
    return [[p.text for p in g.points] for g in draft_extractive(document).groups]


def test_the_overview_leads_with_the_finding_not_the_hook() -> None:
    # "It's well known that exercise can make your muscles bigger" is no bullet of its own: the
    # study's finding (grey matter) leads, the hook only says what the finding's "it" is
    groups = _bullets(189)
    assert groups[0][0].startswith("Physical activity can increase grey matter")
    assert not any(t == "It's well known that exercise can make your muscles bigger." for g in groups for t in g)


def test_a_group_says_the_risks_not_that_there_are_some() -> None:
    # the waiver's risks, not "Then, of course, there are the more fatal risks"
    groups = _bullets(59)
    said = [t for g in groups for t in g]
    assert not any("there are the more fatal risks" in t for t in said)
    assert not any(t.startswith("That hasn't stopped") for t in said)
