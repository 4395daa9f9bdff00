"""Compound nouns the English chunker (text/en_chunks.py) and title steps read wrongly, though a
reader takes them for a thing: a plural head after a preposition or a number ("two car bombs in
the heart", "with house prices that were"), which the chunker read as a clause's verb ("bombs",
"prices": a verb in -s before "in"/"that"), and an ordinal before a stage of a series ("Friday's
second round"), which a word list of amounts and judgements kept from a title.

English has no tagger here: the word before a run says what its last word is.
"""

from __future__ import annotations

from citebrief.text.chunks import word_list

ORDINALS = frozenset(word_list("first second third fourth fifth sixth seventh eighth ninth tenth"))
# after a preposition or a number no clause opens: a plural that ends the run there is its head
_NO_CLAUSE_AFTER = frozenset(
    word_list(
        "of in on at to for with from by about into onto over under after before during against without "
        "two three four five six seven eight nine ten dozens hundreds thousands millions many several few"
    )
)


def plural_head_after(before: str) -> bool:
    """The word before a run (`before`, lower case) is a preposition or a number: a word in -s
    that ends the run is a plural noun ("with house prices that", "two car bombs in"), not the
    verb of a clause whose subject the run would be ("the team plays in")."""
    return before in _NO_CLAUSE_AFTER
