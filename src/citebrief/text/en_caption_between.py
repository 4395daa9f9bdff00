"""An English sentence whose antecedent stands above a picture's caption glued into the text:
"But last week Labour, Ukip and the Green Party added their support … manifestos. | Three more
political parties have backed The Mail on Sunday's campaign to add first aid to the curriculum |
It means the Conservatives are the only major party not to make the same manifesto pledge."

The caption (a line that closes on no stop, `en_closing.closed_en`, the scorer's rule) is the
page's, not the writer's: the writer's
sentence before "It means …" is the one above it. `cited_points.carry_antecedent` carries that
one where it would have carried the sentence right before (en-cnndm: a group's head "It means …"
that blind readers read as pointing at nothing). `en_pronoun_speakers` reads a "His …" head's owner
above a run of captions (`writers_sentence_above`).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.en_closing import closed_en

MIN_CAPTION_WORDS = 6  # a caption tells what the picture shows; a shorter line is a label or a credit
LABEL_CHARS = 20  # a line with a colon this near its start is a label ("Source: British Skin Foundation")


def is_caption_line(text: str) -> bool:
    """Whether `text` closes on no stop and tells something, as a picture's caption glued into an
    article does; a credit or a box's label ("Source: British Skin Foundation") ends a fact box, and
    the sentence above it is no antecedent of the text after."""
    stripped = text.rstrip()
    return len(stripped.split()) >= MIN_CAPTION_WORDS and not closed_en(stripped) and ":" not in stripped[:LABEL_CHARS]


def writers_sentence_before(sentences: Sequence[str], i: int) -> int:
    """The index of the writer's sentence before sentence `i`: `i - 1`, or `i - 2` where `i - 1` is
    a caption line between two closed sentences; -1 for the first."""
    if i >= 2 and is_caption_line(sentences[i - 1]) and not is_caption_line(sentences[i - 2]):
        return i - 2 if not is_caption_line(sentences[i]) else i - 1
    return i - 1


def writers_sentence_above(sentences: Sequence[str], i: int, reach: int) -> int:
    """The index of the writer's sentence above sentence `i` (not itself a caption), stepping over
    up to `reach` caption lines in a row ("Carver is now fighting … | John Carver is relishing the
    chance … | Gullit controversially decided … | Carver was assistant to … | His memories …":
    three pictures' captions, en-cnndm 87); -1 where none is, or more captions stand between."""
    if is_caption_line(sentences[i]):
        return i - 1
    j = i - 1
    while j >= 0 and i - 1 - j < reach and is_caption_line(sentences[j]):
        j -= 1
    return -1 if j >= 0 and is_caption_line(sentences[j]) else j
