"""An English theme group over the house's five bullets is cut in two where its story turns
(engines/en_long_splits.py), read on en-cnndm articles."""

from __future__ import annotations

import pytest

from citebrief.engines.en_long_splits import MIN_GROUP, _reading
from citebrief.eval.rouge import split_paragraphs
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from conftest import cnndm_groups, group_opening, shared_article, shared_group_titles


def test_the_row_over_the_figures_parts_from_the_figures() -> None:
    # en-cnndm 122: one group of six held the warning and the row over food bank figures, then
    # the Trust's figures and the dispute over how it counts them; the row is now a group of its
    # own, opened by Iain Duncan Smith's questioning of the numbers (`en_lead_gives`)
    groups = cnndm_groups(122)
    row = group_opening(groups, "Another independent food bank organisation warned")
    assert row[0].startswith("Tory benefits chief Iain Duncan Smith questioned"), groups
    assert len(row) == 3 and row[2].startswith("The row comes amid growing controversy"), groups
    figures = group_opening(groups, "Yesterday’s report from the Trust")
    assert len(figures) == 4 and figures[-1].startswith("The claims have been disputed"), groups
    assert all(len(group) < MIN_GROUP for group in groups), groups
    titles = shared_group_titles("en-cnndm.jsonl", 122)
    assert titles[1:] == ["Political Football", "Food Bank Visits", "Reaction to the Figures"], titles


def _bench_groups(index: int) -> list[list[str]]:
    """An en-cnndm article's brief as the benches (and the blind reads) make it: its one block
    cut into passages of three sentences (`bench/extractive.py`'s `as_article`)."""
    text = shared_article("en-cnndm.jsonl", index).strip()
    document = document_from_text("\n\n".join(split_paragraphs(text, "en")), origin="x", kind="text")
    return [[point.text for point in group.points] for group in draft(document).groups]


def test_the_new_study_parts_from_the_study_of_2010() -> None:
    # en-cnndm 15 as the benches cut it: one group of six held this study's figures and the
    # near-identical Leeds study of July 2010; the earlier study is now a group of its own
    groups = _bench_groups(15)
    earlier = group_opening(groups, "In an almost identical study, published in July 2010")
    assert len(earlier) == 3 and earlier[1].startswith("In the same study they also predicted"), groups
    figures = group_opening(groups, "While the number of white Britons will increase")
    assert len(figures) == 3 and "Professor Philip Rees" not in " ".join(figures), groups


def test_a_weak_turn_keeps_the_group_whole() -> None:
    # en-cnndm 11 as the benches cut it: the fraudster's spending, then his repayment order, share
    # a little across the cut (0.029); cut, the spending took "Extractor Fan", one bullet's detail
    # (the Florida holiday that opened it went up beside the key points' holidays: `en_opener_returns`)
    groups = _bench_groups(11)
    fraud = group_opening(groups, "The couple lived in a £700,000 home")
    assert any(text.startswith("Judge Stephen Kramer QC today ordered") for text in fraud), groups


def test_a_reaction_run_stays_whole() -> None:
    # en-cnndm 190: the motoring bodies' reactions, then the judges' pay and Mr Beavis's words;
    # cut, the reactions lost their grounded title ("Blank Cheque") and the rest took it
    groups = cnndm_groups(190)
    reaction = group_opening(groups, "Ian Taylor, of the Alliance of British Drivers")
    assert len(reaction) == 6, groups
    assert "Reaction to the Ruling" in shared_group_titles("en-cnndm.jsonl", 190)


def test_a_group_of_five_stays_whole() -> None:
    # en-cnndm 0: the Warburg break-out's five bullets; cut, one part was titled "Ladders"
    groups = cnndm_groups(0)
    escape = group_opening(groups, "On the night of the break")
    assert len(escape) == 5, groups


def test_the_reading_weighs_within_against_across() -> None:
    shared = {(1, 2): 0.4, (1, 3): 0.0, (1, 4): 0.0, (2, 3): 0.0, (2, 4): 0.0, (3, 4): 0.2}
    assert _reading([1, 2, 3, 4], 2, shared) == pytest.approx(0.3)  # (0.4 + 0.2) / 2 within, nothing across
    assert _reading([1, 2, 3, 4], 2, shared) > _reading([1, 2, 3, 4], 3, shared)
