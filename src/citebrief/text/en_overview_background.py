"""An English overview titled by a phrase only a background key point writes: blind readers of
en-xsum marked "Key points: Scottish Government" over a cat shot with an air gun, where the one
key point that names the government opens "Last year the Scottish government held a
consultation …": the title names the past the story recalls, not the story.

Where three key points or more are given and the title's phrase is written by one of them alone,
which opens on a turn back in time (`data/en_past_openings.tsv`, or "In" and a year: "In 1987 a
coup …"), the overview is titled afresh from the other key points, as the lead's subject is read
(`title_choice.subject_title`), where that reading gives a phrase free of the other titles.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import table_alternation
from citebrief.text.title_choice import subject_title
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MIN_KEY_POINTS = 3  # fewer, and the background point is a third of the overview or more
_LABEL = ": "


@cache
def _past_opening() -> re.Pattern[str]:
    """A bullet's opening that turns back before the story: a row of the table, or "In 1987"."""
    return re.compile(r"^(?:" + table_alternation("en_past_openings.tsv") + r"|In (?:19|20)\d\d)\b")


def background_overview(title: str, key_points: list[str], texts: list[str], used: set[str]) -> str:
    """`title` ("Key points: …"), unless its phrase is written by one background key point alone
    (see the module's note); then the phrase the other key points are about. `texts` are the
    article's paragraphs, `used` the casefolded titles given (updated)."""
    label, sep, subject = title.rpartition(_LABEL)
    if not sep or not subject or len(key_points) < MIN_KEY_POINTS:
        return title
    writers = [p for p in key_points if on_word_boundaries(subject, p, "en")]
    if len(writers) != 1 or not _past_opening().match(writers[0]):
        return title
    others = [p for p in key_points if p is not writers[0]]
    tried = used - {subject.casefold()}
    found = subject_title(others, texts, "en", set(tried))
    if not found or not free_of(found, tried) or on_word_boundaries(found, writers[0], "en"):
        return title
    return label + sep + display_title(swapped_title(subject, found, used), "en")
