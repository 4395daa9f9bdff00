"""An English "He …" bullet under a bullet led by someone else names whom the writer means in brackets
(engines/en_misread_pronouns.py), read on en-xsum and short texts."""

from __future__ import annotations

from dataclasses import replace

from citebrief.engines.en_misread_pronouns import named_misread_en, writers_person
from citebrief.engines.scored import Scored
from citebrief.model import Point
from conftest import shared_groups
from scored_builder import zh_scored

_GOLF = [
    "France's Dubuisson carded a 67 to tie with overnight leader Van Zyl on 16 under par.",
    "McIlroy carded a third straight 67 to move to 15 under par.",
    "McIlroy was level par after 10 holes and threw his putter at his bag.",
    "But he hit back with a birdie on the par-five 11th.",
    "The former world number one ruptured a ligament in his left ankle in July.",
    "He returned in time to defend his US PGA title in August.",
    "Willett is second in the Race to Dubai.",
]


def _scored(sentences: list[str], *, cut: int | None = None) -> Scored:
    """One paragraph, or two where `cut` (the second's first sentence): a bullet carries no sentence across."""
    paragraphs = [sentences] if cut is None else [sentences[:cut], sentences[cut:]]
    return replace(zh_scored(paragraphs), lang="en")


def test_the_defending_champion_is_named_under_another_golfers_bullet() -> None:
    # en-xsum 89: the key points set McIlroy's comeback right under Dubuisson's 67, and a reader took
    # the He for Dubuisson; the overview keeps its two points, so the bullet names him
    groups = shared_groups("en-xsum.jsonl", 89)
    overview = groups[0]
    assert overview[0].startswith("France's Dubuisson carded a 67"), groups
    assert overview[1].startswith("[McIlroy] returned in time to unsuccessfully defend"), groups
    assert not any(text.startswith("He returned") for group in groups for text in group), groups


def test_the_writers_person_is_read_back_through_sentences_speaking_of_him() -> None:
    scored = _scored(_GOLF)
    assert writers_person(scored, 5, "He") == ("McIlroy", 2)
    assert writers_person(scored, 5, "She") is None  # "his" between: not her
    other = [*_GOLF[:4], "She said the ankle had healed.", _GOLF[5]]
    assert writers_person(_scored(other), 5, "He") is None  # someone else spoken of between
    turned = [*_GOLF[:4], "The weather was fine on the final day.", _GOLF[5]]
    assert writers_person(_scored(turned), 5, "He") is None  # no one spoken of: the thread may turn


def test_the_bracket_goes_only_under_a_bullet_led_by_someone_else() -> None:
    scored = _scored(_GOLF)
    text = _GOLF[5]
    under_dubuisson = [Point(text=_GOLF[0], citations=[1])]
    everywhere = frozenset({0, 1, 5})
    assert named_misread_en(scored, 5, text, under_dubuisson, everywhere) == (
        "[McIlroy] returned in time to defend his US PGA title in August.",
        1,
    )
    assert named_misread_en(scored, 5, text, [Point(text=_GOLF[3], citations=[1])], everywhere) is None  # "But he …"
    assert named_misread_en(scored, 5, text, [], everywhere) is None  # a head: `en_pronoun_speakers` reads it
    assert named_misread_en(scored, 5, text, under_dubuisson, frozenset({0, 5})) is None  # no bullet names him


def test_a_capitalised_opener_is_no_person() -> None:
    # en-xsum 31: "Having averaged more than a goal-a-game …, he then got his break …" leads one sentence
    sentences = [
        "Washington combined non-League football with a job delivering mail.",
        "Having averaged more than a goal-a-game, he then got his break with Newport.",
        "He then moved to Peterborough in 2014.",
    ]
    assert writers_person(_scored(sentences), 2, "He") is None
