"""An English roundup group titled by one club a bullet names ("Alfreton", "Leyton Orient"),
whose bullets all fall under one competition's section heading: blind readers of en-cnndm
briefs name "titles that only partly fit, such as naming football groups after single clubs
rather than leagues". A results roundup writes each section's heading glued to its first club
("League One Preston (home to Swindon) will be promoted …", "…….. Conference Barnet (home to
Gateshead) …"; headings in `data/en_competitions.tsv`); where the group's paragraphs write such
a heading and every bullet of the group comes after the same one in them, the competition titles
the group ("Alfreton" → "Conference"). The heading in force over a bullet is the last the whole
article writes before it: a section can open in a paragraph the group does not cite (en-cnndm 9's
"League Two Already-promoted Burton …" heads the passage before the group's "Shrewsbury will be
promoted …", "Hartlepool" → "League Two"). A group whose bullets fall under two sections names both
in the article's order, where each holds two bullets or more ("Ipswich"/"Millwall" of the
Championship, "Preston"/"Leyton Orient" of League One: "Leyton Orient" → "Championship and League
One"); a bullet the article writes before any heading leaves the title.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import display_title, free_of

MIN_BULLETS = 2  # bullets in the group, at least
OPENING_CHARS = 40  # of a bullet, found in the group's paragraphs
MAX_NAME_WORDS = 3  # of a club's name as a title
MAX_SECTIONS = 2  # the group's bullets fall under, at most
MIN_SECTION_BULLETS = 2  # of each section, where a group's bullets fall under two


@cache
def competitions() -> tuple[str, ...]:
    """The competitions a roundup heads its sections with (`data/en_competitions.tsv`)."""
    return tuple(line.strip() for line in data_lines("en_competitions.tsv"))


@cache
def _heading() -> re.Pattern[str]:
    """A competition written right before a capitalized word that is not its own ("League One
    Preston", not "Premier League Cup" nor "League One side")."""
    names = "|".join(re.escape(n) for n in sorted(competitions(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({names}) (?!League\b|Cup\b)[A-Z][a-z]")


def competition_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title`, or the competition whose section every bullet falls under where `title` is a
    club's name (see the module's note); `used` gains it."""
    if len(bullets) < MIN_BULLETS or not is_club_name(title):
        return title
    if not headings("\n".join(group_texts)):
        return title
    joined = "\n".join(all_texts)
    written = headings(joined)
    in_force: dict[str, int] = {}  # competition → its bullets, in the article's order
    for bullet in bullets:
        at = joined.find(bullet[:OPENING_CHARS])
        before = [name for start, name in written if start <= at] if at >= 0 else []
        if not before:
            return title  # a bullet the article writes before any heading
        in_force[before[-1]] = in_force.get(before[-1], 0) + 1
    if len(in_force) > MAX_SECTIONS or (len(in_force) > 1 and min(in_force.values()) < MIN_SECTION_BULLETS):
        return title
    competition = " and ".join(sorted(in_force, key=lambda name: _first_at(name, written)))
    if any(name.casefold() == title.casefold() for name in in_force) or not free_of(
        competition, used - {title.casefold()}
    ):
        return title
    used.add(competition.casefold())
    return display_title(competition, "en")


def _first_at(name: str, written: list[tuple[int, str]]) -> int:
    """Where the article first writes `name` as a heading."""
    return min(start for start, written_name in written if written_name == name)


def headings(text: str) -> list[tuple[int, str]]:
    """Where `text` writes a competition's section heading, and which ("League One" of "League
    One Preston (home to Swindon)")."""
    return [(m.start(), m.group(1)) for m in _heading().finditer(text)]


def is_club_name(title: str) -> bool:
    """A club's name: short, every word capitalized, no possessive ("Leyton Orient")."""
    words = title.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words) and "'" not in title
