"""Where a fact box glued onto an English sentence starts.

Pages print fact boxes ("AGE: 27 CLUBS ...", "CLAIMS: SPF 30 ...") beside the story; flattened to
text, the box runs on from the last sentence with no full stop between them ("... could soon
move to Porto AGE: 27 CLUBS"). An all-capitals label with its colon and a figure, straight after
a lower-case word, is such a box: the sentence ends before it. A label followed by words
("CLAIMS: Contains UVA ...") may be what a product review is read for, and stays.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# "Porto AGE: 27": a capitals label and a figure right after a word that ends a sentence
_BOX_LABEL = LazyPattern(r"(?<=[a-z0-9)’'])\s+[A-Z]{3,}(?:\s+[A-Z]{2,})*:\s+(?=[£$€]?\d)")
MIN_KEPT_WORDS = 8  # a shorter lead is the box's own caption, not a sentence


def before_box(text: str) -> str:
    """The sentence without a fact box run on after it; the text as it was when there is none."""
    match = _BOX_LABEL.search(text) if ":" in text else None  # most have no colon: not scanned
    if match is None or len(text[: match.start()].split()) < MIN_KEPT_WORDS:
        return text
    return text[: match.start()].rstrip()
