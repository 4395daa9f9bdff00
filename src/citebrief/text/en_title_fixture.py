"""An English group title one bullet says, where the group is one fixture of a round-up: blind
readers of news briefs mark "Leg Injury" over a rugby preview's "WASPS v EXETER (SUNDAY: Ricoh
Arena, 2pm) Nathan Hughes will wear No 8 …" and "Phil Dollman is out with a leg injury"
(en-cnndm 107) as one bullet's detail: the group is that match's team news. Where the title's
words are said by one bullet at most and the group's bullets open exactly one fixture heading
(two sides in capitals joined by "v", a day in brackets after them), the fixture takes the
title's place, as a reader writes it ("Wasps v Exeter"); a group of several fixtures keeps its
title (no one match names it), as does a fixture another title holds.
"""

from __future__ import annotations

from citebrief.text.en_title_majority import sayers
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, swapped_title

# "WASPS v EXETER (SUNDAY: …", "LEICESTER V LONDON WELSH (SATURDAY: …": the sides in capitals
_FIXTURE = LazyPattern(
    r"^([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3}) [vV] ([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3}) \("
)


def fixture_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless one bullet at most says its words and the bullets open one fixture heading
    (`_FIXTURE`); `used` updated."""
    if not title or sayers(title, bullets) > 1:
        return title
    fixtures = {(m.group(1), m.group(2)) for b in bullets if (m := _FIXTURE.match(b))}
    if len(fixtures) != 1:
        return title
    home, away = fixtures.pop()
    shown = f"{_side(home)} v {_side(away)}"
    if not free_of(shown, used - {title.casefold()}):
        return title
    return swapped_title(title, shown, used)


def _side(name: str) -> str:
    """A side's name in capitals as a reader writes it: "LONDON WELSH" → "London Welsh"."""
    return " ".join(word[:1] + word[1:].lower() for word in name.split())
