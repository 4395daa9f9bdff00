"""Where a shop widget glued to English sentences starts and ends.

Fashion pages print a product box beside the story: the product's name, a slogan and a button
("Topshop striped zip through skirt Earn your style stripes! Visit site"). Flattened to text, the
box runs on from the sentence before it with no stop, and its button opens the next sentence
("Visit site Like the rest of the royals, …"). A sentence splitter keeps both as parts of
sentences, and a bullet then quotes a skirt and a slogan after its claim. The button is the mark:
before it, a short exclamation after a lower-case word is the slogan, and a capitalised word with
only lower-case words after it is the product's name; after it, the next sentence starts. A
one-block article cut into passages may end one on the slogan and open the next on the button: at a
paragraph's end, the box is told by its product's name glued to a name ("… in New York Topshop
striped zip through skirt Earn your style stripes!"), which a story sentence's last words seldom are.
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
# "… at Intermix in New York| Topshop striped …": a capitalised word right before the product's name
MIN_END_PRODUCT_WORDS = 3
_AFTER_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*$")


def _box_at_end(sentence: str, product: re.Match[str] | None) -> bool:
    """With no button in sight, a product's name of three words or more glued to the name before it
    ("… New York Topshop striped zip through skirt") is the box's mark; "… the Anfield Road end" is not."""
    if product is None or len(product.group().split()) < MIN_END_PRODUCT_WORDS:
        return False
    return _AFTER_NAME.search(sentence, 0, product.start()) is not None


def widget_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a shop widget's product, slogan or button
    ends or starts, so that the sentence around it stands alone."""
    cuts: list[int] = []
    opening = _BUTTON.match(text, start, end)
    if opening is not None and len(text[opening.end() : end].split()) >= MIN_KEPT_WORDS:
        rest = text[opening.end() : end]
        cuts.append(end - len(rest.lstrip()))  # "Visit site | Like the rest of the royals, …"
    if end <= start or text[end - 1] != "!":
        return cuts
    last = not text[end:].strip()  # the paragraph's last sentence: its button, if any, opens the next one
    if not last and _BUTTON.match(text, end) is None:
        return cuts
    sentence = text[start:end]
    slogans = [m.start() for m in _WORD_AFTER_LOWER.finditer(sentence)]
    slogans = [at for at in slogans if len(sentence[at:].split()) <= MAX_SLOGAN_WORDS]
    if not slogans:
        return cuts
    slogan = slogans[-1]  # the last: "… Zara pleated midi skirt Swish into spring!"
    product = _PRODUCT.search(sentence[:slogan])
    if last and not _box_at_end(sentence, product):
        return cuts
    for at in (product.start() if product is not None else slogan, slogan):
        if len(sentence[:at].split()) >= MIN_KEPT_WORDS:
            cuts.append(start + at + 1)
    return sorted(set(cuts))
