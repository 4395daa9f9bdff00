"""Where a book's credit box glued into an English sentence starts and ends.

Reviews of photo books and catalogues print the book's credits beside the story ("Photographs by
Gisèle Freund Texts by Gérard de Cortanze, Gisèle Freund, and Lorraine Audric Published by
Abrams"); flattened to text, the box runs into the sentence after it with no stop ("… Published
by Abrams Gisele lived with the couple …"), and a bullet quotes the credits and the claim as one
sentence. Two credits or more in a row ("Photographs by", "Texts by", "Published by" …), each
with nothing but names after it, are such a box: a sentence before it ends where the first
credit starts, and the one after it starts at the last capitalised word before the first
lower-case word that no name holds ("Abrams | Gisele lived"), as with text/caption_boxes.py's
team sheets.
"""

from __future__ import annotations

import re

MIN_KEPT_WORDS = 4  # each sentence kept apart from the box holds at least this many words
MIN_CREDITS = 2
_CREDIT = re.compile(
    r"\b(?:Photographs|Photography|Photos|Pictures|Images|Text|Texts|Words|Illustrations|Illustrated"
    r"|Edited|Published|Written|Translated|Foreword|Introduction|Designed) by "
)
# the words a list of names holds besides capitalised ones: "Gérard de Cortanze, … and Lorraine Audric"
_NAME_JOINS = frozenset({"and", "&", "de", "van", "von", "da", "di", "du", "del", "der", "la", "le"})


def credit_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a box of two or more book credits starts
    and ends."""
    if text.count(" by ", start, end) < MIN_CREDITS:
        return []  # most sentences: no two credits to look for
    credits = list(_CREDIT.finditer(text, start, end))
    if len(credits) < MIN_CREDITS:
        return []
    run = [credits[0]]
    for credit in credits[1:]:
        if _names_only(text[run[-1].end() : credit.start()]):
            run.append(credit)
        elif len(run) < MIN_CREDITS:
            run = [credit]
        else:
            break
    if len(run) < MIN_CREDITS:
        return []
    cuts = []
    if len(text[start : run[0].start()].split()) >= MIN_KEPT_WORDS:
        cuts.append(run[0].start())
    after = _sentence_after(text, run[-1].end(), end)
    if after is not None and len(text[after:end].split()) >= MIN_KEPT_WORDS:
        cuts.append(after)
    return cuts


def _names_only(words: str) -> bool:
    """Whether `words` are names and the words that join them, and at least one name."""
    tokens = [token.strip(",") for token in words.split()]
    return bool(tokens) and all(token[:1].isupper() or token in _NAME_JOINS for token in tokens if token)


def _sentence_after(text: str, low: int, end: int) -> int | None:
    """Where the sentence after the last credit's names starts: its capitalised word before the
    first lower-case word that joins no names, with a name of the credit before it."""
    capitals: list[int] = []
    for match in re.finditer(r"\S+", text[low:end]):
        token = match.group().strip(",")
        if token[:1].isupper():
            capitals.append(low + match.start())
        elif token not in _NAME_JOINS:
            return capitals[-1] if len(capitals) >= 2 else None
    return None
