"""A Chinese phrase that ends on a word that only modifies what follows it (人均, 年均, 刚性;
`data/zh_modifier_words.tsv`): the front of a phrase cut before what it says something of
("低收入农户人均" of 低收入农户人均增收, "居民刚性" of 居民刚性和改善性住房需求), no title.

The tagger reads such a word as a noun or an abbreviation, so the chunker may end a candidate on
it and `zh_close` may close a title with it; neither is a thing a group is about. The title
gives way to the next candidate (`title_choice`) or stays unclosed (`zh_close`).
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines


@cache
def _modifiers() -> tuple[str, ...]:
    return data_lines("zh_modifier_words.tsv")


def ends_on_modifier(phrase: str) -> bool:
    """True when `phrase` ends on a word that only modifies what follows it (module doc)."""
    return phrase.endswith(_modifiers())
