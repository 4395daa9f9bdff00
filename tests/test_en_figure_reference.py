"""An English sentence pointing at a figure that neither it nor the sentence before gives is no
bullet (text/en_figure_reference.py), read on en-xsum."""

from __future__ import annotations

from citebrief.text.data_files import data_lines
from citebrief.text.en_figure_reference import TABLE, gives_figure, points_at_unsaid_figure, unsaid_figures
from conftest import shared_groups


def test_a_bullet_pointing_at_an_amount_the_brief_never_gives_gives_way() -> None:
    # "It aimed to reach that amount …": the amount stood in a summary line cut off above the text
    groups = shared_groups("en-xsum.jsonl", 178)
    bullets = [text for group in groups for text in group]
    assert not any("that amount" in text for text in bullets), groups
    assert groups[0][0].startswith("The campaign was launched on 19 July"), groups
    assert groups[0][1].startswith("The campaign was led by Reg Keys and Roger Bacon"), groups


def test_a_figure_said_in_the_sentence_or_the_one_before_keeps_it() -> None:
    launched = "The campaign was launched on 19 July by the Iraq War Families Campaign Group."
    aimed = 'It aimed to reach that amount to "bring to justice those responsible for the war".'
    assert points_at_unsaid_figure(aimed, launched)
    raised = "The group aimed to reach £50,000, but extended its target after raising that figure in nine hours."
    assert not points_at_unsaid_figure(raised, launched)
    donated = "Rowling had donated £1m to the campaign for a No vote."
    assert not points_at_unsaid_figure("In 2008, she donated the same amount to the Labour party.", donated)
    # "that total allowable catches": "that" opens a clause there, no figure is pointed at
    assert not points_at_unsaid_figure("The UK should ensure that total allowable catches stay.", launched)
    assert unsaid_figures([launched, aimed, raised], [0, 1, 2]) == {1}


def test_dates_and_years_are_no_figures() -> None:
    assert not gives_figure("The campaign was launched on 19 July in 2016")
    assert not gives_figure("It opened on May 4")
    assert gives_figure("A total of 179 service personnel were killed")
    assert gives_figure("Tens of thousands of civilians died")
    assert gives_figure("It raised £50,000")


def test_the_nouns_are_read_from_the_table() -> None:
    nouns = data_lines(TABLE)
    assert "amount" in nouns
    assert "figure" in nouns
    assert "total" not in nouns
    assert points_at_unsaid_figure("They never hit this target.", "")
