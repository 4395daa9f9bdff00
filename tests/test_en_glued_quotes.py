"""A BBC quotation's next paragraph, its opening mark glued to the sentence before, is read as the
quotation's middle: the brief passes it over for a sentence naming who speaks
(`text/en_glued_quotes.py`, read by `text/en_unattributed.inside_quotation`)."""

from __future__ import annotations

from citebrief.text.en_glued_quotes import glued_line, speaks_of_others
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


def test_a_story_the_writer_tells_reads_its_glued_lines_as_middles() -> None:
    quoted = '"It was a long day for all of us here at the club," said Smith."'
    sentences = (
        quoted,
        "I was there.",
        'The club said: "Repairs will take a month."',
        "Fans were asked to stay away.",
        "The ground reopens in March.",
    )  # one of five opens on "I"/"we": the writer tells the story
    assert quote_reading(sentences) == (True, [False, True, False, False, False])


def test_glued_lines_do_not_overturn_a_story_told_in_the_first_person() -> None:
    quoted = '"It was a long day for all of us here at the club," said Smith."'
    sentences = (quoted, "I was there.", "We saw it.", 'The club said: "Repairs will take a month."')
    others_speak, middles = quote_reading(sentences)  # two of four open on "I"/"we", glued lines counted
    assert not others_speak and middles == [False, False, False, False]


def test_a_glued_run_stops_at_a_sentence_speaking_of_others() -> None:
    said = 'Rowsell Shand said on BBC TV: "Coming into the competition, I don\'t think anyone expected them to medal."'
    riders = "Until Elinor Barker joined the team today, we had four brand new riders."
    assert speaks_of_others("With an average age of 19, they've all got bright futures ahead of them.")
    assert not speaks_of_others("The whole site was under water.")
    assert not speaks_of_others("They told us we had to wait.")  # "us": the speaker's still
    ages = "With an average age of 19, they've all got bright futures ahead of them."
    assert inside_quotation([said, riders, ages]) == [False, True, False]
    assert inside_quotation([said, riders, "The whole site was under water."]) == [False, True, True]


def test_en_xsum_14_keeps_the_outcome_of_the_crash() -> None:
    bullets = _bullets(14)  # her own account, told in the first person: glued lines leave it so
    # s49o's BBC quotation reading (en_quote_reading): the line is now in her quotation's bullet,
    # its paragraph the one before's next, so it no longer opens a bullet of its own
    assert any("Although I did break a few bones, my spinal cord stayed intact" in text for text in bullets)


def test_en_xsum_45_brings_in_no_speaker_cut_with_the_quotation_open() -> None:
    assert not any('Sport:"It was good to get some runs' in text for text in _bullets(45))


def test_en_xsum_19_names_hetherington_for_his_words() -> None:
    bullets = _bullets(19)
    assert not any(text.startswith("When we were able to access it") for text in bullets)
    assert any("said Hetherington" in text for text in bullets)


def test_en_xsum_68_80_157_name_their_speakers() -> None:
    assert not any(text.startswith("People are angry and I personally") for text in _bullets(68))
    assert not any(text.startswith("If we ever wonder why") for text in _bullets(80))
    assert any(text.startswith("The fund told the BBC") for text in _bullets(157))
