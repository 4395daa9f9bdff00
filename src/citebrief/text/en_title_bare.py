"""An English group title that names a thing of a name keeps it: `bare_name` strips the words
before a full name as a role ("Reporter Kaitlin Collins" → "Kaitlin Collins"), but where those
words end on a linking word, they are what the group is about and the name only says whose:
"Trial of Frank Beck" (a group about the allegations first made at that trial), "CEO of
Mayweather Promotions" (the man who answered Arum), "Department of Homeland Security" (a body's
whole name, not "Homeland Security"). Blind readers of en-cnndm briefs mark the stripped name as
a title that says who where the bullets say what.

Reads a group title as the title steps give it and the group's bullets (news sentences).
"""

from __future__ import annotations

from citebrief.text.en_title_choice import bare_name

# a word that links what comes before it to the name after it ("trial of", "case against")
_LINKS = frozenset({"of", "for", "against", "with", "to", "by", "at", "in", "on", "from", "and"})


def bare_unless_linked(title: str, bullets: list[str]) -> str:
    """`bare_name(title, bullets)`, unless the words it would strip end on a linking word ("Trial
    of Frank Beck"): then `title` as it is."""
    if not title:
        return title
    bare = bare_name(title, bullets)
    if bare == title or not title.endswith(bare):
        return bare
    before = title[: len(title) - len(bare)].split()
    return title if before and before[-1].lower() in _LINKS else bare
