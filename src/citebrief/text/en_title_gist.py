"""English group titles that still name no theme after the other title steps: an abstract
word alone that survived them ("Decision", "Improvements", "Knowledge"), and a person's name
over a group about several people and events ("Edward Byatt" over Byatt's order, a
prosecutor's words, Godwin's acquittal and both convictions: his name is in half the
bullets), or a name the bullets say only as who told them ("Denver Police" over an
investigation, "United Boss"). A reader wants what the group reports, and blind reads kept
such a title over a phrase drawn from what one quote's paragraph says. So the title becomes
the event two bullets or more report, in a noun or in its verb ("told the trial" and
"convicted after trial" → "The Trial"; "substituted" twice → "Substitution"), where the
group's paragraphs write the noun;
failing that, for a vague word alone, the first noun phrase the bullets say in their own words
that is a plain thing (the first, best-ranked, bullet's first: "Court Case" over "Nightmare");
for a name, the name more bullets say ("Augusta" over the chairman one bullet quotes, "ECB"
over its chief executive); for a name the bullets say only as who told them, failing that,
the first named thing a bullet reports in its own words (a capitalized term, not a person, a
place, a body or a day: "Fairfield Police Officer Kathryn McCormick", who only comments, over
the 911 call, the alert and the car found → "Amber Alert", en-cnndm 1, which readers named);
else the title stays.

Tried and left: the verb's noun where no paragraph writes it ("Relegation", "Substitution":
a title must be found where it sits); a bullet's thing over a vague phrase of two words ("CIS
Director" over "Important Implications", "Advocacy Group" over "Atrocious Law": of 7, 6 read
worse, 1 the same) or over a name ("Fairfield Police Officer Kathryn McCormick"; a named
thing, above, reads as the group's event, not one bullet's detail). Groups of
quotations alone ("Person", "Time", "Element") keep their title: no phrase outside the quotes
names anything.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.en_actors import is_place_or_body
from citebrief.text.en_chunks import en_chunks
from citebrief.text.en_title_choice import said_outside_quotes
from citebrief.text.en_title_event import person_title, time_label
from citebrief.text.en_title_speaker import only_teller
from citebrief.text.en_title_vague import name_said, plain_phrase, vague_title
from citebrief.text.titles import (
    display_title,
    free_of,
    on_word_boundaries,
    said_alone,
    starts,
    swapped_title,
    word_boundary,
)

MIN_SAYERS = 2  # bullets that report the event, at least
MIN_NAMED_BULLETS = 3  # a name over fewer bullets is what the group is about
MIN_WORDS, MAX_WORDS = 2, 5
_WORD = re.compile(r"[a-z]+")
_DAY_WORDS = frozenset(("Day", "Eve", "Week", "Weekend"))  # a named day's last word


@cache
def _event_forms() -> dict[str, str]:
    """Each word a bullet reports an event by, to the event's noun (`data/en_events.tsv`)."""
    forms: dict[str, str] = {}
    for line in data_lines("en_events.tsv"):
        noun, said = line.split("\t")
        forms.update(dict.fromkeys(said.split(), noun))
    return forms


def _events(bullet: str) -> dict[str, str]:
    """The events a bullet reports, each to the word it says it by (the first)."""
    forms = _event_forms()
    found: dict[str, str] = {}
    for word in _WORD.findall(bullet.lower()):
        noun = forms.get(word)
        if noun and noun not in found:
            found[noun] = word
    return found


def shared_event(bullets: list[str], group_texts: list[str], used: set[str]) -> str:
    """The event two bullets or more report, one of them in its own words (not only inside a
    quotation): the most reported, then the first, whose noun the group's paragraphs write
    (a title is found where it sits: "convicted" twice titles nothing where no paragraph says
    "conviction"); as a title, that noun ("The Trial" where a bullet says "the trial"); ''."""
    said = [_events(b) for b in bullets]
    order = list(dict.fromkeys(noun for found in said for noun in found))
    best = ""
    best_count = MIN_SAYERS - 1
    for noun in order:
        sayers = [(b, found[noun]) for b, found in zip(bullets, said, strict=True) if noun in found]
        if len(sayers) <= best_count or not any(said_outside_quotes(word, [b]) for b, word in sayers):
            continue
        if any(noun in u or u in noun for u in used):
            continue  # another group's title names it
        written = _written(noun, [w for _, w in sayers], group_texts)
        if written:
            definite = written == noun and any(re.search(rf"\bthe {noun}\b", b.lower()) for b in bullets)
            best, best_count = ("the " if definite else "") + written, len(sayers)
    return display_title(best, "en") if best else ""


def _written(noun: str, words: list[str], group_texts: list[str]) -> str:
    """The event's noun as the group's paragraphs write it: the form a bullet says ("charges"),
    else the singular, else the plural; one they write in lower case first ("court" of "return to
    court", not "Courts" of "Brisbane Magistrate Courts", a name's word); '' where they write none."""
    forms = tuple(dict.fromkeys((*(w for w in words if w in (noun, noun + "s")), noun, noun + "s")))
    for form in forms:
        if any(_lower_case_said(form, t) for t in group_texts):
            return form
    for form in forms:
        if any(on_word_boundaries(form, t, "en") for t in group_texts):
            return form
    return ""


def _lower_case_said(form: str, text: str) -> bool:
    """The text says the lower-case form as written, on word boundaries."""
    return form in text and bool(re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text))


