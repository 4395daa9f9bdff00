"""A Chinese news group titled by a bare person's name ("刘天华", "刘慈欣") whose bullets report
a thing done of that person: a work named after them ("《聆听刘天华》", premiered and composed in
the group) or an honour conferred on them ("“荣誉景贤人才”称号"). That thing is the group's theme;
the name alone tells a reader who, not what. Readers of zh-news briefs mark such a name as no theme.

Read last in the later title chain, of a title the tagger reads as a name alone (`person_name`):
the one 《…》 work (4–12 characters inside the marks) holding the name that two or more of the
group's bullets write, else the one “…”称号 a bullet writes conferred on the name ("授予……刘慈欣
“荣誉景贤人才”称号"), 12 characters at most, as the text writes it, that no other group's bullet
writes and no title given holds (it may hold one: the overview's "景贤人才"). Where neither is
written, the name stays: a group about the person's own words or deeds (a player's game, a
volunteer's teaching) keeps its name.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import GroupTexts, each_swapped
from citebrief.text.zh_person_role import person_name

MAX_TITLE_CHARS = 12
MIN_WORK_BULLETS = 2  # a work one bullet names in passing is no theme of the group
_WORK = LazyPattern(r"《([^《》“”，。]{4,12})》")
# an honour conferred: "授予王晋康、刘慈欣“荣誉景贤人才”称号"; the name sits between 授予 and the quote
_CONFERRED = LazyPattern(r"授予(?P<whom>[^，。；“”]{2,20}?)(?P<honour>“[^“”，。]{2,10}”(?:荣誉)?称号)")


def name_event_titles(
    titles: list[str], groups: list[GroupTexts], bullets_of: list[list[str]], used: set[str]
) -> list[str]:
    """Each title, or where it is a person's name alone, the work named after them or the honour
    conferred on them that its group's bullets write (see the module's docstring). `groups`: each
    group's bullets and paragraphs, None for a heading's group; `bullets_of`: every group's
    bullets; `used`: the titles given (casefolded), which it updates."""
    return each_swapped(titles, groups, bullets_of, used, _bare_name, _event_of)


def _bare_name(title: str, bullets: list[str], texts: list[str]) -> bool:
    """A title that is a person's name alone, which a bullet writes."""
    del texts  # the title and its bullets tell
    return person_name(title) and any(title in bullet for bullet in bullets)


def _event_of(name: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The one work holding `name` two or more `bullets` write in 《》, else the one honour a
    bullet writes conferred on `name`; none another group's bullet (`others`) writes, free of
    `taken`; '' where none or more than one."""
    del texts  # the bullets write it
    works = {w for b in bullets for w in _WORK.findall(b) if name in w}
    found = {f"《{w}》" for w in works if sum(f"《{w}》" in b for b in bullets) >= MIN_WORK_BULLETS}
    if not found:
        found = {m["honour"] for b in bullets for m in _CONFERRED.finditer(b) if name in m["whom"]}
    found = {f for f in found if len(f) <= MAX_TITLE_CHARS and not any(f in o for o in others)}
    # held in no title given; it may hold one ("景贤人才" the overview names under "荣誉景贤人才")
    found = {f for f in found if not any(f.casefold() in t for t in taken)}
    return found.pop() if len(found) == 1 else ""
