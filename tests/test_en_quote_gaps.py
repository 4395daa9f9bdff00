"""A quotation's mark glued to the colon, mark or stop before it (text/en_quote_gaps.py): the
bullet gets the space back, a mark whose side the bullet does not tell is left, and verify still
reads the bullet as a quotation of its source, which lacks the space (verify/index.py `_cores`)."""

from __future__ import annotations

import pytest
from tests.helpers import verdict_on

from citebrief.engines.extractive import draft_extractive
from citebrief.ingest import document_from_text
from citebrief.model import VerdictLabel
from citebrief.text.en_quote_gaps import closed_gaps, spaced_gaps
from citebrief.verify import verify_brief
from conftest import shared_article, shared_groups

# en-xsum 148's fifth paragraph, as the flattened page glued it
LEES = (
    "Bresnan holed out at long-off with seven balls remaining.It was an uphill battle for them once it got down to "
    'those final overs."Yorkshire captain Alex Lees:"We are all gutted. We have played some great white-ball cricket '
    "this season, but when it has mattered we haven't been good enough.\""
)


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        pytest.param(
            'Yorkshire captain Alex Lees:"We are all gutted."',
            'Yorkshire captain Alex Lees: "We are all gutted."',
            id="speaker-colon",
        ),
        pytest.param('It goes like this:"I have a pen."', 'It goes like this: "I have a pen."', id="lead-in-colon"),
        pytest.param(
            'Rich said: "It\'s paid off""We were pushed hard."',
            'Rich said: "It\'s paid off" "We were pushed hard."',
            id="marks",
        ),
        pytest.param(
            'He believes it will benefit the national team."2017 is a real summer of opportunity," he said.',
            'He believes it will benefit the national team. "2017 is a real summer of opportunity," he said.',
            id="stop-then-opening",
        ),
        pytest.param(
            'She said: "We won.""We were lucky."', 'She said: "We won." "We were lucky."', id="stop-and-marks"
        ),
        pytest.param("He wrote:“Go.”Then she left.", "He wrote: “Go.” Then she left.", id="curly"),
    ],
)
def test_glued_marks_spaced(glued: str, spaced: str) -> None:
    assert spaced_gaps(glued) == spaced
    assert glued in closed_gaps(spaced)


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        pytest.param(
            "He told the court: 'I was confused and slightly frustrated.I honestly don’t know how I got there.",
            "He told the court: 'I was confused and slightly frustrated. I honestly don’t know how I got there.",
            id="sentences-at-a-stop",
        ),
        pytest.param("The bus was late.The driver left.", "The bus was late. The driver left.", id="stop-then-word"),
    ],
)
def test_sentences_glued_at_a_stop_spaced(glued: str, spaced: str) -> None:
    assert spaced_gaps(glued) == spaced
    # the stop's space is verify's `glued_sentences`' to read, not `closed_gaps`'
    assert glued not in closed_gaps(spaced)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Everyone must speak out, starting w/@POTUS."The threats were made by phone', id="side-unknown"),
        pytest.param('The match starts at 10:30 and "It is on" the poster says.', id="clock"),
        pytest.param('Rich said: "We are happy." Then he left.', id="already-spaced"),
        pytest.param("See http://example.com for the list.", id="address"),
        pytest.param("Troops from the U.S.A arrived.", id="initials"),
        pytest.param("Some, e.g.The Times, said so.", id="abbreviation"),
        pytest.param("He wore the No.1 shirt for J.R.R. Tolkien fans.", id="number-and-initials"),
        pytest.param("Open index.html or www.example.co.uk/News first.", id="file-names"),
        pytest.param("Visit www.BBC.co.uk today.", id="capitals-after-stop"),
    ],
)
def test_marks_left_as_they_are(text: str) -> None:
    assert spaced_gaps(text) == text


def test_each_space_may_be_the_sources_own() -> None:
    assert closed_gaps('Rich said: "It\'s paid off" "We were."') == [
        'Rich said:"It\'s paid off" "We were."',
        'Rich said: "It\'s paid off""We were."',
        'Rich said:"It\'s paid off""We were."',
    ]
    assert closed_gaps("No marks here.") == []
    assert closed_gaps("It was late. I left. We met.") == []  # spaces between sentences: `glued_sentences`


def test_verify_reads_the_spaced_bullet_as_a_quotation() -> None:
    page = ["Yorkshire were beaten by Surrey in the semi-final at Headingley on Sunday.", LEES]
    label, reason = verdict_on(page, 'Yorkshire captain Alex Lees: "We are all gutted."', [2], "Match")
    assert label is VerdictLabel.supported and reason == "quoted from a sentence of [2]"
    # a word the source does not say is no quotation, spaced or not
    _, changed = verdict_on(page, 'Yorkshire captain Alex Lees: "We are all delighted."', [2], "Match")
    assert not changed.startswith("quoted")


def test_shared_speaker_colons_spaced() -> None:
    """en-xsum 148 and 197: the speaker's colon glued to the quotation in the source, spaced in the brief."""
    assert 'Alex Lees:"We are all gutted' in shared_article("en-xsum.jsonl", 148)
    lees = [bullet for group in shared_groups("en-xsum.jsonl", 148) for bullet in group]
    assert 'Yorkshire captain Alex Lees: "We are all gutted."' in lees
    still = [bullet for group in shared_groups("en-xsum.jsonl", 197) for bullet in group]
    assert any(
        bullet.endswith(
            'told BBC Radio London: "I think for half an hour in the first half we lacked organisation and '
            'lacked discipline."'
        )
        for bullet in still
    )
    assert not any(':"' in bullet for bullet in lees + still)


def test_shared_sentences_glued_at_a_stop_spaced() -> None:
    """en-cnndm 179: two sentences of a quotation glued at the stop in the source, spaced in the brief."""
    assert "slightly frustrated.I honestly" in shared_article("en-cnndm.jsonl", 179)
    bullets = [bullet for group in shared_groups("en-cnndm.jsonl", 179) for bullet in group]
    assert any("slightly frustrated. I honestly" in bullet for bullet in bullets)
    assert not any("frustrated.I" in bullet for bullet in bullets)


def test_verify_quotes_the_sentences_the_brief_spaced_at_a_stop() -> None:
    """en-cnndm 179: the brief's bullet has a space after 'frustrated.' that its source lacks;
    verify reads it as a quotation all the same, the stop's space allowed to be missing."""
    document = document_from_text(shared_article("en-cnndm.jsonl", 179), origin="test", kind="text")
    brief = verify_brief(draft_extractive(document), document)
    spaced = next(point for point in brief.points() if "frustrated. I honestly" in point.text)
    assert spaced.support is not None and spaced.support.label is VerdictLabel.supported
    assert spaced.support.reason == f"quoted from a sentence of [{spaced.citations[0]}]"
