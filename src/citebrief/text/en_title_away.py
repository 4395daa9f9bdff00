"""An English group title that is a team's name, over bullets that tell a side's record away
from home in its own words, names a rival, not the theme: blind readers said "'Chelsea' is the
title over Spurs' away record" (en-xsum 112: Chelsea can extend their lead; Spurs have won just
twice on the road; Pochettino's team have won just once away to the top six). The phrase the
bullets write for it ("Away from Home") is what they share.

Only a title of capitalized words the bullets write as it stands, and only where two bullets
or more each write an away phrase (`data/en_away_phrases.tsv`) outside quotes, none of them
opening on the title (a side whose away record they tell keeps its name: "Spurs"); the title
takes the table's first phrase a bullet writes. Else the title stays.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import swapped_if_free

MIN_AWAY_BULLETS = 2
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_SMALL = frozenset(("from", "on", "the", "their"))  # lower case past a title's first word
_NAME = re.compile(r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*)*")


@cache
def _phrases() -> tuple[re.Pattern[str], ...]:
    """Each away phrase as a whole-word pattern, in the table's order."""
    return tuple(re.compile(rf"\b{re.escape(p)}\b(?! to\b)") for p in data_lines("en_away_phrases.tsv"))


def _away(bullet: str) -> set[int]:
    """The away phrases (by their row) the bullet writes in its own words, not in a quote."""
    own = _QUOTED.sub(" ", bullet).lower()
    return {k for k, pattern in enumerate(_phrases()) if pattern.search(own)}


def away_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as the away phrase the bullets write, where it is a team's name over two bullets
    or more that tell an away record (see the module's note); else `title`; `used` updated."""
    if not _NAME.fullmatch(title) or not any(title in b for b in bullets):
        return title
    said = [(b, _away(b)) for b in bullets]
    away = [(b, rows) for b, rows in said if rows]
    if len(away) < MIN_AWAY_BULLETS or any(b.startswith(title) for b, _ in away):
        return title
    first = min(row for _, rows in away for row in rows)
    return swapped_if_free(title, _titled(data_lines("en_away_phrases.tsv")[first]), used)


def _titled(phrase: str) -> str:
    """The phrase in Title Case, its small words lower case past the first ("Away from Home")."""
    words = phrase.split()
    return " ".join(w if k and w in _SMALL else w.capitalize() for k, w in enumerate(words))
