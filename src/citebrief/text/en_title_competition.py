"""An English roundup group titled by one club a bullet names ("Alfreton", "Leyton Orient"),
whose bullets all fall under one competition's section heading: blind readers of en-cnndm
briefs name "titles that only partly fit, such as naming football groups after single clubs
rather than leagues". A results roundup writes each section's heading glued to its first club
("League One Preston (home to Swindon) will be promoted …", "…….. Conference Barnet (home to
Gateshead) …"; headings in `data/en_competitions.tsv`); where the group's paragraphs write such
a heading and every bullet of the group comes after the same one in them, the competition titles
the group ("Alfreton" → "Conference"). A bullet before any heading in the group's paragraphs (a
section that opened in a paragraph the group does not cite) leaves the title, since the title
must be written in the group's paragraphs and the heading in force there is another's — unless the
article writes two competitions' headings or more (a sectioned roundup) and the one heading in
force for every bullet is written in an earlier passage (en-cnndm 9's "Hartlepool" → "League
Two", headed in passage 5 above the group's 6-7; bench/brief_checks.py accepts such a title by
the same `section_in_force`). A group across two sections keeps its title.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.brief_memo import per_brief
from citebrief.text.data_files import data_lines
from citebrief.text.titles import display_title, free_of

MIN_BULLETS = 2  # bullets in the group, at least
OPENING_CHARS = 40  # of a bullet, found in the group's paragraphs
MAX_NAME_WORDS = 3  # of a club's name as a title
MIN_SECTIONS = 2  # competitions whose headings the article writes, to read a heading outside the group's paragraphs


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
    competition = section_in_force(bullets, group_texts) or section_in_force(bullets, all_texts, MIN_SECTIONS)
    if not competition:
        return title
    if competition.casefold() == title.casefold() or not free_of(competition, used - {title.casefold()}):
        return title
    used.add(competition.casefold())
    return display_title(competition, "en")


def section_in_force(bullets: list[str], texts: list[str], sections: int = 1) -> str:
    """The competition whose section heading, written in `texts` before its end (`bullet_end`), is
    the last before every bullet, where `texts` write `sections` competitions' headings or more; else ""."""
    joined = "\n".join(texts)
    written = headings(joined)
    if len({name for _, name in written}) < sections:
        return ""
    in_force: set[str] = set()
    for bullet in bullets:
        at = bullet_end(joined, bullet)
        name = heading_at(written, at) if at >= 0 else None
        if name is None:
            return ""  # a bullet of a section headed outside `texts`, or before any heading
        in_force.add(name)
    return in_force.pop() if len(in_force) == 1 else ""


def heading_at(written: tuple[tuple[int, str], ...], at: int) -> str | None:
    """The name of the last heading of `written` (`headings`) that starts at offset `at` or before;
    None where none does."""
    before = [name for start, name in written if start <= at]
    return before[-1] if before else None


def bullet_end(text: str, bullet: str) -> int:
    """Where `bullet` ends in `text` (-1 where its opening is not found): a heading glued inside
    it is in force for it ("… Derby can secure a play-off spot Championship Watford (away to
    Brighton) will be promoted …", a caption run into a section's first line, en-cnndm 9)."""
    at = text.find(bullet[:OPENING_CHARS])
    if at < 0:
        return at
    tail = bullet[-OPENING_CHARS:]
    end = text.find(tail, at)
    return end + len(tail) - 1 if end >= 0 else at


@per_brief(maxsize=8)  # every group's title asks it of the same whole article
def headings(text: str) -> tuple[tuple[int, str], ...]:
    """Where `text` writes a competition's section heading, and which ("League One" of "League
    One Preston (home to Swindon)")."""
    return tuple((m.start(), m.group(1)) for m in _heading().finditer(text))


def is_club_name(title: str) -> bool:
    """A club's name: short, every word capitalized, no possessive ("Leyton Orient")."""
    words = title.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words) and "'" not in title
