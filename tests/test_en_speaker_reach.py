"""An English theme bullet that is a line of a quotation, its speaker named a little way back past
picture captions, says the sentence naming the speaker instead (`en_speaker_reach.py`); a line
whose quotation names its speaker after it, or a sentence of the writer's own, stays."""

from __future__ import annotations

from citebrief.engines.en_speaker_reach import speaker_names, speakerless_line
from conftest import cnndm_bullets


def test_a_sentence_introducing_a_quotation_names_its_speaker() -> None:
    names = speaker_names("His mother Lucy, 32, of Upminster, east London, said: ‘He loves football.")
    assert "Lucy" in names and "His" not in names
    assert "Taylor" in speaker_names("Ian Taylor, of the Alliance of British Drivers, said: 'I think so.'")
    assert not speaker_names("He said: 'I went to show my feelings.'")  # a pronoun names no one
    assert not speaker_names("'Me and my mum just said ‘really?’ and he went to get the net.")  # words going on
    assert not speaker_names("The ladders were disguised as bookshelves to fool the guards.")


def test_a_quotations_line_names_no_speaker() -> None:
    assert speakerless_line("‘Me and my mum just said ‘really?’ and he went to get the net.", False, first_person=True)
    assert speakerless_line("I just need to keep working harder.", True, first_person=True)  # its middle
    assert not speakerless_line("'It was great,' said the 2014 Amateur champion.", False, first_person=True)
    assert not speakerless_line("'It was great,' he said.", False, first_person=True)
    assert not speakerless_line(
        "Mr McLachlan said: 'Without any warning he put his hand down.'", False, first_person=True
    )
    assert not speakerless_line("The boy's mother frantically called 911.", False, first_person=True)


def test_a_line_past_captions_says_its_speakers_sentence() -> None:
    """A schoolboy's trick shot: "‘Me and my mum just said ‘really?’ …" stood with no one saying
    it, two picture captions after the sentence naming his mother Lucy; that sentence says it."""
    bullets = cnndm_bullets("cnndm_2fe2ba4743159a93a73acf3343a026925a93073d")
    assert any("His mother Lucy, 32, of Upminster" in t for t in bullets)
    assert not any(t.startswith("‘Me and my mum just said") for t in bullets)
