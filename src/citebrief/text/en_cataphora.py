"""English sentences that name what comes next and leave it out: "The panel announced the
following decision …", "The ruling ran as follows", "The minister set out a list of actions the
trust must take".

The writer gives the decision, the list, the terms in the sentence after. A bullet of such a
sentence alone promises what the brief never says (blind readers of en-cnndm and en-xsum: a
statement "announced the following decision" with no decision; "set out a list of actions" with no
action). `engines/en_announced_quotes` lets such a bullet carry the sentence after it. The nouns
read after "the following" are `data/en_following_contents.tsv`.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines, word_alternation
from citebrief.text.lazy_re import LazyPattern

NAME = "en_following_contents.tsv"
_ROW = LazyPattern(r"[a-z]+")
# a list made or handed over: "set out a list of", "drew up a long list of", "issued a list of"
_LIST_VERBS = (
    r"(?:set|sets|setting|drew|draws|drawn|drawing|issued|issues|published|publishes|gave|gives|sent|sends"
    r"|outlined|outlines|compiled|compiles)"
)


def parse_rows(rows: tuple[str, ...]) -> tuple[str, ...]:
    """The nouns of `NAME`'s rows; a row that is no lower-case word is an error naming it."""
    for row in rows:
        if not _ROW.fullmatch(row):
            raise ValueError(f"{NAME}: {row!r} is no lower-case noun")
    return rows


@cache
def _pattern() -> re.Pattern[str]:
    """The table's nouns after "the following", "as follows" and a list made, as one pattern."""
    nouns = word_alternation(parse_rows(data_lines(NAME)))
    return re.compile(
        rf"\bthe following (?:{nouns})\b|\bas follows\b|\b{_LIST_VERBS} (?:out |up )?a (?:\w+ )?list of\b",
        re.IGNORECASE,
    )


def names_what_follows(sentence: str) -> bool:
    """Whether `sentence` names a decision, list or terms that the sentence after it gives."""
    return _pattern().search(sentence) is not None
