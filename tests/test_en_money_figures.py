"""An English news brief stating no sum at all takes the short sentence beside one of its theme
bullets that states what the story's money came to (`en_money_figures.py`); a quotation, a long
sentence or a brief that states a sum already takes none."""

from __future__ import annotations

from citebrief.engines.en_money_figures import _plain, states_money
from conftest import cnndm_bullets


def test_a_sum_of_money_is_a_currency_before_a_number_or_pounds_after_it() -> None:
    assert states_money("The move is likely to cost the club in the region of £12,000.")
    assert states_money("His bail was set at $1 million.")
    assert states_money("The fine came to 45 million pounds.")
    assert not states_money("The Premier League champions have written to 300 fans.")
    assert not states_money("Mr Dundon said bosses should expect a 20 per cent rise in absenteeism.")


def test_only_the_writers_own_short_sentence_is_taken() -> None:
    assert _plain("The move is likely to cost the club in the region of £12,000.", False)
    assert not _plain("'It will cost us £12,000,' he said.", False)  # a quotation
    assert not _plain("We now plan to raise the threshold to £12,500.", False)  # words spoken as "we"
    assert not _plain("It will cost the club £12,000.", True)  # a quotation's middle
    assert not _plain("The club " + "said that it would pay " * 8 + "£12,000.", False)  # too long


def test_the_refund_cost_is_said() -> None:
    """Manchester City's free coaches arrived late: the brief told of the refunds but never what
    they would cost, "The move is likely to cost the club in the region of £12,000"."""
    bullets = cnndm_bullets("cnndm_373f32bd4d4f536e54f29b2a35bc2035df40b310")
    assert any("£12,000" in t for t in bullets)


def test_a_brief_with_its_headline_sum_takes_no_detail_sum() -> None:
    """A fraudster ordered to pay back £500,000: the £1,000 found in an extractor fan stays out."""
    bullets = cnndm_bullets("cnndm_68883239a433eae74fcb1ecc747d6a14b78fff32")
    assert any("£500,000" in t for t in bullets)
    assert not any("extractor fan" in t for t in bullets)
