"""A reviewer's score that the splitter left at the front of the next item: "… won't cause
irritation.' 7/10 Actinica Lotion £19.99 for 80g … CLAIMS: …".

Product round-ups (a panel rates suncreams, gadgets, wines) end each verdict on its score and
open the next item on the product's name, with no stop between the two. The sentence splitter
cuts at the verdict's closing quote, so the score opens the next product's line, and a bullet
made of that line gives the score to the wrong product (en-cnndm blind read: "scores are stuck
to the wrong product ('7/10 Actinica…')"). The score is cut off where a sentence opens on a
score out of 5 or 10 ("7/10", "8.5/10") followed by a capitalised word: the score stands alone
(too short for a bullet) and the product's line opens on its name. It reads English sentences
only; a score inside a sentence ("rated 7/10 by readers") or before a lower-case word stays.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a score out of 5 or 10 at the sentence's start, then a space and a capitalised word or a quote
_OPENING_SCORE = LazyPattern(r"\s*(?:10|\d(?:\.5)?)/(?:10|5)\s+(?=[A-Z‘'\"“])")


def score_cut(text: str, start: int, end: int) -> int | None:
    """Where, in `text[start:end]` (one English sentence), the product's line starts after the
    score that opens it ("7/10 | Actinica Lotion …"), or None where it opens on no score."""
    if not text[start : start + 1].isdigit() and not text[start : start + 1].isspace():
        return None  # most sentences: the score opens it
    match = _OPENING_SCORE.match(text, start, end)
    return match.end() if match is not None and match.end() < end else None
