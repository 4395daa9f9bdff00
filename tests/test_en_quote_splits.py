"""A two-sentence quotation the splitter cut in two, the second closing it with its speaker
(text/en_quote_splits.py): one sentence, so no bullet opens mid-quote on a stray closing mark;
and a straight quote glued to a stop before "X said: "…" closes the sentence before it
(text/en_glued_stops.py)."""

from __future__ import annotations

import pytest

from citebrief.segment import sentence_spans
from conftest import shared_groups


def _sentences(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in sentence_spans(text, "en")]


def test_a_quotation_cut_at_its_first_stop_is_one_sentence() -> None:
    text = 'NASA spoke on Tuesday. "We know where to look. We know how to look," she said. "In most cases, we have it.'
    assert '"We know where to look. We know how to look," she said.' in _sentences(text)


@pytest.mark.parametrize(
    "text",
    [
        # the second opens a quotation of its own
        '"We know where to look. "We know how to look," she said.',
        # the first closes what it opens
        '"We know where to look," she said. We know how to look, he added.',
        # no speaker after the close
        '"We know where to look. We know how to look," and the rest of it was plain.',
        # glued at the stop, as en-xsum pages are: joined, it would read glued
        '"Politicians set the rules...When legislators lobby, it confuses everyone," he wrote.',
    ],
)
def test_other_sentences_stay_cut(text: str) -> None:
    assert len(_sentences(text)) == 2


def test_a_long_first_sentence_stays_cut() -> None:
    first = '"' + " ".join(["word"] * 16) + "."
    assert len(_sentences(first + ' We know how to look too, all of us here," she said.')) == 2


def test_too_long_a_quotation_stays_cut() -> None:
    second = "We know " + " ".join(["word"] * 40) + ',"'
    assert len(_sentences(f'"We know where to look. {second} she said.')) == 2


def test_en_cnndm_161_keeps_its_whole_quotation_bullet() -> None:
    bullets = [text for group in shared_groups("en-cnndm.jsonl", 161) for text in group]
    assert any(text.startswith('"No U.S. president has ever made genocide prevention a priority') for text in bullets)


def test_no_bullet_of_en_cnndm_36_opens_mid_quote() -> None:
    bullets = [text for group in shared_groups("en-cnndm.jsonl", 36) for text in group]
    assert not any(text.startswith('We know how to look,"') for text in bullets)
    assert any(text.startswith('"We know where to look. We know how to look," she said.') for text in bullets)


def test_a_glued_quote_before_a_speakers_colon_closes_the_sentence_before() -> None:
    text = 'It is the most controlled I have played."Coach Trevor Bayliss said: "He went away and worked."'
    assert _sentences(text)[-1].startswith("Coach Trevor Bayliss said:")


def test_no_bullet_of_en_xsum_17_opens_on_a_stray_quote() -> None:
    bullets = [text for group in shared_groups("en-xsum.jsonl", 17) for text in group]
    assert any(text.startswith('Coach Trevor Bayliss said: "He went away') for text in bullets)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            'It was all I was worried about."Williamson hopes to be back "easy riding" on a bike by summer.',
            'Williamson hopes to be back "easy riding" on a bike by summer.',
        ),
        # a quotation that opens at the mark and closes in its sentence keeps it
        ('It was all I wanted."I love it, I will be back," she said.', '"I love it, I will be back," she said.'),
    ],
)
def test_a_glued_quote_goes_where_its_marks_pair(text: str, second: str) -> None:
    assert _sentences(text)[-1] == second


def test_no_bullet_of_en_xsum_169_opens_on_a_stray_quote() -> None:
    bullets = [text for group in shared_groups("en-xsum.jsonl", 169) for text in group]
    assert any(text.startswith('Wenger added that midfielder Aaron Ramsey, 25, will miss "one') for text in bullets)
