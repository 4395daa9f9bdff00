"""An English group title that is the front of a longer name takes the whole name: the phrase
chunker cuts at a possessive, so a title can be "St James" where every bullet that says it writes
"St James’s Palace" (the place a royal birthday was sung at), which reads as a person or a cut
word, not as the place.

Reads a group title and the group's bullets (sentences of a news article): where every place a
bullet writes the title it goes on with "'s" or "’s" and one capitalised word, the same in each,
and two bullets or more write it so, that longer name is the title.
"""

from __future__ import annotations

import re

from citebrief.text.titles import free_of

MIN_SAID = 2  # bullets that write the longer name, at least


def whole_name_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """The longer name every mention of `title` in the bullets is the front of ("St James’s
    Palace" for "St James"), else `title`; `used` updated."""
    if not title or not title[:1].isupper():
        return title
    pattern = re.compile(r"(?<![\w'’-])" + re.escape(title) + r"(?:(['’]s\s[A-Z][\w-]*)(?![\w'’-])|(?![\w'’-]))")
    longer: set[str] = set()
    saying = 0
    for bullet in bullets:
        found = list(pattern.finditer(bullet))
        if any(not match.group(1) for match in found):
            return title  # said on its own somewhere: the title as it is
        longer.update(match.group(0) for match in found)
        saying += bool(found)
    if len(longer) != 1 or saying < MIN_SAID:
        return title
    whole = next(iter(longer))
    if not free_of(whole, used - {title.casefold()}):
        return title
    used.discard(title.casefold())
    used.add(whole.casefold())
    return whole
