"""English group titles a reader marks down though they are phrases of the group: a person's
name over what the group reports ("Michael Lurie" over a zoo's plan to press charges, "Manohar"
over the counts a doctor denies) and an outlet's time label ("Saturday's Opening Session" over
a snooker match). A reader wants the event or the matter the bullets report: where one of the
bullets names it in a noun phrase headed by an event word ("child endangerment charges",
"sexual assault"), that phrase titles the group; a person only where none does.
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import person_key
from citebrief.text.en_chunks import en_chunks, word_classes
from citebrief.text.en_title_choice import family, heard, said_outside_quotes
from citebrief.text.en_title_cover import fits as fits_text
from citebrief.text.en_title_score_lead import score_lead_title
from citebrief.text.en_titles import event_word
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, on_word_boundaries, said_alone, swapped_title

MIN_WORDS, MAX_WORDS = 2, 5
# "Saturday's", "Monday night's", "last week's": when the outlet's day was, not what it was about
_TIME_LABEL = LazyPattern(
    r"^(?:(?:last|this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"tomorrow|tonight|week|weekend|month|year)(?:\s+(?:night|morning|afternoon|evening))?['’]s?\b",
    re.IGNORECASE,
)
_NUMBER_BEFORE = LazyPattern(r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|[\w-]+-year-old)[\s-]$")
_JOINED = LazyPattern(r" (?:of|on|against|for|over) ")


def time_label(title: str) -> bool:
    """The title opens on a day said as an outlet dates its report ("Saturday's Opening Session")."""
    return bool(_TIME_LABEL.match(title))


def _head(phrase: str) -> str:
    """A phrase's head word: the last before "of"/"on" ("counts of sexual assault" → "counts")."""
    return _JOINED.split(phrase, maxsplit=1)[0].split()[-1]


def event_phrase(bullets: list[str], used: set[str]) -> str:
    """The noun phrase of 2-5 words, headed by an event or a matter (`event_word`), that the
    bullets `bullets` report in their own words, not in a quotation, and not "X on Y" ("charges on
    Monday" says when, "reforms on the behaviour" reads as a clause) ("child endangerment
    charges", "sexual assault"): the one whose head most bullets say, then the longer, then the
    earlier; '' where the bullets name no event or a title in `used` holds that one ("Death
    Penalty" over another group: "Terror Attack" of one bullet's aside would not do)."""
    said = [heard(b) for b in bullets]
    best: tuple[int, int, int] | None = None
    found = ""
    order = 0
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            order += 1
            text = chunk.text
            words = text.split()
            if chunk.name_only or not MIN_WORDS <= len(words) <= MAX_WORDS or time_label(text) or " on " in text:
                continue
            head = _head(text)
            if not event_word(head.lower()) or not said_outside_quotes(text, [bullet]):
                continue
            if _NUMBER_BEFORE.search(bullet[: bullet.find(text)]):
                continue  # "two day trial" cut to "day trial"
            rank = (-sum(family(head.lower()) in s for s in said), -len(words), order)
            if best is None or rank < best:
                best, found = rank, text
    folded = found.casefold()
    if any(folded in u or u in folded for u in used):
        return ""  # the event the bullets most name titles another group: the next is a side detail
    return found


def _person(title: str, all_texts: list[str]) -> bool:
    """The title is a person's name as the article writes it ("Michael Lurie", "Manohar")."""
    words = title.split()
    if not words or not all(w[:1].isupper() for w in words) or "NOUN" in word_classes(words[-1].lower()):
        return False  # "Hillsborough Justice Campaign", "Elland Road": a thing's name
    return bool(person_key(title, all_texts))


def person_title(title: str, all_texts: list[str]) -> bool:
    """`_person` for another English title step (en_title_gist)."""
    return _person(title, all_texts)


def _named_person(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """The full name of a person (two or three words, as the group's paragraphs `group_texts`
    write it) whose surname half the bullets say or more, the first written of those ("Ali Carter"
    over his match); '' where no bullet names a person."""
    counts: dict[str, int] = {}
    for text in group_texts:
        for chunk in en_chunks(text):
            name = chunk.text
            if chunk.name_only and MIN_WORDS <= len(name.split()) <= MAX_WORDS - 2 and not _POSSESSIVE.search(name):
                last = name.split()[-1]
                counts.setdefault(name, sum(said_alone(last, b) for b in bullets))
    fit = [
        n for n, c in counts.items() if 2 * c >= len(bullets) and person_key(n, all_texts) and n.casefold() not in used
    ]
    return max(fit, key=lambda n: counts[n], default="")  # the first of the most said


_POSSESSIVE = LazyPattern(r"['’]")


def reader_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as a reader would have it: a person's name gives way to the event the bullets
    name (`event_phrase`); a time label ("Saturday's Opening Session") to that event, else to
    the person most bullets name, else to the lead the bullets tell ("O'Sullivan's 12-4 Lead":
    `en_title_score_lead`); any other title is kept. `group_texts` are the group's cited
    paragraphs, `all_texts` the article's."""
    if not title:
        return title
    if time_label(title):
        found = event_phrase(bullets, used)
        if found and fits_text(found, group_texts):
            return display_title(found, "en")
        # a name is a name wherever a caption runs into it ("Sheffield Ali Carter"): said on word boundaries
        found = _named_person(bullets, group_texts, all_texts, used)
        if found and any(on_word_boundaries(found, t, "en") for t in group_texts):
            return found
        return score_lead_title(bullets, all_texts, used) or title  # "O'Sullivan's 12-4 Lead"
    if _person(title, all_texts):
        found = event_phrase(bullets, used | {title.casefold()})
        if found and fits_text(found, group_texts):
            # the name stands no more: a later step may name the group by it (`en_title_apart`);
            # a time label stays in the guard, so no later step brings back "Opening Session"
            return display_title(swapped_title(title, found, used), "en")
    return title
