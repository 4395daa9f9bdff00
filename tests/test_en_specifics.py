"""English specifics (text/data/lines.tsv): the charges, pleas, verdicts and sanctions that
decide a news story weigh as a figure does, so a theme keeps "denies four counts of sexual
assault" or "would see O'Sullivan docked a frame" over a sentence of colour beside it."""

from __future__ import annotations

import pytest

from citebrief.text.patterns import specific_kinds, specificity


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Manohar, of Barnston, Wirral, denies four counts of sexual assault.", "charge-en"),
        ("Keith Allen pleaded not guilty on Monday to charges of rape.", "charge-en"),
        ("The two suspects are charged with conspiracy to murder.", "charge-en"),
        ("Any repeat of the incident would see O'Sullivan docked a frame.", "sanction-en"),
        ("ESPN announced that McHenry would be suspended for a week.", "sanction-en"),
    ],
)
def test_a_charge_plea_or_sanction_is_a_specific(sentence: str, kind: str) -> None:
    assert kind in specific_kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Months of planning went into the three minute charge of the camp's double perimeter fences.",
        "We are encouraged that seizures of banned substances have increased.",
        "The boy's father said he had placed Brock in the car and started the engine.",
    ],
)
def test_a_word_of_the_same_spelling_in_another_sense_is_not(sentence: str) -> None:
    assert not specific_kinds(sentence) & {"charge-en", "sanction-en"}


def test_a_verdict_with_a_term_counts_two_kinds() -> None:
    assert specificity("Adeli was jailed for 27 months after he was found guilty of grooming.") == 2


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The club spent £500m on players in five years.", "money-en"),
        ("Jason Puncheon, signed for £1.9m, delivered City their final blow.", "money-en"),
        ("Mr Jaitley said that nearly $30bn in the old notes had been deposited.", "money-en"),
        ("Ryan Bowman scored a fine winner for Gateshead.", "goal-en"),
        ("Puncheon settled it with a free-kick.", "goal-en"),
        ("A 2-1 defeat leaves them nine points adrift of the top.", "goal-en"),
    ],
)
def test_a_sum_of_money_or_a_match_result_is_a_specific(sentence: str, kind: str) -> None:
    """A match report is read for its result and scorer, a business or policy story for its
    sums ("£500m" holds no figure the plain-number row reads: no word boundary after 500)."""
    assert kind in specific_kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday the winner of the baking contest was announced.",
        "He has scores of friends in the village.",
        "Prices in the shop rose sharply last year.",
    ],
)
def test_a_winner_of_another_kind_or_plain_prices_are_not(sentence: str) -> None:
    assert not specific_kinds(sentence) & {"money-en", "goal-en"}


def test_a_sum_beside_a_count_is_two_kinds() -> None:
    assert specificity("Council cuts of £40m will close 12 libraries.") == 2
