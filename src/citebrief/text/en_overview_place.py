"""An English overview titled by where its lead's news happened ("Key points: Sydney Harbour"
over "up to 2500 passengers stranded on a cruise ship ... outside Sydney Harbour"; "Key points:
Cleveland Metroparks Zoo" over "A two-year-old boy is recovering after falling into a cheetah
exhibit at the Cleveland Metroparks Zoo"). A place the first sentence writes only after a
preposition of place says where, not what: readers want the thing the lead is about. The next
phrase the lead's choice ranks (`title_choice.subject_title`) stands in its place, else a name
the first sentence writes that the article says more often than the place and in more
paragraphs, no day's ("Carnival Spirit", the cruise ship stranded outside
Sydney Harbour).
"""

from __future__ import annotations

import re

from citebrief.model import Lang
from citebrief.text.calendar_names import DAY_NAMES, MONTH_ALTERNATION
from citebrief.text.en_chunks import en_chunks
from citebrief.text.en_overview_happening import lead_happening, whose_happening
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family
from citebrief.text.name_places import phrase_spans
from citebrief.text.title_choice import subject_title
from citebrief.text.titles import free_of, mentions, swapped_title

# "outside Sydney Harbour", "at the Cleveland Metroparks Zoo", "to the U.S. Virgin Islands"
# "at a recent Reclaim Australia rally": what the guards were pictured at, not what they did
_PREPOSITION = r"\b(?:in|at|outside|inside|near|to|from|into|across)\s(?:the\s|an?\s(?:recent\s)?)?"
# "Santa Monica, " before "Los Angeles": a narrower place, then the wider; not a date's comma
# ("in December, Blizerian")
_NARROWER = rf"(?!(?:{MONTH_ALTERNATION}|{'|'.join(DAY_NAMES)})\b)(?:[A-Z][\w'’.-]*\s){{0,3}}[A-Z][\w'’.-]*,\s"
_WHERE = re.compile(rf"{_PREPOSITION}(?:{_NARROWER})?$")
_WIDER = re.compile(rf"{_PREPOSITION}{_NARROWER}$")  # only the wider place of "in Santa Monica, Los Angeles"
_BEFORE = 50  # characters before a place that hold its preposition, "the" and a narrower place


def only_where(subject: str, first: str, where: re.Pattern[str] = _WHERE) -> bool:
    """Whether the `first` sentence writes `subject` and each time right after a preposition of
    place (`where`: the words before it that say so)."""
    places = [start for start, _ in phrase_spans(subject, first)]  # no pattern compiled per subject
    return bool(places) and all(where.search(first[max(0, at - _BEFORE) : at]) for at in places)


def _only_where_in_lead(subject: str, lead: list[str]) -> bool:
    """Whether the first sentence of the `lead` that writes `subject` writes it only where
    something happened: the first sentence, else a later one of the lead that writes it as the
    wider place after a narrower one ("Footage shows the skater ... in Santa Monica, Los
    Angeles" under a first sentence that names no place). A later sentence's "at the Duncan's
    District Court" is left to the steps after, which find the person the story is about."""
    for at, sentence in enumerate(lead):
        if any(True for _ in phrase_spans(subject, sentence)):
            return only_where(subject, sentence, _WHERE if at == 0 else _WIDER)
    return False


def past_where(subject: str, lead: list[str], texts: list[str], lang: Lang, used: set[str]) -> str:
    """The lead's next phrase where its choice `subject` is only where the first sentence's news
    happened (see the module's note); else `subject`."""
    if not subject or not lead:
        return subject
    if not _only_where_in_lead(subject, lead):  # "Execution of Three Men", not "Syrian Government" they were agents of
        happening = whose_happening(subject, lead[0], texts, used)
        return swapped_title(subject, happening, used) if happening else subject
    # the first sentence's own phrases: its first choice past the place, a thing it writes in lower
    # case (not "Nepal", "Monday"; a second try gave "Border", "Constant Flow")
    first = _said_plainly(lead)
    other = subject_title([first], texts, lang, set(used) | {subject.casefold()})  # a copy: the trial adds to it
    if not other or subject.casefold() in other.casefold() or not _common(other, first):
        other = _named_more(subject, first, texts, used)  # "Carnival Spirit", the ship stranded outside it
    if not other:  # "Terrorism Charges", not "Syria" the men were accused of travelling to
        other = lead_happening(first, texts, used)
    return swapped_title(subject, other, used) if other else subject


# "It's not intended to be a safety video.": what the story is not
_DENIAL = re.compile(r"\b(?:not|never)\b|n['’]t\b")


def _said_plainly(lead: list[str]) -> str:
    """The lead's first sentence that says what is, not what is not ("But this stomach-churning
    clip of a longboarder ..." after "It's not intended to be a safety video."); else its first."""
    return next((sentence for sentence in lead if not _DENIAL.search(sentence)), lead[0])


def _common(phrase: str, first: str) -> bool:
    """Whether `first` writes `phrase` in lower case: a thing, not another place or body."""
    lower = phrase.lower()
    return lower in first and bool(re.search(r"(?<![\w'’-])" + re.escape(lower) + r"(?![\w'’-])", first))


def _named_more(subject: str, first: str, texts: list[str], used: set[str]) -> str:
    """The name of the `first` sentence the article says most, where it says it more often than
    the place `subject` and in more paragraphs: no day's, none of `used`; ''."""
    own = (mentions(subject, texts), sum(subject.casefold() in t.casefold() for t in texts))
    best: tuple[int, int, str] | None = None
    for chunk in en_chunks(first):
        name = chunk.text
        if not chunk.name_only or len(name.split()) < 2 or subject.casefold() in name.casefold():
            continue  # a full name ("Carnival Spirit"), not its last word
        if name.casefold() in subject.casefold() or family(name.split()[-1]) in PLAIN_FAMILIES:
            continue
        said = (mentions(name, texts), sum(name.casefold() in t.casefold() for t in texts))
        if said[0] <= own[0] or said[1] <= own[1] or not free_of(name, used):
            continue
        if best is None or said > best[:2]:
            best = (*said, name)
    return best[2] if best else ""
