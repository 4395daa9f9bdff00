"""A theme's picks hold the sentence of a paragraph that sets its figures against each other (a
change, a contrast, a part of a whole) in the place of a pick of that paragraph that sets none,
states fewer figures and says no more specifics (`specific_picks.with_compared_figures`)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from citebrief.engines.scored import Scored
from citebrief.engines.specific_picks import compares_figures, with_compared_figures


def test_a_change_a_contrast_and_a_part_of_a_whole_compare_figures() -> None:
    assert compares_figures("She said 12 buses were bought last year but 150 a year are needed.", "en")
    assert compares_figures("His weight went from 19st to 13.5st in two years.", "en")
    assert compares_figures("It sold 640,000 tickets, or 3.5% of its 18.2 million seats.", "en")
    assert compares_figures("由2010年的61.2%下降至2020年的55.4%，降幅明显。", "zh")
    assert compares_figures("收入增速的平均值为12.5%，而同期支出增速的平均值为14.1%。", "zh")


def test_one_figure_or_a_year_against_a_figure_compares_nothing() -> None:
    assert not compares_figures("At least 40 routes, or 65 miles of road, have been cut since 2009.", "en")
    assert not compares_figures("In 2014 the council said so, but 300 people came anyway.", "en")
    assert not compares_figures("Jane Hollis, of the group, which speaks for 300 members, is unhappy.", "en")
    assert not compares_figures("全市共有公交线路120条，运营车辆3000辆。", "zh")


def test_ages_times_dates_ranks_and_scores_are_no_figures_to_compare() -> None:
    assert not compares_figures("The next frame went to the 41-year-old, but breaks of 95 and 120 followed.", "en")
    assert not compares_figures("He must keep a curfew from 7pm to 6am.", "en")
    assert not compares_figures("The show runs from 12 March to 4 April.", "en")
    assert not compares_figures("He kept out of trouble from the age of 14 to 22.", "en")
    assert not compares_figures("She finished 12th but was ahead of the 13th-placed rider.", "en")
    assert not compares_figures("They were 80-3, but Smith (4-52) bowled them out.", "en")


def _scored(texts: list[tuple[int, str, int]]) -> Scored:
    """What the swap reads of a scored article: each sentence's paragraph, text and specifics."""
    return cast(
        "Scored",
        SimpleNamespace(
            units=[SimpleNamespace(paragraph=paragraph) for paragraph, _, _ in texts],
            trimmed=[text for _, text, _ in texts],
            kinds={i: kinds for i, (_, _, kinds) in enumerate(texts)},
            lang="en",
        ),
    )


_ARTICLE = [
    (1, "Some villages are hard to reach and the narrow lanes bring drivers into conflict with residents.", 0),
    (2, "The council wants a balance between cars, buses and cyclists in how the roads are planned.", 0),
    (3, "Jane Hollis, of the group, which speaks for 300 members, believes new roads are seen as more exciting.", 1),
    (3, "She said the current funding system is also too slow for opening new routes.", 0),
    (3, "Ms Hollis said 12 buses were bought last year but there needed to be 150 a year to replace the fleet.", 1),
    (5, "The old depot closed from 2 routes to 1 route in the spring.", 1),
]


def test_the_paragraphs_comparison_takes_the_place_of_its_colour() -> None:
    chosen = [0, 1, 2]
    assert with_compared_figures(_scored(_ARTICLE), [0, 1, 2, 4, 3, 5], [0, 1, 2], chosen) == [0, 1, 4]
    assert chosen == [0, 1, 4]


def test_a_comparison_of_another_paragraph_takes_no_place() -> None:
    chosen = [0, 1, 2]
    assert with_compared_figures(_scored(_ARTICLE), [0, 1, 2, 5], [0, 1, 2], chosen) == [0, 1, 2]
    assert chosen == [0, 1, 2]


def test_a_pick_stating_as_many_figures_keeps_its_place() -> None:
    article = [*_ARTICLE[:2], (3, "Two of every three buses, some 400 in all, run late.", 1), *_ARTICLE[3:]]
    chosen = [0, 1, 2]
    assert with_compared_figures(_scored(article), [0, 1, 2, 4], [0, 1, 2], chosen) == [0, 1, 2]


def test_a_theme_that_compares_figures_already_takes_no_second_comparison() -> None:
    article = [(1, "Fares rose from £2 to £3 last year.", 1), *_ARTICLE[1:]]
    chosen = [0, 1, 2]
    assert with_compared_figures(_scored(article), [0, 1, 2, 4], [0, 1, 2], chosen) == [0, 1, 2]


def test_an_article_of_one_passage_trades_no_pick() -> None:
    article = [(1, text, kinds) for _, text, kinds in _ARTICLE]
    chosen = [0, 1, 2]
    assert with_compared_figures(_scored(article), [0, 1, 2, 4], [0, 1, 2], chosen) == [0, 1, 2]


def test_a_long_runs_four_picks_trade_none() -> None:
    article = [*_ARTICLE, (3, "The council added a new route to the airport.", 0)]
    chosen = [0, 1, 2, 6]
    assert with_compared_figures(_scored(article), [0, 1, 2, 6, 4], [0, 1, 2, 6], chosen) == [0, 1, 2, 6]
