"""An English group title that says when, not what: blind readers of en-xsum and en-cnndm briefs
mark "Tuesday Afternoon" (of "Selby begins his last-eight match on Tuesday afternoon") and
"November's Game" as the time a bullet mentions, not the group's theme. Such a title gives way to
what happens at that time: the group's best-ranked phrase of two to five words that a bullet
saying the time phrase writes outside quotation marks ("Reverse Fixture"), or the phrase a
bullet ends on the time ("last-eight match on Tuesday afternoon" → "Last-eight Match"); where
none fits, it stays.

A name that holds a time word stays ("Anzac Day", "January Jones"): its other words are
capitalized where the paragraphs write it. A phrase only someone's quotation says is
`en_title_quoted`'s; read over the paragraphs, whose cuts open and close quotations mid-way,
quotation marks misjudge too many narrated titles ("Tax Cut", "Medallist's Crash") to move one.

A bare time ("October" of "first arrested in October") gives way to a single word as well. An
overview's subject that is only a time ("Afternoon" of "evacuated for most of the morning and
early afternoon") names no theme either: the next way of choosing one takes its turn
(`untimed_subject`).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_lead_thread import OPENING_SENTENCES, lead_thread
from citebrief.text.en_title_choice import ranked_phrases
from citebrief.text.en_title_quoted import narrated
from citebrief.text.en_title_vague import plain_phrase
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MIN_WORDS, MAX_WORDS = 2, 5  # a title's length in words, the one it yields and the one it takes
TRIES = 12
_NAME_TOO = "may"  # the month, and a surname a bare title means more often ("May's Cabinet")
_POSSESSIVE = re.compile(r"['’]s?$")
# the words that tie a time to what happens at it ("match on Tuesday afternoon", "in the season")
_TIME_LINK = re.compile(r"\s+(?:(?:back\s+)?(?:on|in|at|during|by|from|until)\s+)?(?:(?:the|this|last|next)\s+)?$")


def time_title(bullets: list[str], texts: list[str], every_text: list[str], guard: set[str], title: str) -> str:
    """`title` unless it says a time (`time_phrase`) and a phrase of what happens at it fits in
    its place (`_at_time`); `guard` updated."""
    bare = only_time(title, texts)  # "October": any word the group writes names more
    if len(bullets) < 2 or not (bare or len(title.split()) >= MIN_WORDS) or not time_phrase(title, texts):
        return title
    least = 1 if bare else MIN_WORDS
    others = guard - {title.casefold()}
    timed = [b for b in bullets if on_word_boundaries(title, b, "en")]
    for text, _covered in ranked_phrases(bullets, texts, every_text, others, 0.0)[:TRIES]:
        phrase = _before_time(text, title)
        if not least <= len(phrase.split()) <= MAX_WORDS or time_phrase(phrase, texts):
            continue
        if "ADJ" in word_classes(phrase.split()[-1].lower()):
            continue  # "Outdoor Personal" of "outdoor personal best": a phrase cut before its noun
        if not free_of(phrase, others) or not plain_phrase(phrase, texts) or not narrated(phrase, timed):
            continue
        if any(on_word_boundaries(phrase, b, "en") for b in timed):
            return display_title(swapped_title(title, phrase, guard), "en")
    return title


def untimed_subject(subject: str, texts: list[str], sentences: list[str]) -> str:
    """The overview's `subject`, or '' where it is only a time (`only_time`), so that the next
    way of choosing one takes its turn; the time stays in the caller's used phrases, so no
    group is titled by it alone either. Where the lead's thread runs through the article's
    `sentences`, the time stays for `en_title_detail.overview_subject` to give it ("Dog")."""
    if not subject or not only_time(subject, texts):
        return subject
    return subject if lead_thread(sentences[:OPENING_SENTENCES], sentences, set()) else ""


def only_time(title: str, texts: list[str]) -> bool:
    """Every word says when ("July", "Saturday Afternoon"), and the paragraphs write it as no
    name (`time_phrase`); a bare "May" is as likely Theresa May as the month."""
    words = [_POSSESSIVE.sub("", w).lower() for w in title.split()]
    if not words or words == [_NAME_TOO] or not all(w in _time_words() for w in words):
        return False
    return time_phrase(title, texts)


def _before_time(phrase: str, title: str) -> str:
    """The phrase less the time it ends on and the words that tie it ("last-eight match on
    Tuesday afternoon" → "last-eight match"); the phrase itself when it ends on no such time."""
    if not phrase.casefold().endswith(" " + title.casefold()):
        return phrase
    return _TIME_LINK.sub("", phrase[: -len(title)])


def time_phrase(title: str, texts: list[str]) -> bool:
    """Headed by a word that says when ("Tuesday Afternoon", "Final Year") or owned by one
    ("November's Game"); "Anzac Day" is a name, its other word capitalized where the paragraphs
    write it (a title's own capitals are Title Case, no sign)."""
    words = title.split(" of ", maxsplit=1)[0].split()
    times = _time_words()
    if any(_POSSESSIVE.sub("", w).lower() in times for w in words[:-1] if _POSSESSIVE.search(w)):
        return True
    if words[-1].lower() not in times:
        return False
    written = next((_written(title, t) for t in texts if on_word_boundaries(title, t, "en")), "")
    return not any(w[:1].isupper() and w.lower() not in times and not _POSSESSIVE.search(w) for w in written.split())


def _written(title: str, text: str) -> str:
    """The title's words as the text writes them (first place, any case)."""
    at = text.casefold().find(title.casefold())
    return text[at : at + len(title)] if at >= 0 else ""


@cache
def _time_words() -> frozenset[str]:
    """`data/en_time_words.tsv`, read on first use."""
    return frozenset(line.strip() for line in data_lines("en_time_words.tsv"))
