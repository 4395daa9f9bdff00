"""An actor group's name one bullet alone writes gives way where another person is named by more
of its bullets (`en_lone_actor_name.py`, read by `en_actor_groups.by_actor`)."""

from __future__ import annotations

from citebrief.engines.en_actor_groups import by_actor
from citebrief.engines.scored import Draft, Unit
from citebrief.text.en_lone_actor_name import lone_name_title

HEARING = [
    "Tom Baxter, 41, has lost his job after a driving ban.",
    "Appearing for sentencing at the town court, Baxter, of Leeds said he had made a mistake.",
    "But Jane Pike, prosecuting, said: 'He was driving a van along the high street without insurance.'",
    "Once he had admitted it, Baxter was asked if he wished to appeal.",
    "He declined and said he had not worked since May.",
    "Representing himself, he said: 'I drive for a firm.'",
    "Baxter said he was sorry for the offence.",
    "Baxter said he would look for work elsewhere.",
]


def _units(texts: list[str]) -> list[Unit]:
    return [Unit(k, k + 1, text, [], k / len(texts), False, None) for k, text in enumerate(texts)]


def test_a_prosecutor_one_bullet_names_gives_way_to_the_hearing_of_the_one_two_name() -> None:
    # the pronouns after Pike's quote read as hers, so her group holds the driver's answers too
    used = {"tom baxter"}
    groups = by_actor(_units(HEARING), [Draft(0, [1, 2, 3]), Draft(1, [4, 5, 6]), Draft(2, [7])], used)
    assert groups is not None
    assert [(g.title, g.picked) for g in groups] == [("Baxter's Sentencing", [1, 2, 3, 4, 5]), ("", [6, 7])]
    assert "jane pike" not in used


def test_without_a_court_the_title_steps_name_the_group() -> None:
    bullets = [
        "Baxter, of Leeds said the crash was not his fault.",
        "But Jane Pike said: 'He was driving too fast.'",
        "Baxter was asked whether he would pay for the damage.",
    ]
    assert lone_name_title("Jane Pike", bullets, [*HEARING, *bullets], set()) == ""


def test_a_name_two_bullets_write_or_one_of_two_stands() -> None:
    two = [HEARING[1], HEARING[2], "Pike said the van had no tax either."]
    assert lone_name_title("Jane Pike", two, HEARING, set()) == "Jane Pike"
    assert lone_name_title("Jane Pike", HEARING[1:3], HEARING, set()) == "Jane Pike"


def test_nor_does_it_give_way_where_no_one_else_is_named_more() -> None:
    alone = [HEARING[2], HEARING[4], HEARING[5]]
    assert lone_name_title("Jane Pike", alone, HEARING, set()) == "Jane Pike"


def test_a_title_given_already_leaves_it_to_the_steps() -> None:
    assert lone_name_title("Jane Pike", HEARING[1:6], HEARING, {"baxter's sentencing"}) == ""
