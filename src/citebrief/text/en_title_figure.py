"""An English group title that is a figure of one bullet's sentence, not the group's thing: blind
readers of en-cnndm briefs name "Painted Bright Yellow" (over the airmail arrows' beacons), "Whole
Lot of Water" and "Right of the Fairway" among the worst titles. Such a title (`figure`: opening
on a verb's participle and ending on an adjective, "Painted Bright Yellow"; headed by a word of
amount, place or part, "Whole Lot", "Right of the Fairway"; or an adjective's phrase said only
inside a quotation, `en_title_quoted.quote_only`, "Blank Cheque") gives way, where one bullet at
most says it, to what two bullets or more say:

- a noun phrase two bullets write (its last word singular or plural), one in its own words (the
  best-ranked: "Beacons" of "lit beacons" and "a beacon"), else
- an event or a matter two bullets report in any form, as the group's paragraphs write its noun,

a lone noun with the kind a bullet gives it where the paragraphs write the two together
("Parking Penalty", over a parking-charge ruling's critics). Where the bullets share neither
("Whole Lot of Water"), the title stays. Runs after `en_title_quoted`, which gives a quoted
title a phrase one bullet narrates.

Tried and left: any one-bullet title opening on an adjective (19 changed in 400 English briefs,
most for the worse: "Take" over "Professional Tour", "Hair" over "Female Politicians"); any
quoted title, a thing's name too ("Money" over "Hush Money", "Jewish Centres" over "JCC
Threats"); a noun's family counted as said ("not to sail" made "Sailings" two bullets' word).
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_choice import families, family, ranked_phrases
from citebrief.text.en_title_quoted import narrated, person_by_kind, quote_only
from citebrief.text.en_title_theme import NOT_THEMES
from citebrief.text.en_title_vague import plain_phrase
from citebrief.text.en_titles import event_word
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

MIN_SAYERS = 2  # bullets that say a phrase for it to name the group's thing
TRIES = 15
# heads that say how much, where or which part of something: no thing of their own ("deal",
# "side", "front", "piece" name things too: "Transfer Deal", "Chelsea Side", "Cold Front")
_PLACES = frozenset(word_list("lot lots bit plenty part right bottom middle"))
# people by kind, and units: who or how much a group mentions, not what it tells
_NOT_THINGS = frozenset(
    family(w)
    for w in word_list(
        "people person man men woman women member members guy guys foot feet inch mile miles metre metres "
        "minute minutes hour hours day days week weeks year years million billion per cent percent"
    )
)
_PEOPLE = frozenset(family(w) for w in word_list("chef spokesperson spokesman spokeswoman person people official"))
_LOWER_WORD = LazyPattern(r"[a-z][a-z-]+")


def figure_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it is a figure one bullet at most says (see the module's note) and the
    bullets share a thing; then that thing; `used` updated."""
    if len(bullets) < MIN_SAYERS or not title or not figure(title, bullets, group_texts):
        return title
    own = families(title)
    if sum(own <= families(b) for b in bullets) >= MIN_SAYERS:
        return title
    found = shared_thing(bullets, group_texts, all_texts, used - {title.casefold()}, own)
    if not found or found.casefold() == title.casefold():
        return title
    return display_title(swapped_title(title, found, used), "en")


def shared_thing(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title_words: frozenset[str]
) -> str:
    """A thing two bullets or more say, none of the title's words (`title_words`), free of `used`:
    a noun phrase they write, else an event or a matter they report; ''."""
    return _shared_phrase(bullets, group_texts, all_texts, used, title_words) or _shared_event(
        bullets, group_texts, used, title_words
    )


def figure(title: str, bullets: list[str], group_texts: list[str]) -> bool:
    """The title names no thing of the group: someone's words, a place or an amount, or a
    participle's phrase."""
    words = title.split()
    head = title.split(" of ", maxsplit=1)[0].rsplit(maxsplit=1)[-1].lower()
    first = words[0].lower()
    if head in _PLACES:
        return True  # "Whole Lot of Water", "Right of the Fairway"
    participle = first.endswith("ed") and word_classes(first) == frozenset({"VERB"})
    if len(words) > 1 and participle and "ADJ" in word_classes(words[-1].lower()):
        return True  # "Painted Bright Yellow", not "Confirmed Cases"
    return "ADJ" in word_classes(first) and quote_only(title, bullets, group_texts)  # "Blank Cheque", not "Hush Money"


