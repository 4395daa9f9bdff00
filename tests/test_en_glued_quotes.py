"""A BBC quotation's next paragraph, its opening mark glued to the sentence before, is read as the
quotation's middle: the brief passes it over for a sentence naming who speaks
(`text/en_glued_quotes.py`, read by `text/en_unattributed.inside_quotation`)."""

from __future__ import annotations

from citebrief.text.en_glued_quotes import glued_line
from citebrief.text.en_unattributed import inside_quotation, quote_reading
from conftest import shared_groups


def _bullets(index: int) -> list[str]:
    return [text for group in shared_groups("en-xsum.jsonl", index) for text in group]


def test_a_first_person_paragraph_after_glued_quoted_words_goes_on_with_them() -> None:
    before = '"We couldn\'t get anywhere near the site," said Hetherington."'
    assert glued_line(before, "When we were able to access it, the reality hit everybody.", before_quoted=False)
    assert glued_line('The whole site was under water."', "I was there.", before_quoted=True)  # a middle's end


def test_the_writers_sentences_and_short_replies_are_not_glued_lines() -> None:
    before = '"We couldn\'t get anywhere near the site," said Hetherington."'
    assert not glued_line(before, "The club said repairs would take a month.", before_quoted=False)  # no "I"
    assert not glued_line(before, 'He said: "I was there.', before_quoted=False)  # a mark of its own
    assert not glued_line("The whole site was under water.", "I was there.", before_quoted=True)  # no glued mark
    reply = 'Asked whether Hungary would backtrack, Mr Szijjarto answered: "No. Why should we?"'
    assert not glued_line(reply, "These laws belong to national competence, so I think so.", before_quoted=False)


def test_inside_quotation_reads_the_glued_paragraph_and_its_run() -> None:
    sentences = [
        '"We couldn\'t get anywhere near the site," said Hetherington."',
        "When we were able to access it, the reality hit everybody.",
        "The whole site was under water.",
    ]
    assert inside_quotation(sentences) == [False, True, True]
    assert inside_quotation(sentences, glued=False) == [False, False, False]


def test_glued_lines_are_not_the_writers_first_person() -> None:
    quoted = '"It was a long day for all of us here at the club," said Smith."'
    sentences = (quoted, "I was there.", "We saw it.", 'The club said: "Repairs will take a month."')
    others_speak, middles = quote_reading(sentences)  # two of four open on "I"/"we": not a story so told
    assert others_speak and middles == [False, True, True, False]


def test_en_xsum_19_names_hetherington_for_his_words() -> None:
    bullets = _bullets(19)
    assert not any(text.startswith("When we were able to access it") for text in bullets)
    assert any("said Hetherington" in text for text in bullets)


def test_en_xsum_68_80_157_name_their_speakers() -> None:
    assert not any(text.startswith("People are angry and I personally") for text in _bullets(68))
    assert not any(text.startswith("If we ever wonder why") for text in _bullets(80))
    assert any(text.startswith("The fund told the BBC") for text in _bullets(157))
