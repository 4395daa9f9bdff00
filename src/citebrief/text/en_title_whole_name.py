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

from citebrief.text.en_written_at import word_before
from citebrief.text.titles import swapped_if_free

MIN_SAID = 2  # bullets that write the longer name, at least
# after the title: "'s" and one capitalised word that ends there (the longer name), or a word's end
_AFTER = re.compile(r"(['’]s\s[A-Z][\w-]*)(?![\w'’-])|(?![\w'’-])")


def whole_name_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """The longer name every mention of `title` in the bullets is the front of ("St James’s
    Palace" for "St James"), else `title`; `used` updated."""
    if not title or not title[:1].isupper():
        return title
    longer: set[str] = set()
    saying = 0
    for bullet in bullets:
        found = _written(title, bullet)
        if any(not name_goes_on for _, name_goes_on in found):
            return title  # said on its own somewhere: the title as it is
        longer.update(written for written, _ in found)
        saying += bool(found)
    if len(longer) != 1 or saying < MIN_SAID:
        return title
    return swapped_if_free(title, next(iter(longer)), used)


def _written(title: str, bullet: str) -> list[tuple[str, bool]]:
    r"""Each place the `bullet` writes `title` from a word's start: what is written there (the title,
    or the title with "'s" and the next word) and whether the name goes on, as the pattern
    ``(?<![\w'’-])TITLE(?:(['’]s\s[A-Z][\w-]*)(?![\w'’-])|(?![\w'’-]))`` finds them, without
    compiling one per title (see en_written_at)."""
    found: list[tuple[str, bool]] = []
    at = 0
    while (start := bullet.find(title, at)) >= 0:
        after = None if word_before(bullet, start) else _AFTER.match(bullet, start + len(title))
        if after is None:
            at = start + 1
            continue
        found.append((bullet[start : after.end()], bool(after.group(1))))
        at = after.end()
    return found
