"""An English group title that is one item of a list in a bullet introducing a person, where no
other phrase of the group's bullets may title it: "Civil War" of "Lee Thompson's seen plenty in
his 14 years as an award-winning photojournalist covering the civil war in Libya, the revolution
in Egypt, the tsunami in Japan ...", over a group of his photographs. The list is the person's
past, not the group's theme; the person the group's first bullet opens on is what the group is
about ("Lee Thompson"). Reads English news bullets; only a full name (two words or more, a
person's by `en_actors.person_key`) that opens the bullet as written and that the article
names again by surname (three times at least).
"""

from __future__ import annotations

from citebrief.text.en_actors import person_key
from citebrief.text.en_overview_most import capital_runs
from citebrief.text.titles import free_of, mentions

MIN_SURNAME = 3  # the article names the person by surname this often at least
MIN_NAME_WORDS = 2


def opening_person(bullets: list[str], all_texts: list[str], used: set[str]) -> str:
    """The full name of a person the group's first bullet opens on (its subject or a possessive:
    "Lee Thompson's seen plenty"), named again in the article; ''."""
    if not bullets:
        return ""
    runs = capital_runs(bullets[0])
    if not runs or not bullets[0].startswith(runs[0]):
        return ""
    name = runs[0].removesuffix("'s").removesuffix("’s")
    if len(name.split()) < MIN_NAME_WORDS or not person_key(name, all_texts) or not free_of(name, used):
        return ""
    return name if mentions(name.split()[-1], all_texts) >= MIN_SURNAME else ""
