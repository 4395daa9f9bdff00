"""The caption cuts that passages do not count: places, commas, speakers, credits, openers, names.

text/caption_places.py, caption_commas.py, caption_speakers.py, caption_credits.py,
caption_openers.py, caption_appositions.py and caption_inversions.py each cut a caption from the
sentence it runs into. segment.py asks them through this one function (one import per sentence,
not seven), and counts a sentence they cut
as one when it cuts a one-block article into passages, so that the passages' [n] stay where
they were before these rules.
"""

from __future__ import annotations

from citebrief.text.caption_appositions import apposition_cuts
from citebrief.text.caption_commas import comma_cuts
from citebrief.text.caption_credits import credit_cuts
from citebrief.text.caption_inversions import inversion_cuts
from citebrief.text.caption_openers import opener_cuts
from citebrief.text.caption_places import place_cuts
from citebrief.text.caption_speakers import speaker_cuts


def late_cuts(text: str, start: int, end: int) -> set[int]:
    """Offsets in `text[start:end]` (one sentence) where any of the seven rules cuts."""
    cuts = {*place_cuts(text, start, end), *comma_cuts(text, start, end), *speaker_cuts(text, start, end)}
    cuts.update(credit_cuts(text, start, end))
    cuts.update(opener_cuts(text, start, end))
    cuts.update(apposition_cuts(text, start, end))  # "… travel to Syria | Hanad Mustafe Musse, 19, and …"
    cuts.update(inversion_cuts(text, start, end))  # "… on joining ISIS | Charged are Mohamed Abdihamid Farah, 21"
    return cuts
