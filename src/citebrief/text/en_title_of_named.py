"""A one-word English title that a bullet writes as "the <noun> of the <noun> on <Name>" widens to
that phrase: blind readers of en-cnndm 52 marked "Anniversary" (over Anzac Day falling on a
Saturday) as a bare word naming no theme, while its bullet says "The anniversary of the landing on
Gallipoli". The phrase is the bullet's own, on word boundaries, and ends on a name, so it says
which thing the word is of; six words at most. `en_title_widened` tries it last, where neither a
name the word ends nor a change in it fits.

Narrow on purpose: only "the" before the word (a known thing), one noun after "of" (with "the",
"a" or "an"), and a name after "on", "in", "at" or "of" to close it; over en-cnndm and en-xsum
(0-199) one title fits, "Anniversary".
"""

from __future__ import annotations

import re

from citebrief.text.titles import display_title

MAX_WORDS = 6
_LINK = r"(?:on|in|at|of)"
_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*)*"


def of_named(title: str, bullets: list[str]) -> str:
    """The title widened to "<Title> of the <Noun> on <Name>" as the first bullet that writes it
    so says it (title case), else ''."""
    if not title.isalpha():
        return ""
    noun = title.lower()
    if not any(f"{noun} of " in bullet for bullet in bullets):
        return ""  # no pattern compiled where no bullet writes "<noun> of" (issue 14)
    pattern = re.compile(rf"\b[Tt]he ({noun} of (?:the |a |an )?[a-z][\w-]* {_LINK} (?:the )?{_NAME})")
    for bullet in bullets:
        match = pattern.search(bullet)
        if match and len(match.group(1).split()) <= MAX_WORDS:
            return display_title(match.group(1), "en")
    return ""
