"""An English group title that is a person's given name alone takes the full name the article
writes: blind readers of en-cnndm briefs mark a given name alone ("Manny" over a boxer's habits,
"Saddam" over his deputy's career under him) as a title a sub-editor would not write; a headline
says "Saddam Hussein". Groups are titled by a name as their bullets write it
(`engines/en_actor_groups.py`, `en_title_vague.py`, `en_title_gist.py`: "the name more bullets
say"), and a story that calls someone by a first name ("deputy to Saddam") gives a given name.

Read of an English news article's sentences: the title is one capitalized word; the article
writes it as the first word of a person's name of two words ("Manny Pacquiao",
`en_actors.is_person` of that name; not the start of a longer name, "Dundee Football Club"),
and never as a surname after another capitalized word ("Chris Ramsey" makes "Ramsey" a
surname: no given name). Of the full names written, the one written most (the first of equals)
is the title, where the group's paragraphs write it (a title is found where it sits: `bench/
brief_checks.py`) and it is no other group's title already. Tried: "Manny" over Pacquiao's
habits, the full name only in paragraphs of another group, stays.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from citebrief.text.brief_memo import per_brief
from citebrief.text.en_actors import is_person, is_person_title
from citebrief.text.en_title_competition import competitions
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, on_word_boundaries, swapped_title

# a capitalized word ("Pacquiao", "O'Neill", "Carrion-Moore"), not a possessive
_WORD = r"[A-Z](?:[a-z]|['’-][A-Z])*[a-z]"
_WHOLE_WORD = LazyPattern(_WORD)
# two capitalized words, a space between, each a whole word ("Manny Pacquiao"): looked for at
# every start (a zero-width match), so a word is found as the second of one pair and the first
# of the next ("Manny Pacquiao Sr": both pairs)
_PAIR = LazyPattern(rf"(?<![\w'’-])(?=({_WORD}) ({_WORD})(?![\w'’-]))")


class _Pair(NamedTuple):
    """Two capitalized words the article writes side by side, and what stands around them."""

    first: str
    second: str
    after_stop: bool  # a full stop right before the first word ("St.Manny Pacquiao")
    capital_after: bool  # a space and a capital letter right after the second ("Manny Pacquiao Sr")


@per_brief(maxsize=4)
def _pairs(text: str) -> tuple[_Pair, ...]:
    """Every pair of capitalized words in `text`, in the order they are written: read once a brief
    (patterns of the title's own words cost two compiles, ~0.7 ms, a title)."""
    pairs = []
    for match in _PAIR.finditer(text):
        start, end = match.start(), match.end(2)
        after = text[end : end + 2]
        capital_after = len(after) == 2 and after[0] == " " and "A" <= after[1] <= "Z"
        pairs.append(_Pair(match[1], match[2], start > 0 and text[start - 1] == ".", capital_after))
    return tuple(pairs)


def _readings(title: str, text: str) -> tuple[bool, Counter[str]]:
    """Whether `text` writes the capitalized word `title` after another one (a surname), and how
    often it writes each two-word name `title` opens (not after a stop, not before a third
    capitalized word: "Manny Pacquiao Sr" is no name of two words)."""
    pairs = _pairs(text)
    surname = any(pair.second == title for pair in pairs)
    written = Counter(
        f"{title} {pair.second}"
        for pair in pairs
        if pair.first == title and not pair.after_stop and not pair.capital_after
    )
    return surname, written


def given_name_title(title: str, group_texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """`title`, or the person's full name the article writes where `title` is a given name
    alone (see the module's note) and the group's paragraphs (`group_texts`) write it; `used`
    updated."""
    if not _WHOLE_WORD.fullmatch(title) or is_person_title(title) or title in competitions():
        return title  # "Conference" of a roundup's "Conference Barnet (home to Gateshead)" is no given name
    surname, written = _readings(title, "\n".join(all_texts))
    if surname:
        return title  # a surname ("Chris Ramsey"), or a word of some other name
    for full, _ in written.most_common():
        if full.casefold() in used or not any(on_word_boundaries(full, t, "en") for t in group_texts):
            continue
        if is_person(full, all_texts):
            return display_title(swapped_title(title, full, used), "en")
    return title
