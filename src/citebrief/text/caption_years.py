"""Where a caption that ends on a year runs into a sentence that opens on a name and a verb.

CNN/Daily Mail captions often close on the year of an old photo, and flattened pages glue them
to the next sentence with no stop: "Frank Lampard finds the target during Villa's 3-0 defeat by
Chelsea in the FA Cup semi-final in 2010 Villa are three points above the drop zone …", "…
decided not to start Duncan Ferguson and Alan Shearer in 1999 Carver was assistant to …". A year
after "in" or "since" then a capitalised name and a finite "is/was/has/will …" is no run of one
sentence unless the year phrase opens it ("In 2010 Villa were …", "Born in 1990 Smith was …",
"… and in 2012 Villa were …"): the sentence before must not open as an adverbial clause, and the
word before the year must not join clauses. (text/captions.py reads days and months.)

The same caption may run into a sentence that opens on an article before a capitalised word ("…
says she became engaged in July 2013 A Bronx building superintendent, Ruben George, told …"),
which the word rules of text/captions.py leave whole for a letter's sake ("infra-red A rays"). After
a year, a month's date or not, a capitalised article is no letter and no sentence's inside; only a
title goes on there ("in 2013 The Wolf of Wall Street"), so the word after the capitalised one
must be a lower-case word that joins no title (data/en_year_caption_articles.tsv).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.calendar_names import MONTH_ALTERNATION
from citebrief.text.captions import MIN_SIDE_WORDS
from citebrief.text.data_files import rows_by_kind, word_alternation

_YEAR = re.compile(r" (?:1[89]|20)\d\d [A-Z]")  # the shapes' cheap part (a year before a capital), searched first
_YEAR_THEN_NAME = re.compile(
    r" (?P<joint>[\w'’-]*[A-Za-z]) (?:in|since) (?:1[89]|20)\d\d (?=(?:[A-Z][a-z][\w'’-]* ){1,3}"
    r"(?:is|was|are|were|has|had|have|will|would|could|can)\b)"
)
# a word before "in 2010" after which a new clause goes on in the same sentence
_JOINTS = frozenset(
    {"and", "but", "or", "nor", "then", "so", "yet", "while", "when", "where", "as", "because", "that"}
    | {"which", "who", "until", "since", "after", "before", "if", "though", "although", "once", "whereas"}
)
# a sentence that opens as an adverbial clause goes on after its year: "Born in 1990 Smith was …"
CLAUSE_OPENERS = frozenset(
    {"In", "On", "At", "After", "Before", "Since", "Until", "When", "While", "As", "Born", "Despite"}
    | {"During", "Following", "By", "From", "Throughout", "Under", "Because", "Although", "Though"}
    | {"If", "Once", "Back", "Having", "Between", "Earlier", "Later", "Ever", "Even", "Like", "Unlike"}
)


@cache
def _year_then_article() -> re.Pattern[str]:
    """A year ending a caption ("in 2010", "since July 2013", "in May 4, 2013") before a capitalised
    article, a capitalised word and a lower-case word; the article's start is the match's end."""
    rows = rows_by_kind("en_year_caption_articles.tsv")
    articles, joins = word_alternation(rows["article"]), word_alternation(rows["joins"])
    return re.compile(
        rf" (?P<joint>[\w'’-]*[A-Za-z]) (?:in|since) (?:(?:{MONTH_ALTERNATION}) (?:\d{{1,2}},? )?)?(?:1[89]|20)\d\d "
        rf"(?=(?:{articles}) [A-Z][\w'’-]* (?!(?:{joins}) )[a-z])"
    )


def year_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in `text[start:end]` (one sentence) where a caption ending on a year stops and a
    sentence opening on a name and a finite verb, or on an article and a capitalised word, starts."""
    if _YEAR.search(text, start, end) is None:
        return []  # most sentences: no year before a capital
    matches = [*_YEAR_THEN_NAME.finditer(text, start, end), *_year_then_article().finditer(text, start, end)]
    cuts: list[int] = []
    piece = start
    for match in sorted(matches, key=lambda found: found.end()):
        words = text[piece : match.end()].split()
        if match.group("joint").lower() in _JOINTS or len(words) < MIN_SIDE_WORDS + 2:
            continue
        if words[0] in CLAUSE_OPENERS or words[0].endswith(("ing", "ed")):
            continue
        if len(text[match.end() : end].split()) >= MIN_SIDE_WORDS:
            cuts.append(match.end())
            piece = match.end()
    return cuts
