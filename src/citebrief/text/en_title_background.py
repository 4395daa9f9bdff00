"""An English group that tells a person's past (career, earlier life, record: years, "joined
Wasps in 2002", "found national fame playing …") but is titled by one item of it ("England Cap",
"Harry Potter Films") takes the title an editor writes over such a group: "Haskell's Career",
"Hardy's Career". Blind readers of en-cnndm briefs scored the one item low: it names a detail,
not what the bullets together say.

Reads the group's bullets and its cited paragraphs. A bullet tells the past where it writes a year
(1900–2029) or a cue of `data/en_background_cues.tsv` ("career", "caps", "debut", "starred",
"joined"); half the bullets or more, two at least, must. The person is the one surname (a name the
article writes as a person's, `en_actors.is_person`, and never after "the": not "the London
Wasps captain") the bullets name most, no other as often; where they name no one and speak of
"he" or "she", the person their paragraphs name alone (`en_title_unnamed_person`: "Kayahan's
Career" of a singer's albums, not "Final Album"). The
title is "Surname's Career" only where the group's paragraphs write both the surname and the word
"career" as a noun of its own ("his broadcasting career", not "a 66th career title"; so
`en_overview_deed.grounded` finds it written there), the title is not already the
person's or the career's, and the phrase is free of the other titles. Runs after `people_title`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from citebrief.text.data_files import table_alternation
from citebrief.text.en_actors import is_person, key
from citebrief.text.en_title_career_person import career_person
from citebrief.text.en_title_possessed import owned_title
from citebrief.text.en_title_unnamed_person import unnamed_person
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

MIN_PAST_BULLETS = 2
MIN_CUES = 2  # distinct cues of a career the group's paragraphs write, where they lack the word
_YEAR = re.compile(r"\b(?:19\d\d|20[0-2]\d)\b")
_NAME = LazyPattern(r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,2})(?![\w-])")
_CAREER = "career"
# "career" as the thing itself ("his broadcasting career.", "his career at Wasps"), not a
# modifier of another noun ("his 66th career title", "a career-best score")
_CAREER_HEAD = LazyPattern(
    r"\bcareer\b(?!-)(?=\s*(?:$|[.,;:!?'’\")]|\s(?:in|at|with|as|and|to|of|that|which|so|has|had|was|is|but|for|from|on|after|before|spanning|when|while|began|ended)\b))"
)


@cache
def _cues() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + table_alternation("en_background_cues.tsv") + r")\b", re.IGNORECASE)


def background_title(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str
) -> str:
    """`title` as "Surname's Career" where the group tells one person's past (see the module's
    note); else `title`; `used` (casefolded titles given) updated."""
    if not title or "'" in title or "’" in title or _CAREER in title.casefold():
        return title
    past = sum(1 for b in bullets if _YEAR.search(b) or _cues().search(b))
    if past < max(MIN_PAST_BULLETS, (len(bullets) + 1) // 2):
        return title
    if not career_written(group_texts) and not (len(_cues_in(group_texts)) >= MIN_CUES and career_written(all_texts)):
        return title
    surname = _subject(bullets, all_texts) or unnamed_person(bullets, group_texts, all_texts, used)
    surname = surname or career_person(bullets, group_texts, all_texts, title)  # "Hardy", not his co-stars
    if not surname or surname.casefold() in title.casefold():
        return title
    if not any(on_word_boundaries(surname, t, "en") for t in group_texts):
        return title
    return owned_title(title, surname, f"{surname}'s Career", used)


def career_written(texts: list[str]) -> bool:
    """Whether `texts` write "career" as a noun of its own (see `_CAREER_HEAD`)."""
    return any(_CAREER_HEAD.search(t) for t in texts)


def career_grounded(subject: str, texts: list[str]) -> bool:
    """Whether a "Name's Career" title stands on `texts` (a group's paragraphs) without the word:
    the name written there and two distinct cues of a career at least ("first joined Wasps",
    "appearances", "England cap"). For `en_overview_deed.grounded` (`bench/brief_checks.py`)."""
    name, _, rest = subject.partition("'s ")
    if rest != "Career" or not any(on_word_boundaries(name, t, "en") for t in texts):
        return False
    return len(_cues_in(texts)) >= MIN_CUES


def _cues_in(texts: list[str]) -> set[str]:
    """The distinct cues of `data/en_background_cues.tsv` that `texts` write, case-folded."""
    return {m.group(0).casefold() for t in texts for m in _cues().finditer(t)}


def _after_the(name: str, all_texts: list[str]) -> bool:
    """Whether the article writes `name` after "the" ("the London Wasps captain"): a body or
    team, no person, whatever its two capitalized words look like."""
    after_the = re.compile(r"\b[Tt]he " + re.escape(name) + r"\b")
    return any(after_the.search(t) for t in all_texts)


def _subject(bullets: list[str], all_texts: list[str]) -> str:
    """The surname the bullets name most (one bullet at least), no other as often, or of those
    named as often, in two bullets at least, the one the first bullet opens on, the group's
    subject ("Bueno came through at Real Madrid ..." before the strikers whose footsteps he
    followed, en-cnndm 23); ''."""
    naming: Counter[str] = Counter()
    for bullet in bullets:
        names = [m.group(1) for m in _NAME.finditer(bullet)]
        surnames = {key(n) for n in names if is_person(n, all_texts) and not _after_the(n, all_texts)}
        naming.update(s for s in surnames if s)
    top = [s for s, n in naming.items() if n == max(naming.values())]
    if len(top) == 1:
        return top[0]
    opening = _NAME.match(bullets[0]) if top and naming[top[0]] >= MIN_PAST_BULLETS else None
    head = key(opening.group(1)) if opening else ""
    return head if head in top else ""
