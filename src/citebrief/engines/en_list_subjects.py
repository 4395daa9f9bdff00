"""Two numbered lists run into one English block: each list's items are one subject's, and a group
never mixes the two.

A story that lists one person's oddities and then another's ("… each fighter has revealed a dozen
oddities about themselves 1. Twizzlers are … 12. His morning routine … 1 He eats steamed white
rice … 12. Manny is a big photography buff") comes as one block, its numbers inline: the runs of
neighbouring sentences and the shared words group "He averages over 1000 sit-ups" with "Manny
averages over 2,500 sit-ups", and the reader cannot tell whose item a bullet is. Where the block
numbers one list of MIN_ITEMS items or more in order and then starts again at 1 for another such
list, the theme bullets are grouped by the list they come from (in article order, MAX_GROUP a
group at most); bullets outside the lists keep their groups. A list's group is titled by its
person (a full name of the lead the list says most, "Manny Pacquiao") as the paragraphs the group
cites name him ("Manny"): a title says what its group cites. Only English blocks, and only where
a group mixed the lists: most articles have no such list and are left as they are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from citebrief.engines.scored import Draft
from citebrief.model import Document
from citebrief.text.lazy_re import LazyPattern

MIN_ITEMS = 3  # items in order each list numbers at least
MAX_GROUP = 5  # a list's bullets are cut into groups of this many at most
# an item number inline: one or two digits, a stop (none for a list's first item, as a restart
# is often written "… 10 minutes.. 1 He eats …"), then the item's capital; not in a figure
_NUMBER = LazyPattern(r"(?<![\w$£€%,.:/-])([0-9]{1,2})(\.?)\s+(?=['\"‘“(]?[A-Z])")
_QUICK = LazyPattern(r"\b2\. [A-Z]")
LEAD_SENTENCES = 2
MIN_MENTIONS = 2
_FULL_NAME = LazyPattern(r"(?<=[a-z,;] )[A-Z][a-z]+ [A-Z][a-z]+(?! [A-Z])")  # "Floyd Mayweather", past the start
_WORD = LazyPattern(r"[A-Z][a-z]+")


def _runs(text: str) -> list[tuple[int, int]]:
    """(start, last item's number end) of each list numbered 1, 2., 3. … in order in `text`."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    last = 0
    for match in _NUMBER.finditer(text):
        number, stop = int(match.group(1)), bool(match.group(2))
        if number == last + 1 and stop and last:
            last, end = number, match.end()
            continue
        if last >= MIN_ITEMS:
            runs.append((start, end))
        if number == 1:  # a list starts (again)
            start, end, last = match.start(), match.end(), 1
        else:
            last = 0
    if last >= MIN_ITEMS:
        runs.append((start, end))
    return runs


@dataclass(frozen=True)
class Lists:
    """Which list each sentence belongs to (1, 2, …; 0 outside them, [] where the article has
    no two lists), each list's subject, and the paragraph each sentence cites."""

    of_sentence: list[int]
    subjects: dict[int, str]
    cited: list[str]


NO_LISTS = Lists([], {}, [])


def list_of_sentences(document: Document) -> Lists:
    """For each sentence of an English document (as the engine's units count them), the list it
    belongs to where the text numbers two lists or more, and each list's subject."""
    # a second item's "2. " first, by str.find: the pattern scans the whole text at every place (~80 µs)
    if document.lang != "en" or "2. " not in document.text or _QUICK.search(document.text) is None:
        return NO_LISTS
    runs = _runs(document.text)  # a block cut into passages is one text: the lists run across them
    if len(runs) < 2:
        return NO_LISTS
    # each list from its first number to the next list's, the last one to the end of its last passage
    last = runs[-1][1]
    close = next((s.end for s in document.segments if s.start <= last <= s.end), len(document.text))
    starts = [a for a, _ in runs]
    bounds = list(zip(starts, [*starts[1:], close], strict=True))
    result: list[int] = []
    cited: list[str] = []
    for segment in document.segments:
        for sentence in segment.sentences:
            middle = (sentence.start + sentence.end) // 2
            result.append(next((k for k, (a, b) in enumerate(bounds, 1) if a <= middle < b), 0))
            cited.append(segment.text)
    return Lists(result, _subjects(document, bounds), cited)


def _subjects(document: Document, bounds: list[tuple[int, int]]) -> dict[int, str]:
    """Each list's subject: the person of the article's lead (a full name its first sentences
    give) whose names the list's text says most, MIN_MENTIONS times or more; none where two
    lists would share one or a list names no one of the lead."""
    lead = document.segments[0].sentences[:LEAD_SENTENCES]
    people = dict.fromkeys(m.group() for s in lead for m in _FULL_NAME.finditer(s.text))
    found: dict[int, str] = {}
    for number, (start, end) in enumerate(bounds, 1):
        words = Counter(_WORD.findall(document.text, start, end))
        said = {person: sum(words[part] for part in person.split()) for person in people}
        best = max(said, key=lambda person: said[person], default="")
        if best and said[best] >= MIN_MENTIONS:
            found[number] = best
    return found if len(set(found.values())) == len(found) == len(bounds) else {}


def _said_name(person: str, texts: list[str]) -> str:
    """The subject as the group's cited paragraphs name it (a title says what its group cites):
    in full, or the part of the name they say most ("Manny"), or nothing."""
    if not person or any(person in text for text in texts):
        return person
    counts = Counter(w for text in texts for w in _WORD.findall(text))
    best = max(person.split(), key=lambda part: counts[part])
    return best if counts[best] else ""


def by_list(drafts: list[Draft], found: Lists) -> list[Draft]:
    """The theme groups with each list's bullets in groups of their own where a group mixed two
    lists' bullets, titled by the list's subject where it is one group; unchanged otherwise."""
    lists, subjects = found.of_sentence, found.subjects
    if not lists or any(i >= len(lists) for d in drafts for i in d.picked):
        return drafts  # (the sentences are the engine's units, one for one: never otherwise)
    if not any(len({lists[i] for i in d.picked} - {0}) >= 2 for d in drafts):
        return drafts
    kept = [Draft(d.theme, [i for i in d.picked if not lists[i]], d.title) for d in drafts]
    result = [d for d in kept if d.picked]
    theme_of = {i: d.theme for d in drafts for i in d.picked}
    for number in sorted({lists[i] for d in drafts for i in d.picked} - {0}):
        items = sorted(i for d in drafts for i in d.picked if lists[i] == number)
        parts = -(-len(items) // MAX_GROUP)
        size = -(-len(items) // parts)
        for at in range(0, len(items), size):
            picked = items[at : at + size]
            person = subjects.get(number, "") if parts == 1 else ""
            title = _said_name(person, list(dict.fromkeys(found.cited[i] for i in picked)))
            result.append(Draft(theme_of[items[at]], picked, title))
    return sorted(result, key=lambda d: min(d.picked))
