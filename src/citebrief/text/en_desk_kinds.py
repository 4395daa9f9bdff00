"""The kinds of an English news desk's stories that its title names closer: a health and science
desk's stories are health news or science news. Where a day's section holds only one of them, the
reader is told which ("Science" over a lost spacecraft and bee-brained drones, not "Health and
science" over no health story); read by text/sections.py's kind_of on an English story's opening.
"""

from __future__ import annotations

import re

# health and science stories by which they are: a section of a lost spacecraft and bee-brained drones is
# titled "Science", not "Health and science" over no health story; one of both keeps the desk's title
HEALTH_SCIENCE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "Health",
        re.compile(
            r"\b(?:patients?|doctors?|hospitals?|disease|cancer|virus|Ebola|HIV|health|medical|NHS|vaccines?"
            r"|infections?|treatment|obes(?:e|ity)|diet|exercise|illness|sick|clinic|surgeons?|dehydration)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "Science",
        re.compile(
            r"\b(?:NASA|space station|spacecraft|astronauts?|planets?|alien life|Mars|telescope|orbit|drones?"
            r"|robots?|engineers?|physicists?|fossils?|dinosaurs?)\b",
            re.IGNORECASE,
        ),
    ),
)
