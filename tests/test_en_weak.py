"""Bare English sentences ("But he had no concerns whatsoever") give way to ones that say something."""

from citebrief.text.en_weak import bare_verdict, contentless, strong_first, verdict_lines, verdicts_dropped


def test_bare_sentences_are_contentless() -> None:
    assert contentless("But he had no concerns whatsoever")
    assert contentless("But there was only one team desperate to win this")
    assert contentless("He then rolls over several times")


def test_in_this_points_back_at_the_sentence_before() -> None:
    """A sentence opening on "In this," says its point only with the sentence before it."""
    assert contentless("In this, they admit he was right")
    assert contentless("In that, the board has failed")
    assert not contentless("In this year's race he came in well behind")


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


def test_a_bare_verdict_quoted_then_tagged_says_nothing() -> None:
    assert bare_verdict("'The squad is in fine form,' midfielder Tom Ellis told reporters.")
    assert bare_verdict("“Our mood is great,” she said.")


def test_a_quotation_with_a_deed_a_figure_a_name_or_more_is_content() -> None:
    assert not bare_verdict("'We will appeal the ruling,' said the lawyer.")  # no "is": a deed
    assert not bare_verdict("'We are third on 40 points,' the coach said.")
    assert not bare_verdict("'We are better than Leeds,' he said.")
    assert not bare_verdict("'It was fine,' he said, adding that the club would sign a keeper.")
    assert not bare_verdict("'The squad is in fine form and every player is ready to start,' he said.")


def test_verdicts_dropped_keeps_enough_to_pick_from() -> None:
    texts = [
        "'The squad is in fine form,' midfielder Tom Ellis told reporters.",
        "Rovers lead the table by four points",
        "The derby is on Sunday",
    ]
    assert verdicts_dropped([0, 1, 2], texts, 2) == [1, 2]
    assert verdicts_dropped([0, 1, 2], texts, 3) == [0, 1, 2]
    assert strong_first([0, 1, 2], texts, 2) == [1, 2]


def test_the_speakers_own_state_is_news() -> None:
    assert not bare_verdict("'I'm sorry to miss the final,' said Ellis.")
    assert not bare_verdict("'We are ready,' the captain said.")
    assert not bare_verdict("'There will be a reckoning,' he said.")  # a threat: no state
    assert not bare_verdict("'Plainly winning the cup is the aim,' he said.")  # more than a mood


def test_a_verdicts_speakerless_lines_go_with_it() -> None:
    texts = [
        "'The squad is in fine form,' midfielder Tom Ellis told reporters.",
        "'We have trained hard all month and the young players have made the step up.'",
        "Rovers lead the table by four points",
        "The derby is on Sunday",
    ]
    assert verdict_lines(texts) == {0, 1}
    assert strong_first([0, 1, 2, 3], texts, 2) == [2, 3]
