"""Where a shop widget glued to English sentences starts and ends.

Fashion pages print a product box beside the story: the product's name, a slogan and a button
("Topshop striped zip through skirt Earn your style stripes! Visit site"). Flattened to text, the
box runs on from the sentence before it with no stop, and its button opens the next sentence
("Visit site Like the rest of the royals, …"). A sentence splitter keeps both as parts of
sentences, and a bullet then quotes a skirt and a slogan after its claim. The button is the mark:
before it, a short exclamation after a lower-case word is the slogan, and a capitalised word with
only lower-case words after it is the product's name; after it, the next sentence starts.
"""

from __future__ import annotations

import re

MIN_KEPT_WORDS = 6  # a shorter lead is the box's own text, not a sentence to keep apart
_BUTTON = re.compile(r"\s*(?:Visit site|Buy now|Shop now|Buy it now|Shop the look|Get the look)\b")
# "… skirt Earn your style stripes!": a capitalised word after a lower-case one, then the "!"
_WORD_AFTER_LOWER = re.compile(r"(?<=[a-z]) (?=[A-Z][a-z'’]*\b)")
MAX_SLOGAN_WORDS = 7
# "… New York Topshop striped zip through skirt": a name, then one to six lower-case words
_PRODUCT = re.compile(r" [A-Z][\w'’-]*(?: [a-z][\w'’-]*){1,6}$")


def widget_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a shop widget's product, slogan or button
    ends or starts, so that the sentence around it stands alone."""
    cuts: list[int] = []
    opening = _BUTTON.match(text, start, end)
    if opening is not None and len(text[opening.end() : end].split()) >= MIN_KEPT_WORDS:
        rest = text[opening.end() : end]
        cuts.append(end - len(rest.lstrip()))  # "Visit site | Like the rest of the royals, …"
    if end >= len(text) or text[end - 1] != "!" or _BUTTON.match(text, end) is None:
        return cuts
    sentence = text[start:end]
    slogans = [m.start() for m in _WORD_AFTER_LOWER.finditer(sentence)]
    slogans = [at for at in slogans if len(sentence[at:].split()) <= MAX_SLOGAN_WORDS]
    if not slogans:
        return cuts
    slogan = slogans[-1]  # the last: "… Zara pleated midi skirt Swish into spring!"
    product = _PRODUCT.search(sentence[:slogan])
    for at in (product.start() if product is not None else slogan, slogan):
        if len(sentence[:at].split()) >= MIN_KEPT_WORDS:
            cuts.append(start + at + 1)
    return sorted(set(cuts))
