"""Where a caption runs into a sentence that opens on a participle before its subject.

News copy lists the people a story is about with the verb first: "Charged are Mohamed Abdihamid
Farah, 21; …", "Gathered were …". A flattened page glues such a sentence to the caption before it
with no stop: "… accused of being 'intent' on joining ISIS Charged are Mohamed Abdihamid Farah, 21".
Running prose never writes a past participle with a capital before "are"/"were" and a name; a
team or a title does ("United are currently above …", "the film Wanted were …"), so the participle
must be written with its capital only here (the article's other uses of it are lower case) and
follow no word that opens a title.
"""

from __future__ import annotations

import re

from citebrief.text.captions import BEFORE_TITLE, MIN_SIDE_WORDS
from citebrief.text.en_chunks import word_classes

# "ISIS Charged are Mohamed": a word with no stop, a capitalised participle, a plural "be", a capital
# the space opens the pattern and the look-behind after it reads the character before that space: `re`
# skips from space to space, not tries a look-behind at every character (the same matches)
_INVERSION = re.compile(r" (?<=[\w)] )(?P<participle>[A-Z][a-z]{2,}ed) (?:are|were) [A-Z]")


def inversion_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a caption stops and a sentence opening on
    "Participle are|were Name" starts."""
    cuts: list[int] = []
    piece = start
    for match in _INVERSION.finditer(text, start, end):
        participle = match.group("participle")
        before = text[piece : match.start()].split()
        if len(before) < MIN_SIDE_WORDS or len(text[match.end() : end].split()) < MIN_SIDE_WORDS - 1:
            continue
        if before[-1].lower() in BEFORE_TITLE or "VERB" not in word_classes(participle.lower()):
            continue  # "the film Wanted were …": a title
        if len(re.findall(rf"\b{participle}\b", text)) != 1:
            continue  # "United are …" and "United" elsewhere: a name
        cuts.append(match.start("participle"))
        piece = match.start("participle")
    return cuts