def _thing(text: str) -> bool:
    """A phrase headed by a noun of a thing, an event or a matter: not a unit, a person by kind,
    a time or a place in a story (`en_title_theme.NOT_THEMES`)."""
    last = text.rsplit(maxsplit=1)[-1]
    if not last.islower():
        return True  # a name's last word
    lower = last.lower()
    return "NOUN" in word_classes(lower) and family(lower) not in NOT_THEMES | _NOT_THINGS and not generic_en(lower)


def _shared_phrase(
    bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], figure_words: frozenset[str]
) -> str:
    """The best-ranked phrase two bullets or more say (any form), one in its own words, none of
    the figure's words (`figure_words`); ''."""
    ranked = [text for text, _ in ranked_phrases(bullets, group_texts, all_texts, used, 0.0)[:TRIES]]
    for text in ranked:
        words = families(text)
        if not words or not words.isdisjoint(figure_words) or _sayers(text, bullets) < MIN_SAYERS:
            continue  # "Cheque" of "Blank Cheque" says the figure again, less of it
        if person_by_kind(text) or families(text) & _PEOPLE:
            continue  # "Chef", "Spokesperson": whom the bullets mention
        if not _thing(text) or not free_of(text, used) or not plain_phrase(text, group_texts):
            continue
        if any(w.islower() and not word_classes(w) for w in text.split()) or not narrated(text, bullets):
            continue
        plural = f"{text}s"
        noun = plural if plural in ranked else text  # "Beacons" of "beacons" and "a beacon"
        return _kinded(noun, bullets, group_texts, used)
    return ""


def _sayers(text: str, bullets: list[str]) -> int:
    """How many bullets write the phrase as it is, or with its last word in the singular or the
    plural ("a beacon", "beacons"): not a verb of its family ("not to sail" says no "sailings")."""
    lower = text.lower()
    forms = {lower, lower.removesuffix("s"), f"{lower}s"}
    return sum(any(on_word_boundaries(f, b.lower(), "en") for f in forms) for b in bullets)


def _shared_event(bullets: list[str], group_texts: list[str], used: set[str], figure_words: frozenset[str]) -> str:
    """The event or matter two bullets or more report (the most of them), as the group's
    paragraphs write its noun (their commonest form), with a bullet's kind of it before it
    where the paragraphs write both ("parking penalty"); ''."""
    sayers: Counter[str] = Counter()
    for bullet in bullets:
        sayers.update({family(w) for w in _LOWER_WORD.findall(bullet) if event_word(w)})
    shared = {f for f, n in sayers.items() if n >= MIN_SAYERS} - figure_words
    if not shared:
        return ""
    written: Counter[str] = Counter(
        w for t in group_texts for w in _LOWER_WORD.findall(t) if family(w) in shared and "NOUN" in word_classes(w)
    )
    for noun, _ in sorted(written.items(), key=lambda kv: (-sayers[family(kv[0])], -kv[1], kv[0])):
        if not _thing(noun):
            continue
        if free_of(noun, used) and plain_phrase(noun, group_texts):
            return _kinded(noun, bullets, group_texts, used)
    return ""


def _kinded(noun: str, bullets: list[str], group_texts: list[str], used: set[str]) -> str:
    """A one-word noun with the kind a bullet gives it (`_kind`) where that is free too; else the noun."""
    if " " in noun or not noun.islower():
        return noun
    found = _kind(noun, bullets, group_texts)
    return found if found and free_of(found, used) and plain_phrase(found, group_texts) else noun


def _kind(noun: str, bullets: list[str], group_texts: list[str]) -> str:
    """ "<kind> <noun>" where a bullet writes a lower-case noun, adjective or gerund right before the noun
    and the paragraphs write the pair on word boundaries ("a parking penalty"); ''."""
    for bullet in bullets:
        for match in re.finditer(rf"\b([a-z][a-z-]+) {re.escape(noun)}\b", bullet):
            modifier = match.group(1)
            classes = word_classes(modifier)
            gerund = modifier.endswith("ing") and "VERB" in classes  # "parking", "driving"
            if not (gerund or classes & {"NOUN", "ADJ"}) or "AUX" in classes or generic_en(modifier):
                continue
            pair = f"{modifier} {noun}"
            if any(on_word_boundaries(pair, t, "en") for t in group_texts):
                return pair
    return ""
