"""An English group title that says through what, by whom or where a story is told, not what it
tells: blind readers of en-cnndm briefs name "Anadolu Agency" and "Blog Post" (a source or a
medium), "University Instructor" (over a group that is not about her role) and "Garden" (over
the diagnosis bullets) among the worst titles. Such a title — its head a medium, a role or a
place (`data/en_title_settings.tsv`) — that one bullet at most of two or more says gives way to
a thing two bullets or more say (`en_title_figure.shared_thing`: a noun phrase they write, else
an event or matter they report), where that thing is not itself such a title. Where the bullets
share no thing, the title stays. Runs after `en_title_figure`, before `en_title_owner`.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_title_choice import families
from citebrief.text.en_title_figure import shared_thing
from citebrief.text.titles import display_title, swapped_title

MIN_SAYERS = 2  # bullets that say a title for it to name the group's thing


@cache
def setting_heads() -> dict[str, str]:
    """Each head word of a medium, a role or a place, and its kind (`data/en_title_settings.tsv`)."""
    rows = [line.split("\t") for line in data_lines("en_title_settings.tsv")]
    return {row[0].strip(): row[1].strip() for row in rows}


def setting(title: str) -> bool:
    """The title's head (its last word, before any "of") is a medium, a role or a place."""
    head = title.split(" of ", maxsplit=1)[0].rsplit(maxsplit=1)[-1].lower()
    return head in setting_heads()


def setting_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it is a setting one bullet at most says and the bullets share a thing that
    is not one; then that thing; `used` updated."""
    if len(bullets) < MIN_SAYERS or not title or not setting(title):
        return title
    own = families(title)
    if sum(own <= families(b) for b in bullets) >= MIN_SAYERS:
        return title  # the group's own medium, role or place ("Phone Hacking" aside, two say it)
    found = shared_thing(bullets, group_texts, all_texts, used - {title.casefold()}, own)
    if not found or found.casefold() == title.casefold() or setting(found):
        return title
    return display_title(swapped_title(title, found, used), "en")
