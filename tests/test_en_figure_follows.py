"""An English news brief takes the figure behind a bullet's claim: the next sentence of its passage,
stating a figure no bullet states, joins the bullet's group (`en_figure_follows.py`); a year, a
date, a clock time, an ordinal or a game's count is no such figure, and a quotation's next line
is no fact."""

from __future__ import annotations

from citebrief.engines.en_figure_follows import _plain, figures
from conftest import cnndm_groups, group_opening, shared_groups


def test_a_figure_is_a_count_or_a_sum() -> None:
    assert figures("There have been 38 serious assaults in just four months.") == {"38"}
    assert figures("Jason Puncheon, signed for a pittance of £1.9m, delivered the final blow.") == {"1.9"}
    assert figures("Information on the 20 highest-earning agency staff per trust") == {"20"}
    assert figures("They had 12,000 call-outs.") == {"12000"}


def test_years_dates_times_ordinals_and_labels_are_no_figures() -> None:
    assert not figures("Murray joined from arch rivals Brighton in 2011.")
    assert not figures("Higgins watched the plan being carried out on February 9.")
    assert not figures("He had placed Brock in the Corolla at around 4:45 a.m.")
    assert not figures("They should act like a business in the 21st Century.")
    assert not figures("He won a Scotland Under-21 cap in the mid-1990s.")
    assert not figures("a collaboration with U2")


def test_a_games_count_is_no_figure() -> None:
    assert not figures("Bayer are fourth, trailing runaway leaders Bayern by 19 points.")
    assert not figures("Breaks of 110 and 139 in consecutive frames suggested he was in form.")
    assert not figures("Stuart Broad dismissed him for 30 in the second over of the day.")
    assert not figures("It took McIlroy 14 holes to register his first birdie of the day.")


def test_only_a_short_whole_sentence_is_taken() -> None:
    assert _plain("After a visit, the inspector wrote: 'There have been 38 serious assaults.'", False)
    assert not _plain("Everyone knows what is going to happen in 10 days' time.", True)  # a quotation's middle
    assert not _plain("[sic]' Transfield said 8 guards breached its policy.", False)  # a cut's leftover
    assert not _plain("'We found 10 phones,' he said.", False)  # a quotation's line
    assert not _plain("We found " + "more and more " * 20 + "10 phones.", False)  # too long


def test_the_inspectors_assault_count_follows_the_criticism() -> None:
    """A prison's drugs haul: readers marked the brief down for leaving out the chief inspector's
    38 serious assaults, said right after "has been criticised for drug-related violence"."""
    group = group_opening(cnndm_groups(113), "Altcourse, the first prison")
    assert any("38 serious assaults" in text for text in group)


def test_the_bail_conditions_follow_the_bail() -> None:
    """A neighbour's fatal punch: the accused's bail comes with its conditions (passport, a curfew
    from 6pm to 2am, reporting twice a week)."""
    group = group_opening(cnndm_groups(60), "Pama shielded his face")
    assert any("surrender his passport" in text for text in group)


def test_the_agency_staff_count_follows_the_league_tables() -> None:
    """NHS agency spending (en-xsum 174): the 20 highest earners per trust to be collected."""
    group = group_opening(shared_groups("en-xsum.jsonl", 174), "NHS Improvement said it would start")
    assert any("20 highest-earning agency staff" in text for text in group)


def test_a_match_report_takes_no_game_count() -> None:
    """A Test match (en-xsum 109): Watson out "for 30 in the second over" is the match's detail,
    and the groups keep the shape they had."""
    bullets = [text for group in shared_groups("en-xsum.jsonl", 109) for text in group]
    assert not any(text.startswith("Shane Watson's vulnerability") for text in bullets)
