"""An English overview titled by a name one key point writes, while most key points follow
another person, takes that person: blind readers of en-xsum would have "Key points: Southgate",
not "Wenger" who opens one of three points (the other two give Southgate's record and his next
games), and "Buttler", not the "Indian Premier League" one point says he played in.

The same test as a theme group's (`en_title_subject.subject_title`), read on the overview's
settled bullets in the article's order: the overview is titled from the whole article before its
bullets are known, on its own path (`overview_titles.py`), so the title steps never see it. A
person another title already names keeps the overview as it is.
"""

from __future__ import annotations

from citebrief.text.en_title_subject import named_people, subject_title
from citebrief.text.titles import said_alone, swapped_title


def followed_overview(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The overview's `title` ("Key points: …"), its subject given to the person most of its
    `bullets` follow where it is a name one bullet alone writes (see the module's note); `texts`:
    the article's paragraphs; `used` (casefolded titles given) follows the swap."""
    label, sep, subject = title.rpartition(": ")
    if not sep or not subject:
        return title
    found = subject_title(bullets, bullets, texts, used - {subject.casefold()}, subject)
    if found == subject or 2 * sum(said_alone(p, found) for p in named_people(bullets, texts) if p) <= len(bullets):
        return title  # the overview's person is named by most key points, not read back from "She added"
    return label + sep + swapped_title(subject, found, used)
