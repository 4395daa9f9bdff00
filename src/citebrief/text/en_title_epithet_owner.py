"""An English theme title owned by an epithet ("Father-of-three's Pictures", "42-year-old's
Arrest"): the writer's way not to repeat a person's name, which a reader of the title alone cannot
place (blind readers of en-xsum 113: "a label rather than a theme"). The title takes the person's
name as the group's bullets write it ("Mr Walls' Pictures").

The person is the one the article names last before it first writes the epithet as an owner
("Ryan Walls took pictures ... The 42-year-old said ... Now the father-of-three's pictures ..."),
a name the article writes as a person's (`en_actors.is_person`), and a bullet of the brief names
them by their surname (the group's own may not: "he said"): "Mr Walls" with a courtesy title where
the article writes one, else the name as the article writes it last before the epithet. Where no
person is named before the epithet, or no bullet names them, the title stays. `epithet_grounded`
grounds such a title for `bench/brief_checks.py`: the name as written, the thing after the epithet.
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import is_person, key
from citebrief.text.en_title_possessed import NAME_RUN
from citebrief.text.titles import free_of, on_word_boundaries, swapped_title

# an epithet that stands for a person: "father-of-three", "mother-of-two", "42-year-old"
_EPITHET = r"[A-Za-z]+-of-[a-z]+|\d+-year-old"
_EPITHET_OWNED = re.compile(rf"(?P<epithet>{_EPITHET})['’]s (?P<thing>\S.*)", re.IGNORECASE)
_OWNED = re.compile(r"(?P<name>.+?)['’]s? (?P<thing>\S.*)")  # "Mr Walls' Pictures"
_COURTESY = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?"


def epithet_owner_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the same thing owned by the person its epithet owner stands for (see the
    module's note); `bullets` are the brief's; `used` (casefolded titles given) follows the swap."""
    found = _EPITHET_OWNED.fullmatch(title)
    if not found:
        return title
    text = "\n".join(texts)
    at = re.search(rf"(?<![\w-]){re.escape(found['epithet'])}['’]s\b", text, re.IGNORECASE)
    if not at:
        return title
    named = [m.group(1) for m in NAME_RUN.finditer(text, 0, at.start()) if is_person(m.group(1), texts)]
    surname = key(named[-1]) if named else ""
    if not surname or not any(on_word_boundaries(surname, b, "en") for b in bullets):
        return title
    courtesy = re.search(rf"(?<![\w'’-]){_COURTESY} {re.escape(surname)}(?![\w'’-])", text)
    name = courtesy.group(0) if courtesy else named[-1]
    owned = f"{name}'{'' if name.endswith('s') else 's'} {found['thing']}"
    if not free_of(owned, used - {title.casefold()}):
        return title
    return swapped_title(title, owned, used)


def epithet_grounded(title: str, texts: list[str]) -> bool:
    """Whether `title` ("Mr Walls' Pictures") stands on the article's words as this module makes
    it: the name as written, and the thing as written after an epithet's possessive ("the
    father-of-three's pictures")."""
    found = _OWNED.fullmatch(title)
    if not found or not any(on_word_boundaries(found["name"], t, "en") for t in texts):
        return False
    after = re.compile(rf"(?<![\w-])(?:{_EPITHET})['’]s {re.escape(found['thing'])}(?![\w'’-])", re.IGNORECASE)
    return any(after.search(t) for t in texts)
