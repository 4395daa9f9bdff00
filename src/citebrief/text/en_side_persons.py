"""A one-word name a match report uses only inside a person's whole name is never a side:
`en_overview_sides` reads a side from what stands beside a name ("Dan Gosling's goal" is a side's
goal by its shape), and `is_person` keeps a surname out but not a first name, so en-xsum 60 took
"Dan" for a team and titled the match "Hull v Dan" had a result lead named Hull. A word every
place of which sits in a two-word name `is_person` takes ("Dan Gosling") is the person's;
"Palace", also written alone beside "Crystal Palace", stays a side.
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import is_person

_BEFORE = re.compile(r"([A-Z][a-z]+) \Z")  # a capitalised word just before: "Dan " of "Dan Gosling"
_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w-])")  # a capitalised word just after: " Gosling" of "Dan Gosling"
_REACH = 30  # how far back a first name may start


def person_word(word: str, texts: list[str]) -> bool:
    """`texts` write `word` only inside a person's whole name of two words (module note)."""
    written = re.compile(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])")
    places = [(t, m) for t in texts if word in t for m in written.finditer(t)]
    return bool(places) and all(_in_whole_name(word, t, m, texts) for t, m in places)


def _in_whole_name(word: str, text: str, place: re.Match[str], texts: list[str]) -> bool:
    """This place of `word` in `text` is inside a person's whole name of two words."""
    before = _BEFORE.search(text, max(0, place.start() - _REACH), place.start())
    if before and is_person(f"{before.group(1)} {word}", texts):
        return True
    after = _AFTER.match(text, place.end())
    return after is not None and is_person(f"{word} {after.group(1)}", texts)
