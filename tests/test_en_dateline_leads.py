"""An English wire story's lead that lost its stop to a run-on stays a bullet after its dateline
(`engines/en_dateline_leads.py`): en-cnndm 161's brief says the 100th anniversary and the 1.5
million dead, not only "It's also the seventh year ..."."""

from __future__ import annotations

import pytest

from citebrief.engines.en_dateline_leads import dateline_lead
from conftest import cnndm_groups

DATELINE = "Washington (CNN)"
LEAD = "This month is the 50th anniversary of the great flood that drove an estimated 20,000 people from the valley"
AFTER = "And it is also the tenth year the council has failed to build the wall it promised."


def test_the_unstopped_sentence_after_a_dateline_is_the_lead() -> None:
    assert dateline_lead([DATELINE, LEAD, AFTER], [1, 1, 1]) == 1


@pytest.mark.parametrize(
    ("texts", "paragraphs"),
    [
        (["Flood: A man wades through the water", LEAD, AFTER], [1, 1, 1]),  # no dateline: a caption
        ([DATELINE, LEAD + ".", AFTER], [1, 1, 1]),  # stopped: a bullet already
        ([DATELINE, LEAD, AFTER], [1, 1, 2]),  # nothing runs on after it in its paragraph
        ([DATELINE, LEAD.replace("50th", "golden").replace("20,000", "many"), AFTER], [1, 1, 1]),  # no figure
        ([DATELINE, "This month the great flood drove 20,000 people out", AFTER], [1, 1, 1]),  # short
        ([DATELINE, LEAD, "and it is also the tenth year."], [1, 1, 1]),  # no sentence opens after it
        ([DATELINE, LEAD], [1, 1]),
    ],
)
def test_no_lead_elsewhere(texts: list[str], paragraphs: list[int]) -> None:
    assert dateline_lead(texts, paragraphs) is None


def test_cnndm_161_opens_on_the_anniversary() -> None:
    overview = cnndm_groups(161)[0]
    assert overview[0].startswith("This week is the 100th anniversary")
    assert "1.5 million Armenians" in overview[0]
