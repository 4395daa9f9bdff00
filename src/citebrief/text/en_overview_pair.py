"""An English overview titled by one of two people the lead names as equals: "Key points: Manny
Pacquiao" over "all minute aspects of the lives of Floyd Mayweather and Manny Pacquiao are being
scrutinised" (a story about both fighters). Where the lead sentence writes the subject's name
joined by "and" to another person's (the two alone, not the last of a list: "Owens, Rhys Hanbury
and Paddy Flynn all crossed"), and the article names the other (by surname) at least half as
often as the subject, the story is the pair's: the title names both, in the lead's order.
"""

from __future__ import annotations

from citebrief.text.en_actors import key, person_key
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, mentions, swapped_title

MIN_SHARE = 0.5  # the other's mentions, at least this share of the subject's: an equal
MIN_MENTIONS = 3  # ... and at least this many
_NAME = r"[^\W\d_a-z][\w'’-]*(?: [^\W\d_a-z][\w'’-]*)+"
# "Floyd Mayweather and Manny Pacquiao": two full names joined by "and", nothing between
_PAIR = LazyPattern(rf"(?<![\w'’-])({_NAME}) and ({_NAME})(?![\w'’-])")


def overview_pair(subject: str, first: str, texts: list[str], used: set[str]) -> str:
    """Both names where the `first` sentence writes the overview's `subject` beside another
    person's as an equal (see the module's note); `used` holds the pair; else `subject`."""
    if not subject or not first or not person_key(subject, texts):
        return subject
    own = mentions(key(subject), texts)
    for match in _PAIR.finditer(first):
        if first[: match.start()].endswith(", "):
            continue  # the last two of a list ("Owens, Rhys Hanbury and Paddy Flynn all crossed")
        names = [match.group(1), match.group(2)]
        if subject not in names:
            continue
        other = names[1 - names.index(subject)]
        if not person_key(other, texts) or key(other) == key(subject):
            continue
        if not free_of(other, used - {subject.casefold()}):
            continue  # a group's title already
        said = mentions(key(other), texts)
        if said >= max(MIN_MENTIONS, MIN_SHARE * own):
            pair = f"{names[0]} and {names[1]}"
            return display_title(swapped_title(subject, pair, used), "en")
    return subject
