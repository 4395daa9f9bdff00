"""An English results roundup's overview named by one club ("Key points: Rotherham", the club
its permutations name most) takes the competition its lead names: blind readers of en-cnndm
briefs name football groups titled "after single clubs rather than leagues" among titles that
only partly fit. A roundup is read as an article that writes two competitions' section headings
or more glued to their first clubs ("League One Preston (home to Swindon) …", `en_title_competition`);
its overview, where it is a club's name, becomes the first competition its opening sentence
names ("With just two weekends of Football League action to play, and one in the Conference, …":
"Football League"), as written there.
"""

from __future__ import annotations

import re

from citebrief.text.en_title_competition import competitions, headings, is_club_name
from citebrief.text.titles import display_title, free_of

MIN_SECTIONS = 2  # competitions whose headings the article writes, at least


def roundup_subject(subject: str, opening: str, texts: list[str], used: set[str]) -> str:
    """`subject`, or the competition the opening sentence names first where the article is a
    roundup and `subject` a club's name (see the module's note); `used` gains it."""
    if not opening or not is_club_name(subject) or subject in competitions():
        return subject
    sections = {name for text in texts for _, name in headings(text)}
    if len(sections) < MIN_SECTIONS:
        return subject
    named = [
        (m.start(), m.group(0))
        for n in competitions()
        for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", opening)
    ]
    if not named:
        return subject
    competition = min(named)[1]
    if not free_of(competition, used - {subject.casefold()}):
        return subject
    used.add(competition.casefold())
    return display_title(competition, "en")
