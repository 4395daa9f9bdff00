"""An English group title one bullet says, where the group is one fixture of a round-up: blind
readers of news briefs mark "Leg Injury" over a rugby preview's "WASPS v EXETER (SUNDAY: Ricoh
Arena, 2pm) Nathan Hughes will wear No 8 …" and "Phil Dollman is out with a leg injury"
(en-cnndm 107) as one bullet's detail: the group is that match's team news. Where the title's
words are said by one bullet at most and the group's bullets open exactly one fixture heading
(two sides in capitals joined by "v", a day in brackets after them), the fixture takes the
title's place, as a reader writes it ("Wasps v Exeter"); a fixture another title holds keeps it.
A group whose bullets open several fixture headings, all of one day ("GLOUCESTER v NEWCASTLE
(SATURDAY: …", "LEICESTER V LONDON WELSH (SATURDAY: …", "NORTHAMPTON V SARACENS (SATURDAY: …"), is
that day's fixtures: readers named "Tigers Appearance", one bullet's, over them (en-cnndm 107), and
no one match names the group ("Saturday's Fixtures"); fixtures of Saturday and Sunday are the
weekend's ("Weekend Fixtures"); fixtures of other different days keep the title. A heading cut off
its team news (`text/en_fixture_heads.py`) is no longer the bullet's front: the heading a bullet's
sentence stands under is the last one before it in its passage. A cut of a one-block article into
passages can fall between a heading and its team news ("… WASPS v EXETER (SUNDAY: Ricoh Arena, 2pm)"
| "Nathan Hughes will wear …"): a bullet that opens its passage stands under the heading that closes
the passage before; read without it, Sunday's team news went under "Saturday's Fixtures" (en-cnndm 107).
"""

from __future__ import annotations

import re

from citebrief.text.en_title_majority import sayers
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, swapped_title

# "WASPS v EXETER (SUNDAY: …", "LEICESTER V LONDON WELSH (SATURDAY: …": the sides in capitals
_HEADING = (
    r"([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3}) [vV] ([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3}) \("
    r"(?:((?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)\b)?"
)
_FIXTURE = LazyPattern("^" + _HEADING)
_FIXTURE_IN = LazyPattern(r"(?<![\w'’.-])" + _HEADING)  # a heading anywhere in a paragraph
_DAYS_FIXTURES = "'s Fixtures"
_WEEKEND = frozenset({"SATURDAY", "SUNDAY"})
WEEKEND_FIXTURES = "Weekend Fixtures"
_BRACKET_END = LazyPattern(r"[^()]*\)\s*")  # the rest of a heading's bracket, and nothing after it
_FIND_CHARS = 40  # a bullet is found in its passage by its first characters (its end may be trimmed)


def fixture_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless one bullet at most says its words and the bullets open one fixture heading
    (`_FIXTURE`), or several of one day; `used` updated."""
    if not title or sayers(title, bullets) > 1:
        return title
    heads = [m for b in bullets if (m := _FIXTURE.match(b) or _heading_before(b, group_texts, all_texts))]
    if 2 * len(heads) < len(bullets):
        return title  # most of the group is no team news: a fixture one bullet stands under names none of it
    fixtures = {(m.group(1), m.group(2)) for m in heads}
    days = {m.group(3) for m in heads}
    if len(fixtures) == 1:
        home, away = fixtures.pop()
        shown = f"{_side(home)} v {_side(away)}"
    elif len(fixtures) > 1 and len(days) == 1 and None not in days:
        shown = _side(days.pop()) + _DAYS_FIXTURES  # "Saturday's Fixtures": no one match names the group
    elif len(fixtures) > 1 and days == _WEEKEND:
        shown = WEEKEND_FIXTURES  # Saturday's and Sunday's matches
    else:
        return title
    if not free_of(shown, used - {title.casefold()}):
        return title
    return swapped_title(title, shown, used)


def _heading_before(bullet: str, texts: list[str], every_text: list[str]) -> re.Match[str] | None:
    """The fixture heading `bullet`'s sentence stands under in its passage: the last one before it,
    where the heading was cut off the sentence ("GLOUCESTER v NEWCASTLE (SATURDAY: …) | Dan Robson …");
    for a bullet that opens its passage, the heading that closes the passage before, where a cut
    fell between a heading and its team news (`_closing_heading`)."""
    front = bullet[:_FIND_CHARS]
    for text in texts:
        at = text.find(front)
        if at > 0:
            last = None
            for last in _FIXTURE_IN.finditer(text, 0, at):  # noqa: B007 (the last one is wanted)
                pass
            return last
        if at == 0 and text in every_text and (index := every_text.index(text)) > 0:
            return _closing_heading(every_text[index - 1])
    return None


def _closing_heading(text: str) -> re.Match[str] | None:
    """The fixture heading `text` ends on, nothing after its bracket ("… PREDICTION: Home win.
    WASPS v EXETER (SUNDAY: Ricoh Arena, 2pm)"); None where its team news follows it there."""
    last = None
    for last in _FIXTURE_IN.finditer(text):  # noqa: B007 (the last one is wanted)
        pass
    return last if last is not None and _BRACKET_END.fullmatch(text, last.end()) else None


def _side(name: str) -> str:
    """A side's name in capitals as a reader writes it: "LONDON WELSH" → "London Welsh"."""
    return " ".join(word[:1] + word[1:].lower() for word in name.split())


def fixtures_grounded(subject: str, texts: list[str]) -> bool:
    """Whether a "Day's Fixtures" title stands on `texts` (a group's paragraphs) without the word:
    two fixture headings of that day or more written there ("GLOUCESTER v NEWCASTLE (SATURDAY:
    …"). For `en_overview_deed.grounded` (`bench/brief_checks.py`)."""
    heads = [m for t in texts for m in _FIXTURE_IN.finditer(t)]
    if subject == WEEKEND_FIXTURES:  # a Saturday and a Sunday heading at least
        return {m.group(3) for m in heads} >= _WEEKEND
    day, found, rest = subject.partition(_DAYS_FIXTURES)
    if not found or rest:
        return False
    return len({(m.group(1), m.group(2)) for m in heads if _side(m.group(3) or "") == day}) > 1
