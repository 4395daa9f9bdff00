"""An English overview titled by a bare place its key points write only as where the news
happened: readers mark "Key points: St George's Street" over "The victim was queuing for food at
the branch in St George's Street ... when the assault occurred" ("a place, not a theme"). Where
one key point alone writes the title, right after a preposition of place
(`en_overview_place.only_where`), it gives way to what the key points report: an event two of
them report (`en_title_gist.shared_event`); else the thing most key points write, its head in
lower case in two of them ("Fire Tests" over "Hanover House"; two words at least, as a head
alone, "Service", is vaguer than the place; no person by kind, "Victim"); else the event the lead
names by its noun ("Assault" of "... when the assault occurred", `data/en_events.tsv`) or its
verb (`en_overview_happening.lead_happening`). A place more key points write, or one written as
a subject ("Vietnam offers ..."), is what the article is about and stays.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import en_chunks, generic_en, word_classes
from citebrief.text.en_overview_happening import lead_happening
from citebrief.text.en_overview_place import only_where
from citebrief.text.en_title_choice import PLAIN_FAMILIES, family
from citebrief.text.en_title_gist import shared_event
from citebrief.text.name_places import phrase_spans
from citebrief.text.titles import display_title, free_of, swapped_title

MIN_SAYERS = 2  # key points that write a thing's head, at least, for it to stand for them all
MIN_THING_WORDS, MAX_WORDS = 2, 3  # a thing's title: more than a bare head, not a clause
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w-]*")
# heads that name a person by kind, not what happened to them ("The victim was queuing ...")
_PEOPLE = frozenset(
    family(w)
    for w in word_list(
        "victim man woman men women people person boy girl child children officer officers member staff "
        "worker suspect suspects witness witnesses resident residents volunteer volunteers councillor councillors"
    )
)


def place_said_overview(title: str, key_points: list[str], texts: list[str], used: set[str]) -> str:
    """The overview's `title` ("Key points: …"), its subject given to what the `key_points`
    report where it is a place they write only as where (see the module's note); else `title`.
    `texts` are the article's paragraphs; `used` (casefolded titles given) follows the swap."""
    label, sep, subject = title.rpartition(": ")
    if not sep or not subject or not key_points or not all(w[:1].isupper() for w in subject.split()):
        return title
    writers = [k for k in key_points if any(True for _ in phrase_spans(subject, k))]
    if len(writers) != 1 or not only_where(subject, writers[0]):
        return title
    others = used - {subject.casefold()}
    thing = shared_event(key_points, texts, others) or _most_said_thing(subject, key_points, others)
    thing = thing or _lead_event(key_points[0], others) or lead_happening(key_points[0], texts, others)
    return label + sep + display_title(swapped_title(subject, thing, used), "en") if thing else title


def _most_said_thing(title: str, key_points: list[str], used: set[str]) -> str:
    """The noun phrase of the `key_points` whose head the most of them write (`MIN_SAYERS` at
    least; no tie), in its shortest form; ''."""
    heads: dict[str, list[str]] = {}
    for point in key_points:
        for chunk in en_chunks(point):
            words = chunk.text.split()
            if chunk.kind != "np" or chunk.name_only or not 0 < len(words) <= MAX_WORDS:
                continue
            phrase = " ".join(w for w in words if w.lower() not in ("the", "a", "an", "its", "their", "his", "her"))
            head = phrase.lower().split()[-1] if phrase else ""
            if not head or title.casefold() in phrase.casefold() or "NOUN" not in word_classes(head):
                continue
            if generic_en(head) or family(head) in PLAIN_FAMILIES or family(head) in _PEOPLE:
                continue
            heads.setdefault(family(head), []).append(phrase)
    # written in lower case: "the council", not the body "Sheffield City Council" that said it
    written = [{family(w) for w in _LOWER_WORD.findall(p)} for p in key_points]
    sayers = {h: sum(h in words for words in written) for h in heads}
    ranked = sorted(sayers.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < MIN_SAYERS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    # two words at least: "Fire Tests"; a head alone is vaguer than the place ("Service", "Planting")
    phrases = [p for p in heads[ranked[0][0]] if len(p.split()) >= MIN_THING_WORDS]
    phrase = min(phrases, key=len) if phrases else ""
    return phrase if phrase and free_of(phrase, used) else ""


@cache
def _event_nouns() -> tuple[str, ...]:
    """The nouns English news names its events by (`data/en_events.tsv`'s first column)."""
    return tuple(line.split("\t")[0] for line in data_lines("en_events.tsv"))


def _lead_event(lead: str, used: set[str]) -> str:
    """The first event noun the `lead` writes after "the" or "an"/"a" ("the assault occurred"),
    none another title holds; ''."""
    lowered = lead.lower()
    found = [
        (match.start(), noun) for noun in _event_nouns() for match in re.finditer(rf"\b(?:the|an?)\s{noun}\b", lowered)
    ]
    for _, noun in sorted(found):
        if free_of(noun, used):
            return noun
    return ""
