"""An English wire story's lead that lost its stop: the sentence right after the dateline.

"Washington (CNN)This week is the 100th anniversary of ... an estimated 1.5 million Armenians And
it's also the seventh year ...": the source dropped the stop between the lead and the next
sentence, the run-on is cut at "And", and the lead, left with no stop of its own, read as a photo
caption, so no bullet: the brief opened on "It's also the seventh year ..." and never said what the
story is about. A photo caption does not follow a wire dateline ("Washington (CNN)"): where the
article opens on one, the unstopped sentence right after it, in the same paragraph, long, carrying a
figure or a date, with a sentence running on after it in that paragraph, is the story's lead and may
be a bullet (`scoring._read`).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.bullets import dateline_only
from citebrief.text.en_closing import closed_en
from citebrief.text.lazy_re import LazyPattern

MIN_WORDS = 12  # a shorter unstopped line is a caption or a teaser, no lead
_FIGURE = LazyPattern(r"\d")  # "100th", "1.5 million", "in 1993": what the story's lead is dated or counted by


def dateline_lead(texts: Sequence[str], paragraphs: Sequence[int]) -> int | None:
    """The index of the unstopped lead sentence right after an opening wire dateline in `texts`
    (each sentence's paragraph in `paragraphs`), or None where there is none (module docstring)."""
    if len(texts) < 3 or not dateline_only(texts[0]) or not paragraphs[0] == paragraphs[1] == paragraphs[2]:
        return None
    lead, after = texts[1], texts[2]
    if closed_en(lead) or len(lead.split()) < MIN_WORDS or not lead[:1].isupper() or not after[:1].isupper():
        return None
    return 1 if _FIGURE.search(lead) else None
