"""An English group title that `en_title_vague` reads as naming no theme ("Comments of the
Employee", "Decision"), that no step before found a phrase to replace, over a group one of whose
bullets reports what was done to a named person, takes that deed as the overview does: "McHenry
would be suspended" → "McHenry's Suspension", "'I was a little bit surprised to be substituted,'
Hazard said" → "Hazard's Substitution". A sub-editor titles such a group by its news; the person
is often the overview's subject, whose bare name the no-repeat rule keeps out, but the name with
this group's own deed reads apart from it.

Read of each bullet in order, one that names no other person (nor has another's words): the
person's name right before a passive of `data/en_named_deeds.tsv` (its "passive" rows and the
"group" ones no overview reads) after "was", "had been", "would be" and the like, or the
person's own quoted "I ... to be <participle>" in a bullet whose actor they are. The title is
the overview's form, grounded as it is (`en_overview_deed.grounded`: the name and the noun's
verb as the group's paragraphs write them), and only where no other title holds it or is held
by it ("McHenry's Suspension" under "Britt McHenry's Suspension" leaves "Stressful Moment"). The
vague title stays in `used`, as `en_title_said` keeps a quote-lifted one: the titles of the
groups after it are chosen as they were ("Celebrities on a Pedestal", not "Power of the Press").

Tried and left (en-cnndm, en-xsum 0-199): a deed reported of a person named by role ("The
24-year-old playmaker was ... substituted"), and any event noun a vague group's bullets write
("O'Neill's Run" of "got a run into him", "Hamilton's Claims", "Retirement" over a divorce's
pensions): no better than the vague title, or wrong; "substituted" read by the overview too
("Emir Spahic's Substitution" over a brawl story).
"""

from __future__ import annotations

from citebrief.text.en_actors import actor, is_person, key, person_key
from citebrief.text.en_overview_deed import grounded, group_deeds, named_deeds
from citebrief.text.en_title_possessed import NAME_RUN
from citebrief.text.en_title_vague import vague_title
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import name_spans
from citebrief.text.titles import display_title, free_of

MAX_PARTICIPLE_WORDS = 4  # "ordered to pay back": the table's longest
# right after the name: an auxiliary of the passive, then the participle's words
_AFTER_NAME = LazyPattern(
    r"\s(?:was|were|is|are|has\sbeen|have\sbeen|had\sbeen|(?:would|will|could|should|might|may|must)\s(?:have\s)?be(?:en)?)"
    r"(?:\s(?:today|yesterday|then|finally|later))?\s([a-z]+(?:\s[a-z]+){0,3})"
)
# a speaker's own "I was a little bit surprised to be substituted", "I was ... to have been dropped"
_OWN_WORDS = LazyPattern(r"\bI\b[^.!?;‘’'\"“”]{0,60}?\bto\s(?:be|have\sbeen)\s([a-z]+(?:\s[a-z]+){0,3})")


def done_to_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title`, or "Surname's Deed" where it is vague and a bullet reports a deed done to one
    named person (see the module's note); `used` (casefolded titles given) gains it."""
    if not title or "'s " in title or len(bullets) < 2 or not vague_title(title, group_texts):
        return title
    article = [*all_texts, *bullets]
    others = {u for u in used if u != title.casefold()}
    for at, bullet in enumerate(bullets):
        surnames = {key(m.group(1)) for m in NAME_RUN.finditer(bullet) if is_person(m.group(1), all_texts)}
        surnames.discard("")
        speaker = person_key(actor(bullets, at), article)
        if len(surnames) != 1 or (speaker and {speaker} != surnames):
            continue  # another person in the bullet: whose the deed is, unsure
        surname = next(iter(surnames))
        noun = _deed_of(bullet, surname, own=speaker == surname)
        if not noun:
            continue
        phrase = f"{surname}'s {display_title(noun, 'en')}"
        if grounded(phrase, group_texts) and free_of(phrase, {u for u in others if u not in surname.casefold()}):
            used.add(phrase.casefold())  # the vague title stays guarded too (see the module's note)
            return phrase
    return title


def _deed_of(bullet: str, surname: str, *, own: bool) -> str:
    """The noun of the deed the bullet writes done to `surname`: a passive right after the name,
    or in their own words where `own` ("I ... to be substituted"); ''."""
    for _, end in name_spans(surname, bullet):
        after = _AFTER_NAME.match(bullet, end)
        noun = _participle(after.group(1)) if after else ""
        if noun:
            return noun
    if own:
        for said in _OWN_WORDS.finditer(bullet):
            noun = _participle(said.group(1))
            if noun:
                return noun
    return ""


def _participle(words: str) -> str:
    """The noun of the longest passive of the table `words` open on ("suspended for a week" →
    "suspension"); ''."""
    passive = {**named_deeds()[0], **group_deeds()}
    split = words.split()[:MAX_PARTICIPLE_WORDS]
    for size in range(len(split), 0, -1):
        noun = passive.get(" ".join(split[:size]), "")
        if noun:
            return noun
    return ""
