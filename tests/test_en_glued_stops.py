"""Sentences glued at a stop with no space after it (text/en_glued_stops.py), as en-xsum's joined
paragraphs leave them, and the glued stops that are not a sentence's end; and the page widgets
glued to a sentence's front (lines.tsv: media-playback-en, share-widget-en)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citebrief.engines.bullets import trim_sentence
from citebrief.segment import sentence_spans
from citebrief.text.patterns import is_structure
from conftest import shared_groups

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Smith has scored four times in 89 appearances for the Pittodrie side.\"It's a brilliant "
            'acquisition for us," boss Jack Ross said.',
            [
                "Smith has scored four times in 89 appearances for the Pittodrie side.",
                '"It\'s a brilliant acquisition for us," boss Jack Ross said.',
            ],
            id="a-quote-opens-the-second",
        ),
        pytest.param(
            'He said the quotation was "much more exhausting than I expected," Prof Smith said."Identifying '
            'an individual is very difficult."',
            [
                'He said the quotation was "much more exhausting than I expected," Prof Smith said.',
                '"Identifying an individual is very difficult."',
            ],
            id="quotes-closed-before",
        ),
        pytest.param(
            'He told reporters "the team will win the league."The crowd cheered loudly at the ground.',
            ['He told reporters "the team will win the league."', "The crowd cheered loudly at the ground."],
            id="a-quote-closes-the-first",
        ),
        pytest.param(
            'Mr Cameron said the monarch had served with "dignity".In an interview with the BBC, he spoke.',
            ['Mr Cameron said the monarch had served with "dignity".', "In an interview with the BBC, he spoke."],
            id="a-quotation-closed-before-the-stop",
        ),
        pytest.param(
            "He was walking on the farm at about 09:15 on 9 August.HSE inspector Julian Franklin said it was tragic.",
            [
                "He was walking on the farm at about 09:15 on 9 August.",
                "HSE inspector Julian Franklin said it was tragic.",
            ],
            id="a-date-then-initials",
        ),
        pytest.param(
            '"Politicians set the rules... When legislators lobby, it is a confusing spectacle," he wrote in the '
            'Observer."Our hope is to move the debate forward," he said.',
            [
                '"Politicians set the rules...',
                'When legislators lobby, it is a confusing spectacle," he wrote in the Observer.',
                '"Our hope is to move the debate forward," he said.',
            ],
            id="a-quotation-closed-a-sentence-before",
        ),
        pytest.param(
            "Google is criticised for the taxes it pays in the UK.Last week the firm said it obeyed the law.",
            ["Google is criticised for the taxes it pays in the UK.", "Last week the firm said it obeyed the law."],
            id="after-an-acronym",
        ),
        pytest.param(
            "More children in Scotland eat school lunches - about 46%.The survey was conducted online.",
            ["More children in Scotland eat school lunches - about 46%.", "The survey was conducted online."],
            id="after-a-percent",
        ),
        pytest.param(
            "The entire east wing will be refurbished at a cost of £26.6m.Alexandra Park trust will raise £1m.",
            ["The entire east wing will be refurbished at a cost of £26.6m.", "Alexandra Park trust will raise £1m."],
            id="after-a-figure's-unit",
        ),
        pytest.param(
            "The licences cover homes in Bassett (introduced in 2015).A council spokesman said the rules work.",
            ["The licences cover homes in Bassett (introduced in 2015).", "A council spokesman said the rules work."],
            id="the-article-a-opens-the-second",
        ),
        pytest.param(
            "Tickets for the season went on sale at noon.O'Brien painted the portrait last year.",
            ["Tickets for the season went on sale at noon.", "O'Brien painted the portrait last year."],
            id="a-name's-o-apostrophe-opens-the-second",
        ),
        pytest.param(
            'He said the study gave a new view of octopus behaviour."[An aggressive] octopus will turn dark," he said.',
            [
                "He said the study gave a new view of octopus behaviour.",
                '"[An aggressive] octopus will turn dark," he said.',
            ],
            id="an-editor's-bracket-opens-the-quotation",
        ),
        pytest.param(
            'The findings were "alien" to his experience at the school."\u200eInspectors came with loaded '
            'questions," he said.',
            [
                'The findings were "alien" to his experience at the school.',
                '"\u200eInspectors came with loaded questions," he said.',
            ],
            id="an-invisible-mark-before-the-second",
        ),
        pytest.param(
            "He was accused of theft from quarry firm Patrick Bradley Ltd.Mr McGurk was released on bail.",
            ["He was accused of theft from quarry firm Patrick Bradley Ltd.", "Mr McGurk was released on bail."],
            id="after-a-company's-ltd",
        ),
        pytest.param(
            "The ministry said it will work more closely with the agency,Igor Petrov, its deputy head, said "
            "there was room for improvement.",
            [
                "The ministry said it will work more closely with the agency,",
                "Igor Petrov, its deputy head, said there was room for improvement.",
            ],
            id="a-paragraph's-lost-stop-left-a-comma",
        ),
    ],
)
def test_glued_sentences_are_cut(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_a_glued_stop_after_a_long_quotations_unclosed_paragraph_is_cut() -> None:
    """BBC pages leave a long quotation's inner paragraph unclosed ('… hard."School meals …'), so the
    paragraph's mark count runs odd past the quotation's end: the count alone held this stop whole,
    a sentence that opens no quotation of its own."""
    text = (
        'She said: "Every parent knows it is hard."School meals help children try new food."Meals meet '
        "strict rules. More children in Scotland eat school lunches - about 46%.The survey was conducted online."
    )
    assert _sentences(text)[-2:] == [
        "More children in Scotland eat school lunches - about 46%.",
        "The survey was conducted online.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He told the court: 'I remember being confused and slightly frustrated.I honestly don't know how I got there.'",
        "She met Mrs.Smith at the shop in the town centre on Friday.",
        "The full list is at www.bbc.co.uk/News.Sport and on the app for readers.",
        "He grew up on a farm in Co.Kerry and moved to Dublin in his early twenties.",
        "The measure of 3.5% was kept, said the No.5 seed from St.Louis in the U.S. on Monday.",
        "The class java.lang.String holds every string the program reads in.",
        "Write to the desk at news@example.com,Room 4 or call the office on Monday.",
        'He said: "We met the team,Then we went home to rest after the long day."',
        "There had been a fight with youths who tried to get in,Che was stabbed in a later scuffle.",  # a splice
    ],
)
def test_glued_stops_that_go_on(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("record", "glued"),
    [
        (51, "£26.6m.Alexandra"),
        (91, "Ltd.Mr McGurk"),
        (25, "46%.The survey"),
        (37, "2014.Trainer"),
        (26, "2015).A council"),
        (2, 'behaviour."[An'),
        (33, "Mozart.\"O'Brien"),
        (16, "Wada,Igor"),  # a comma left where the paragraph's stop was
        (54, "newspaper,Der Spiegel"),
    ],
)
def test_xsum_bullets_glued_after_a_unit_or_ltd_are_two(record: int, glued: str) -> None:
    bullets = [bullet for group in shared_groups("en-xsum.jsonl", record) for bullet in group]
    assert bullets
    assert not any(glued in bullet for bullet in bullets)


def test_xsum_paragraphs_glued_at_stops_are_cut() -> None:
    """en-xsum record 0, read in place: its paragraphs reach us joined with no space."""
    with (DATA / "en-xsum.jsonl").open(encoding="utf-8") as lines:
        article = json.loads(next(lines))["article"]
    sentences = [s for paragraph in article.split("\n") for s in _sentences(" ".join(paragraph.split()))]
    assert "for the Pittodrie side." in " ".join(sentences)
    assert not any('Pittodrie side."It' in sentence for sentence in sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Media playback is not supported on this deviceIreland are bidding to become the first side to win.",
            "Ireland are bidding to become the first side to win.",
        ),
        (
            "Share this withEmailFacebookMessengerTwitterPinterestWhatsAppLinkedInCopy this linkHe was "
            "speaking in a BBC interview.",
            "He was speaking in a BBC interview.",
        ),
        ("Media playback is not supported on this device", "Media playback is not supported on this device"),
    ],
)
def test_page_widgets_leave_the_bullet(text: str, expected: str) -> None:
    assert trim_sentence(text, "en") == expected


def test_a_results_table_glued_to_a_stop_ends_the_sentence_and_is_no_bullet() -> None:
    text = (
        "The race ends on a long climb after a flat 150km from the coast.1.  Ann Rider (Fra/Team Alpha) "
        "4hrs 2mins 9secs2.  Bea Walker (GB/Beta Racing) +5secs3.  Cy Long (Ita/Gamma) Same time"
    )
    sentences = _sentences(text)
    assert sentences[0] == "The race ends on a long climb after a flat 150km from the coast."
    rows = [" ".join(sentence.split()) for sentence in sentences[1:]]
    assert rows and all(is_structure(row) for row in rows)
    assert not is_structure(sentences[0])
