"""A person one bullet quotes speaking as "we" does not title a group whose other bullet tells
what that "we" did under a plural name: "'We're no heroes,' Anna Berg told the paper" beside "The
Good Samaritans held the attacker" is about the Samaritans, of whom she is one; her name covers
her bullet only, theirs covers both. Where the title is a person's name that one bullet alone
says (its surname too), that bullet speaks in the first person plural, and the group's next
clean phrase is the plural subject another bullet opens on ("The Good Samaritans …"), that
phrase takes the title. Runs among the English title steps (`en_title_steps`), after the name
steps.
"""

from __future__ import annotations

from citebrief.text.en_actors import is_person
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.title_choice import en_group_phrase
from citebrief.text.titles import said_alone, swapped_title

_WE = LazyPattern(r"\b(?:[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Uu]s|[Oo]ur)\b")
_ARTICLE = ("the ", "these ", "those ")


def _opens_on(phrase: str, bullet: str) -> bool:
    """Whether `bullet` opens on `phrase` (an article before it allowed) as its subject."""
    lower, folded = bullet.casefold(), phrase.casefold()
    if any(lower.startswith(a) for a in _ARTICLE):
        lower = lower.split(" ", 1)[1]
    return lower.startswith(folded + " ")


def we_speaker_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` unless it names a person speaking as "we" whom the other bullets name as a plural
    subject (see the module's note); then that subject; `used` updated."""
    if len(bullets) < 2 or " " not in title or not is_person(title, all_texts):
        return title
    surname = title.rsplit(maxsplit=1)[-1]
    naming = [b for b in bullets if said_alone(surname, b)]
    if len(naming) != 1 or not _WE.search(naming[0]):
        return title
    others = [b for b in bullets if b is not naming[0]]
    phrase = en_group_phrase(bullets, group_texts, all_texts, set(used) | {title.casefold()}, False)
    if not phrase or not phrase.endswith("s") or is_person(phrase, all_texts):
        return title
    if not any(_opens_on(phrase, b) for b in others):
        return title
    return swapped_title(title, phrase, used)
