"""An English group title that is an abstract word alone ("Friendship", `en_title_vague`) where
two bullets or more write it after one owner ("India's friendship is a signal for China", "Nepal
will need India's friendship"): the group tells whose it is, and "India's Friendship" names the
theme where the bare word named none, and the name `plain_title` took in its place ("Nepal")
named only where (en-cnndm 158, scored low by blind readers).

The owner is a capitalized name of one to three words before "'s" (a person, a country, a
body); one owner only, no other as often; the owned title is written in the group's paragraphs,
no other title holds it and the abstract word is no other title's. Runs before `plain_title`.
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.text.en_title_vague import vague_title
from citebrief.text.titles import swapped_title

MIN_SAYERS = 2  # bullets that write the word after the owner, at least
_OWNER = r"((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*)['’]s\s"


def owned_abstract_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` as "Owner's Title" where it is an abstract word alone two bullets or more write
    after one owner (see the module's note); else `title`; `used` updated."""
    if not title or " " in title or not vague_title(title, group_texts):
        return title
    owned = re.compile(rf"(?<![\w'’-]){_OWNER}(?i:{re.escape(title)})\b")
    owners: Counter[str] = Counter()
    for bullet in bullets:
        owners.update({m.group(1) for m in owned.finditer(bullet)})
    ranked = owners.most_common(2)
    if not ranked or ranked[0][1] < MIN_SAYERS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return title
    new = f"{ranked[0][0]}'s {title}"
    others = used - {title.casefold()}
    folded = new.casefold()
    if any(folded in u or title.casefold() in u for u in others):
        return title
    if not any(re.search(rf"{re.escape(ranked[0][0])}['’]s\s(?i:{re.escape(title)})\b", t) for t in group_texts):
        return title
    return swapped_title(title, new, used)
