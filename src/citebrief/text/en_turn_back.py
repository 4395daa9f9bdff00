"""Whether an English sentence turns on the matter of the sentence before it ("Yet any repeat of
the incident would see him docked a frame", "But that did not stop him …").

A theme run that starts at such a sentence parts it from what it answers: the sanction goes to
one group and the incident to another (en-cnndm 48, cut view). `engines/runs._valleys` makes no
cut just before it. Only a turn word followed at once by words standing for the matter before
counts (`data/en_turn_back.tsv`): "But the union said …" turns to a new speaker and may open a run.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import rows_by_kind, word_alternation


@cache
def _pattern() -> re.Pattern[str]:
    """The table's turn words, an optional comma, then its words pointing back, as one word each."""
    kinds = rows_by_kind("en_turn_back.tsv")
    turn, back = word_alternation(kinds["turn"]), word_alternation(kinds["back"])
    return re.compile(rf"(?:{turn}),?\s+(?:{back})\b(?![-'’])")


def turns_on_before(text: str) -> bool:
    """Whether `text` opens on a turn word and then on words standing for the sentence before's matter."""
    return _pattern().match(text) is not None
