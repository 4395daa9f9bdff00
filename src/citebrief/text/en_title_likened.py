"""An English group title that opens on a likening word ("Identical Study" of "in an almost
identical study, published in July 2010, professors … predicted"): how the thing compares with
another the article tells of, not which thing it is; a blind reader of en-cnndm 15 read it as
wording that names no theme. Such a title gives way to the thing with the year written just
after it ("2010 Study"), which tells the earlier study from the new one; where none is, it
stays. A kind ("the identical twins") is no likening: only a title the paragraphs write after
"a"/"an" ("an almost identical study") or as "the same …" ("the same survey") gives way.

Tried and left: the thing alone ("Study") or the professors the group names ("Professors", the
vague-title fallback's choice) say less than the year that sets the study apart.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import generic_en
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family
from citebrief.text.titles import display_title, free_of, swapped_title

# a sentence's bounds: the year must be said where the likened thing is
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "a"/"an" and, at most, one word (a degree) before the likening word ("an almost identical"),
# or "the same": one more thing like one told before; "the identical twins" is a kind
_ARTICLE = r"\b(?:an?\s+(?:[a-z]+\s+)?|the\s+(?:very\s+)?(?=same\b))"
# how far past the likened thing its year may stand: "study, published in July 2010", not a
# forecast's "by 2051" at the sentence's end
_NEAR = 40


@cache
def _likening() -> frozenset[str]:
    """The likening words (`data/en_likeness_words.tsv`)."""
    return frozenset(data_lines("en_likeness_words.tsv"))


def likened_title(bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str) -> str:
    """`title` unless it is a likening word and a noun the paragraphs write after an article
    ("an almost identical study") with a year just after it ("published in July 2010"): then
    "<year> <Noun>"; `guard` updated."""
    words = title.split()
    if len(words) != 2 or words[0].lower() not in _likening():
        return title
    head = words[1].lower()
    if generic_en(head) or family(head) in PLAIN_FAMILIES:
        return title  # "Same Time", "Same Way": no thing to date
    pattern = re.compile(_ARTICLE + re.escape(title.lower()) + r"\b")
    for text in texts:
        for sentence in _SENTENCE.findall(text):
            found = pattern.search(sentence.lower())
            year = _YEAR.search(sentence, found.end(), found.end() + _NEAR) if found else None
            if not year:
                continue
            dated = f"{year.group(0)} {words[1]}"
            if free_of(dated, guard - {title.casefold()}):
                return display_title(swapped_title(title, dated, guard), "en")
    return title
