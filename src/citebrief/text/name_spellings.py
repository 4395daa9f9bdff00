"""Whether two spellings of a given name are one name: news copy spells a person's given name
two ways in one article ("Lianna Barrientos" in the lead, "Liana Barrientos, 39, of the Bronx,
pleaded not guilty" in a caption), and a reader takes both for one person. One letter added,
dropped or changed, in names of four letters or more ("Dan" and "Don" may be two brothers).
"""

from __future__ import annotations

MIN_LETTERS = 4  # shorter given names one letter apart are as often two people's


def one_letter_apart(written: str, given: str) -> bool:
    """Whether `written` is `given` spelt with one letter added, dropped or changed (case aside);
    not the same spelling, and never where either is shorter than `MIN_LETTERS` or not a word."""
    a, b = written.casefold(), given.casefold()
    if a == b or min(len(a), len(b)) < MIN_LETTERS or not (a.isalpha() and b.isalpha()):
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(long[:at] + long[at + 1 :] == short for at in range(len(long)))
