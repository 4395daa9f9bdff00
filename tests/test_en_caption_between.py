"""A picture's caption glued between a sentence and the one leaning on it: the one above it is the
antecedent (`text/en_caption_between.py`, read by `cited_points.carry_antecedent`)."""

from __future__ import annotations

from citebrief.text.en_caption_between import is_caption_line, writers_sentence_above, writers_sentence_before
from citebrief.text.en_closing import closed_en
from conftest import cnndm_groups

SENTENCES = [
    "But last week Labour, Ukip and the Green Party added their support as they unveiled their manifestos.",
    "Three more political parties have backed the campaign to add first aid to the curriculum",
    "It means the Conservatives are the only major party not to make the same pledge.",
]


def test_a_caption_between_is_stepped_over() -> None:
    assert is_caption_line(SENTENCES[1]) and not is_caption_line(SENTENCES[0])
    assert writers_sentence_before(SENTENCES, 2) == 0
    assert writers_sentence_before(SENTENCES, 1) == 0
    assert writers_sentence_before([SENTENCES[0], SENTENCES[2]], 1) == 0


def test_a_run_of_captions_is_stepped_over_within_reach() -> None:
    # en-cnndm 87: "Carver is now fighting …" | three pictures' captions | "His memories of Gullit's downfall …"
    sentences = [
        "Carver is now fighting to win the head coach position beyond the end of this season.",
        "John Carver is relishing the chance to take charge of his hometown club against Sunderland on Sunday",
        "Gullit controversially decided not to start star players Duncan Ferguson and Alan Shearer in 1999",
        "Carver was assistant to former Newcastle manager Ruud Gullit who managed the club between 1998 and 1999",
        "His memories of Gullit's downfall remind him of such consequences.",
    ]
    assert writers_sentence_above(sentences, 4, 6) == 0
    assert writers_sentence_above(sentences, 4, 2) == -1  # more captions than its reach
    assert writers_sentence_above(sentences[1:], 3, 6) == -1  # captions up to the text's start
    assert writers_sentence_above(sentences, 1, 6) == 0  # a caption's own writer's sentence is the one before
    assert writers_sentence_above([sentences[0], sentences[4]], 1, 6) == 0


def test_a_credit_or_a_label_is_no_caption() -> None:
    # en-cnndm 66: "There is currently no cure. | Source: British Skin Foundation | She added: …": a fact
    # box ends there, and its last line is no antecedent of "She"
    assert not is_caption_line("Source: British Skin Foundation")
    assert not is_caption_line("Scroll down for video")
    box = ["There is currently no cure.", "Source: British Skin Foundation", "She added: 'He was two.'"]
    assert writers_sentence_before(box, 2) == 1


def test_a_head_leaning_over_a_caption_carries_the_sentence_above_it() -> None:
    # en-cnndm 160: "It means the Conservatives are the only major party …" headed its group alone
    bullets = [text for group in cnndm_groups(160) for text in group]
    assert any(text.startswith("Last week Labour, Ukip and the Green Party added their support") for text in bullets)
    assert not any(text.startswith("It means the Conservatives") for text in bullets)


def test_a_caption_closes_as_the_scorer_reads_a_sentence() -> None:
    # s50w (review #10): one rule (`en_closing.closed_en`) for what closes a writer's sentence; a bare
    # closing quote with no stop before it closes nothing, a ";" closes
    quoted = "Three more parties have backed the 'Save a Life' campaign to add 'first aid'"
    assert is_caption_line(quoted) and not closed_en(quoted)
    assert not is_caption_line("Three more parties have backed the campaign to add first aid;")
    assert not is_caption_line('Three more parties said they have backed the campaign to add first aid."')
