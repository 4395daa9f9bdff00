"""A bullet going on inside a quotation the sentence before opened with a single mark loses the
page's stray single mark mid-sentence and opens the quotation (`text/en_stray_single_marks.py`)."""

from __future__ import annotations

from citebrief.text.en_stray_single_marks import inside_single_quotation
from conftest import shared_groups

OPENED = "'And you only get these things with a strong government."


def test_the_stray_mark_goes_and_the_quotation_opens() -> None:
    text = "That's not the excitement 'the country needs. That's not a risk we should take.'"
    assert inside_single_quotation(OPENED, text) == (
        "'That's not the excitement the country needs. That's not a risk we should take.'"
    )
    turned = "That is not the excitement ‘the country needs. It is a risk.’"
    assert inside_single_quotation("‘And you only get these things.", turned) == (
        "‘That is not the excitement the country needs. It is a risk.’"
    )


def test_a_bullet_outside_such_a_quotation_is_left_alone() -> None:
    text = "He called it 'a disgrace to the country. We lost.'"
    assert inside_single_quotation("He spoke at noon.", text) == text  # no quotation opened before
    assert inside_single_quotation("'We lost,' he said.", text) == text  # the one before closed its own
    assert (
        inside_single_quotation(OPENED, "It is 'a disgrace' to them.") == "It is 'a disgrace' to them."
    )  # no close at its end
    assert inside_single_quotation(OPENED, "'It is a disgrace.'") == "'It is a disgrace.'"  # opens on its mark
    assert inside_single_quotation(OPENED, 'It was "a shame. We lost."') == 'It was "a shame. We lost."'


def test_cnndm_106_bullet_reads_as_the_speakers_words() -> None:
    bullets = [text for group in shared_groups("en-cnndm.jsonl", 106) for text in group]
    assert "'That's not the excitement Britain needs. That's not a risk Britain should take.'" in bullets
