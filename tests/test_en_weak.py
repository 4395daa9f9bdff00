"""Bare English sentences ("But he had no concerns whatsoever") give way to ones that say something."""

from citebrief.text.en_weak import contentless, strong_first


def test_bare_sentences_are_contentless() -> None:
    assert contentless("But he had no concerns whatsoever")
    assert contentless("But there was only one team desperate to win this")
    assert contentless("He then rolls over several times")


def test_a_name_a_figure_or_a_long_claim_is_content() -> None:
    assert not contentless("But Saints’ season is still very much alive")
    assert not contentless("It’s a couple of per cent across the board")
    assert not contentless("He has visited the country twice in 2014")
    assert not contentless("By the end of the week he had quit")
    assert not contentless(
        "But yesterday judges said the fine was enforceable because it was not excessively high at all"
    )


def test_strong_first_keeps_enough_to_pick_from() -> None:
    texts = [
        "But he had no concerns whatsoever",
        "Mr Gullit quit the club in 1999",
        "Shearer was dropped for the derby",
    ]
    assert strong_first([0, 1, 2], texts, 2) == [1, 2]
    assert strong_first([0, 1, 2], texts, 3) == [0, 1, 2]