def _first_thing(bullets: list[str], group_texts: list[str], used: set[str]) -> str:
    """The first noun phrase of 2-5 words the bullets say in their own words (the first bullet's
    first) that is a plain thing (`plain_phrase`), not a name alone, not a time, not another
    group's title; ''."""
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            text = chunk.text
            folded = text.casefold()
            if chunk.name_only or not MIN_WORDS <= len(text.split()) <= MAX_WORDS or time_label(text):
                continue
            if any(folded in u or u in folded for u in used) or not said_outside_quotes(text, [bullet]):
                continue
            if plain_phrase(text, group_texts):
                return display_title(text, "en")
    return ""


def _named_thing(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]) -> str:
    """The first named thing a bullet reports in its own words ("authorities issued an Amber
    Alert"): a capitalized term of 2-5 words (`en_chunks`' name-only chunk), not a person, a place
    or a body, not a time or a named day ("Christmas Day"), not cut from a longer name ("United
    Nations Children" of "… Children's Fund"), not another group's title, written in the group's
    paragraphs; ''."""
    for bullet in bullets:
        for chunk in en_chunks(bullet):
            text = chunk.text
            if not chunk.name_only or not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
                continue
            if person_title(text, all_texts) or is_place_or_body(text, all_texts) or time_label(text):
                continue
            if text.split()[-1] in _DAY_WORDS or "'" in text or "’" in text:
                continue  # "Christmas Day", "Valentine's Day": when, not what
            if not free_of(text, used) or not said_outside_quotes(text, [bullet]):
                continue
            if _cut_from_longer(text, group_texts):
                continue  # "United Nations Children" of "United Nations Children's Fund"
            if any(on_word_boundaries(text, t, "en") for t in group_texts):
                return text
    return ""


def _cut_from_longer(term: str, texts: list[str]) -> bool:
    """A text writes the term inside a longer name: a capitalized word or a possessive next to it."""
    escaped = re.escape(term)
    return any(re.search(rf"[A-Z][\w'’-]* {escaped}\b|\b{escaped}(?:['’]s?\b| [A-Z])", t) for t in texts)


def _name_over_many(title: str, bullets: list[str], all_texts: list[str]) -> bool:
    """A person's name (or a place's or body's written like one, `en_actors.is_place_or_body`)
    half the bullets or fewer say, over three bullets or more; or a name
    (a person, an outlet, a police force) that the bullets name only as who told them ("Denver
    Police" of "Denver police said in a report", "United Boss" of "the United boss said")."""
    if _teller(title, bullets):
        return True
    if len(bullets) < MIN_NAMED_BULLETS:
        return False
    if not person_title(title, all_texts) and not is_place_or_body(title, all_texts):
        return False  # a place or a body named in passing as well: "Palm Beach County" over an arrest's story
    return 2 * _sayers(title, bullets) <= len(bullets)


def _teller(title: str, bullets: list[str]) -> bool:
    """A name (capitalized where a bullet writes it: not "Tax Returns" of "the family's latest tax
    returns revealed") whose last word the bullets say only as who told them, half of them or
    fewer (`only_teller`)."""
    words = title.split()
    if len(words) < MIN_WORDS or 2 * _sayers(title, bullets) > len(bullets):
        return False
    if not any(_written_capitalized(words[0], b) for b in bullets):
        return False
    last = words[-1]
    return only_teller(last, bullets) or only_teller(last.lower(), bullets)


def _written_capitalized(word: str, text: str) -> bool:
    """The text writes the word capitalized, not at its start."""
    if not word[:1].isupper():
        return False
    return any(  # "(?<=[\w,'’] )word\b", no pattern compiled per word
        at >= 2 and text[at - 1] == " " and _word_or_stop(text[at - 2]) and word_boundary(text, at + len(word))
        for at in starts(word, text)
    )


def _word_or_stop(char: str) -> bool:
    """A word character, a comma or an apostrophe: what may stand before the space before a word said mid-sentence."""
    return char.isalnum() or char in "_,'’"


def _sayers(name: str, bullets: list[str]) -> int:
    """How many bullets say a name, or its last word alone ("Byatt" of "Edward Byatt")."""
    last = name.rsplit(maxsplit=1)[-1]
    return sum(said_alone(last, b) or on_word_boundaries(name, b, "en") for b in bullets)


def _more_said_name(
    title: str, bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str]
) -> str:
    """The name half the bullets or more say (`name_said`: "Bayern Munich" of a round of
    results, "Augusta" of the club's plans), where more bullets say it than say the title's;
    not a name cut from a possessive ("James’s Palace"); ''."""
    found = name_said(bullets, group_texts, all_texts, used)
    if not found or "’" in found or "'" in found.split()[0]:
        return ""
    if any(found in b and re.search(rf"(?<=[a-z,] )[A-Z][\w’'-]*\s+{re.escape(found)}\b", b) for b in bullets):
        return ""  # a piece of a longer name: "Hampshire" of "in New Hampshire" (not "And Van Gaal")
    return found if _sayers(found, bullets) > _sayers(title, bullets) else ""


def gist_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title`, unless it is vague or a name over many (see the module note) and the group's
    bullets give a better one; `used` updated."""
    if len(bullets) < MIN_SAYERS or not title:
        return title
    vague = vague_title(title, group_texts)
    if not vague and not _name_over_many(title, bullets, all_texts):
        return title
    others = used - {title.casefold()}
    # a vague phrase of two words or more is the group's own, and read better than one bullet's thing
    alone = vague and " " not in title
    found = shared_event(bullets, group_texts, others)
    if not found and alone:
        found = _first_thing(bullets, group_texts, others)
    elif not found and not vague:  # the name the group tells most of, where a name titles it
        found = _more_said_name(title, bullets, group_texts, all_texts, others)
        if not found and _teller(title, bullets):
            found = _named_thing(bullets, group_texts, all_texts, others)
    if not found:
        return title
    return swapped_title(title, found, used)
