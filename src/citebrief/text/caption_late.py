"""The caption cuts that passages do not count: places, commas, speakers, credits, openers.

text/caption_places.py, caption_commas.py, caption_speakers.py, caption_credits.py and
caption_openers.py each cut a caption from the sentence it runs into. segment.py asks them
through this one function (one import per sentence, not five), and counts a sentence they cut
as one when it cuts a one-block article into passages, so that the passages' [n] stay where
they were before these rules.
"""

from __future__ import annotations

from citebrief.text.caption_commas import comma_cuts
from citebrief.text.caption_credits import credit_cuts
from citebrief.text.caption_openers import opener_cuts
from citebrief.text.caption_places import place_cuts
from citebrief.text.caption_speakers import speaker_cuts


def late_cuts(text: str, start: int, end: int) -> set[int]:
    """Offsets in `text[start:end]` (one sentence) where any of the five rules cuts."""
    cuts = {*place_cuts(text, start, end), *comma_cuts(text, start, end), *speaker_cuts(text, start, end)}
    cuts.update(credit_cuts(text, start, end))
    cuts.update(opener_cuts(text, start, end))
    return cuts
