"""The openings by which an English sentence turns to another thread ("Meanwhile,", "Elsewhere,",
"In other news"), one table (`data/en_thread_turns.tsv`) for the three steps that read a turn.

`en_turn_splits` gives a turn to someone new a group of its own, `en_stray_subjects` lets a
group's last turning aside give way and `en_pair_joins` keeps a turning pair out of the group
before it; each had its own copy of the list, and a word added to one was missing from the others.
The first reads the turn set off by a comma ("Meanwhile others say ..." goes on inside one list,
en-cnndm 45), the other two the turn as a whole word. The table is read on the first match, not
at import. (A turn on the sentence before, "But ...", "However, ...", is `en_turn_words`' own, and so
is dropping a turn that heads a group, `en_turn_words.without_thread_turn`.)
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_text, numbered_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern

NAME = "en_thread_turns.tsv"
ONE_WORD = "…"  # a row's stand-in for one word ("In a separate …")
_ROW = LazyPattern(r"[A-Z][a-z]*(?: (?:[a-z]+|…))*")


def parse_rows(text: str) -> tuple[str, ...]:
    """The openings of a table in the form of `NAME`; a malformed row is an error naming its line."""
    rows = []
    for number, row in numbered_lines(text):
        if not _ROW.fullmatch(row):
            raise ValueError(f"{NAME} line {number}: {row!r} is no capitalized opening of words and '{ONE_WORD}'")
        rows.append(row)
    return tuple(rows)


@cache
def turn_alternation() -> str:
    """The table's openings as one regex alternation, "…" as one word ("In a separate \\w+|...")."""
    return "|".join(row.replace(ONE_WORD, r"\w+") for row in parse_rows(data_text(NAME)))


# a sentence that opens on a turn, as a whole word ("Meanwhile others say ...")
THREAD_TURN = TablePattern(lambda: rf"^\W*(?:{turn_alternation()})\b")
# ... and set off by a comma ("Meanwhile, Atletico's Croatia forward ...")
THREAD_TURN_COMMA = TablePattern(lambda: rf"^\W*(?:{turn_alternation()}),")
