"""An English news brief that leaves out the story's later warning (a threat of contempt, of legal
action) gives it a bullet in the group of the quotation's source (`en_late_warnings.py`)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from citebrief.engines.en_late_warnings import _closes_quotation, _run_home, warning_phrases
from citebrief.engines.scored import Scored
from citebrief.ingest import document_from_text
from citebrief.pipeline import draft

# a short story told as en-xsum tells one: the lead, a letter revealed, its lines quoted over two
# paragraphs, the last a threat of contempt, then the company's silence and its earlier pledge
LETTER_STORY = (
    "Harbour boss Jane Pike had been asked to explain the loading of unsafe cargo at the port. "
    "It follows a council inquiry into night shifts at the docks. "
    "Ms Pike has until 4 May to reply after a letter from councillor Tom Reed.\n\n"
    "The letter reveals Ms Pike had invited the harbour panel, which Mr Reed leads, to a private tour of the quay. "
    '"Safety on the night shifts is a matter the panel will keep under review over the summer," the letter states. '
    '"It is usual for the panel to sit in public at the town hall.\n\n'
    '"Several other dates were offered to you by the clerk, but you have refused each of them. '
    "Should you refuse again, the panel reserves the right to take the matter further, "
    'including a complaint of contempt to the full council." '
    "The harbour company did not answer questions from reporters.\n\n"
    "The company has said before that it would review its rules, with Ms Pike leading the review."
)


def test_warning_phrases_are_threats_of_what_follows() -> None:
    assert warning_phrases("The panel reserves the right to take the matter further.") == {
        "reserves the right",
        "take the matter further",
    }
    assert "contempt" in warning_phrases("It may raise a complaint of contempt.")
    assert not warning_phrases("The company has said it would review its rules.")


def test_a_quotations_last_line_closes_it() -> None:
    assert _closes_quotation('Should you refuse again, the panel will act."')
    assert not _closes_quotation('"It is usual," she said.')
    assert not _closes_quotation("The harbour company did not answer questions.")


# a letter's source sentence, then its lines quoted over three sentences, the last its threat
LETTER_LINES = (
    "The letter reveals Ms Pike had invited the panel to a private tour of the quay.",
    '"Safety on the night shifts is a matter the panel will keep under review," the letter states.',
    '"It is usual for the panel to sit in public at the town hall.',
    '"Several other dates were offered to you by the clerk.',
    'Should you refuse again, the panel reserves the right to take the matter further."',
    "The harbour company did not answer questions from reporters.",
)


def _letter() -> Scored:
    return cast(Scored, SimpleNamespace(units=[SimpleNamespace(text=t) for t in LETTER_LINES]))


def test_a_quotations_line_goes_to_the_group_of_its_nearest_line_or_source() -> None:
    assert _run_home(_letter(), [[1], [0]], 4) == 0  # a key point quotes the letter: the threat beside it
    assert _run_home(_letter(), [[5], [0]], 4) == 1  # no line of it chosen: the group of its source
    assert _run_home(_letter(), [[1], [0]], 5) is None  # the writer's own sentence is no quotation's line


def test_the_letters_threat_of_contempt_is_said_beside_the_letter() -> None:
    document = document_from_text(LETTER_STORY, origin="test", kind="text")
    groups = draft(document).groups
    home = next(g for g in groups if any(p.text.startswith("The letter reveals") for p in g.points))
    assert any("complaint of contempt" in p.text for p in home.points)


# a fund for legal action: "This would show whether legal action ..." reads on from the solicitors'
# opinion, a key point; the group sharing most of its words ("Appeal") tells of the fund's target
FUND_STORY = (
    "The fund for the flood families was opened on 3 June by the Valley Homes Group, made up of owners "
    "whose houses were lost. It aimed to raise the sum to hold the builders to account for the damage to "
    "their homes. The fund was led by Ann Cole and Bob Hart, who lost their houses in the flood. "
    "The appeal began after the council published its long report into the 2019 flood. "
    "The group first sought 20,000 pounds online, but raised its target after reaching that sum in a day. "
    "It now has enough to pay for the whole case. The money will let the group's solicitors, Lane and Co, "
    "read the report and prepare an opinion from a senior barrister. "
    "This would show whether legal action against the builders of the river wall would succeed or not. "
    "The council report made no finding on whether any firm broke the law. "
    "It did say the wall was built too low and checked too rarely. "
    "Hundreds of people were moved out for months, though counts vary."
)


def test_a_warning_reading_on_from_a_key_point_joins_no_other_group() -> None:
    document = document_from_text(FUND_STORY, origin="test", kind="text")
    bullets = [p.text for g in draft(document).groups for p in g.points]
    assert any(t.startswith("The money will let") for t in bullets)  # a key point, not a theme's bullet
    assert not any("legal action" in t for t in bullets)  # under "Appeal" its "This" would be the target
