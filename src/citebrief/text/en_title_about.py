"""An English group title that one bullet's side detail names, over a group that is about one person,
gives way to that person's name: "Car Accident" over an insider's claim, January Jones's accident
and whom she dates now becomes "January Jones"; "Airplane Crash" over a song's manuscript sale, the
crash that its writer saw as a boy, his writing and his singing it becomes "Don McLean". A
sub-editor's read of 30 en-cnndm briefs found a side detail lifted from one bullet over a group of
several bullets about something else the commonest fault of theme titles (22 of 63); the steps
before mend it where the bullets share a thing or a noun, and most of the groups left share none
but the person they are about.

Reads the group's bullets (three or more; two where both open on the person, "Kim Rose, who is
running for Nigel Farage's party …" and "Mr Rose, 57, branded …": "Marginal Seat", a phrase of his quote, becomes
"Kim Rose"). The title stands where more than one bullet says its
words (`en_title_choice.heard`), where the paragraphs write it capitalized (a name), and where it
comes before any verb of the one bullet that says it: the bullet's subject ("The potential for a
conflict of interest is unhelpful", "A bronze eagle statue ... were also taken") is what that
bullet is about, no aside. The person is the one surname two thirds of the bullets or more name
("McLean" too), or half of them where the title's bullet names them and writes the title as
theirs ("her Ted talk": "Ted Talk" over Nicole Daedone's story becomes "Nicole Daedone"); no
other as often, a person the article writes as one (`en_actors.is_person`),
who does something in a bullet (the surname right before a verb, an apposition between them
allowed: "Mr Ray began", "Mr Rose, 57, branded"; not "The Story
of Katherine of Alexandria"), not named only as who told the story (`en_title_speaker.only_teller`)
nor with an office before the name ("Culture Minister Monika Gruetters" comments on the matter),
and whom no other title names (the overview's person heads every group). The title is the
fullest form of the name a bullet writes, or the article writes twice, found in the group's
paragraphs as written, and two words at least: a first name alone ("Wil", a father's son, over
what the father hopes to do) is a bare name a reader cannot place. Runs before
`en_title_name_event`, which may then name what happened.
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.text.en_actors import is_person, key
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_choice import family, heard
from citebrief.text.en_title_possessed import NAME_RUN  # a name as the title steps read one: "McLean"
from citebrief.text.en_title_speaker import only_teller
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, on_word_boundaries, swapped_title

MIN_BULLETS = 3  # a group of two has no majority a detail could stand apart from ...
PAIR = 2  # ... unless both its bullets open on the person: both are about them
MIN_NAMING = 2  # bullets that name the person, at least
_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’-]*")
# small words before a title's place in its bullet that are no verb
_NOT_VERBS = frozenset({"a", "an", "the", "of", "for", "to", "in", "on", "with", "and", "or", "his", "her", "its"})
# a possessive right before the title's place in its bullet ("her Ted talk"): the person's own thing
_POSSESSED = LazyPattern(r"\b(?:his|her)\s+$", re.IGNORECASE)
_OPENERS = frozenset({"SCONJ", "CCONJ", "ADV", "DET", "PRON", "ADP"})


def about_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` as the name of the person the group's bullets are about where one bullet alone says
    it as an aside (see the module's note); else `title`; `used` (casefolded titles) updated."""
    if not title or _a_name(title, group_texts):
        return title
    if len(bullets) < MIN_BULLETS and not (len(bullets) == PAIR and _both_open_on_one(bullets, all_texts)):
        return title
    holders = _holders(title, bullets)
    if len(holders) != 1 or _subject_of(title, holders[0]):
        return title
    surname = _person(bullets, all_texts) or _half_person(title, holders[0], bullets, all_texts)
    if not surname or only_teller(surname, bullets) or not any(_acts(surname, b) for b in bullets):
        return title
    others = used - {title.casefold()}
    if any(re.search(rf"\b{re.escape(surname.casefold())}\b", u) for u in others):
        return title  # the overview's person, or another group's
    name = _fullest(surname, bullets, group_texts, all_texts)
    if " " not in name or not free_of(name, others) or _in_office(name, bullets):
        return title
    return swapped_title(title, name, used)


def _a_name(title: str, group_texts: list[str]) -> bool:
    """The paragraphs write the title's words capitalized ("Amber Alert", "Leyton Orient"), or
    write it nowhere as it stands: who or what by name, the choice of the steps for names."""
    low = title.lower()
    for text in group_texts:
        at = text.lower().find(low)
        if at >= 0:
            written = text[at : at + len(low)].split()  # small words ("of", "an") may stay lower case
            return all(w[:1].isupper() for k, w in enumerate(written) if len(w) > 3 or k == len(written) - 1)
    return True


def _holders(title: str, bullets: list[str]) -> list[str]:
    """The bullets that say one of the title's words or more, in some form."""
    own = {family(w) for w in _WORD.findall(title) if len(w) > 2 and not generic_en(w)}
    return [b for b in bullets if not own.isdisjoint(heard(b))]


def _subject_of(title: str, bullet: str) -> bool:
    """The bullet says the title before any verb: its subject, what the bullet is about. A title
    the bullet writes in no form as it stands counts as its subject (nothing to read it by)."""
    at = bullet.lower().find(title.lower())
    if at < 0:
        return True
    for word in _WORD.findall(bullet[:at]):
        lower = word.lower()
        if lower in _NOT_VERBS or word[:1].isupper():
            continue
        if word_classes(lower) & {"VERB", "AUX"}:
            return False
    return True


def _person(bullets: list[str], all_texts: list[str]) -> str:
    """The one surname two thirds of the bullets or more name, two at least, no other as often,
    a person's; ''."""
    surname, naming = _most_named(bullets, all_texts)
    return surname if 3 * naming >= 2 * len(bullets) else ""


def _most_named(bullets: list[str], all_texts: list[str]) -> tuple[str, int]:
    """The person's surname more bullets name than any other, two at least, and how many name
    it; ('', 0) where none."""
    naming: Counter[str] = Counter()
    for bullet in bullets:
        naming.update({key(m.group(1)) for m in NAME_RUN.finditer(bullet) if is_person(m.group(1), all_texts)} - {""})
    ranked = naming.most_common(2)
    if not ranked or ranked[0][1] < MIN_NAMING or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return "", 0
    return ranked[0]


def _half_person(title: str, holder: str, bullets: list[str], all_texts: list[str]) -> str:
    """The one surname half the bullets or more name, two at least, no other as often, that the
    bullet saying the title names too (the title is that person's: "her Ted talk"); ''."""
    surname, naming = _most_named(bullets, all_texts)
    if 2 * naming < len(bullets):
        return ""
    held = {key(m.group(1)) for m in NAME_RUN.finditer(holder)}
    at = holder.lower().find(title.lower())
    return surname if surname in held and at > 0 and _POSSESSED.search(holder[:at]) else ""


def _both_open_on_one(bullets: list[str], all_texts: list[str]) -> bool:
    """Each bullet opens on a name of one and the same person ("Kim Rose, who is running …",
    "Mr Rose, 57, branded …"): a pair whose subject is that person, not one bullet's aside."""
    opened = {key(m.group(1)) if (m := NAME_RUN.match(b)) and is_person(m.group(1), all_texts) else "" for b in bullets}
    return len(opened) == 1 and "" not in opened


def _acts(surname: str, bullet: str) -> bool:
    """The bullet writes the surname right before a verb ("Mr Ray began", "Jones is now dating"),
    or an apposition between them ("Mr Rose, 57, branded"): the person does something in it."""
    after = re.finditer(rf"\b{re.escape(surname)}(?:,[^,.;:'‘’\"“”]{{1,60}},)? ([a-z]+)\b", bullet)
    return any(word_classes(m.group(1)) & {"VERB", "AUX"} for m in after)


def _fullest(surname: str, bullets: list[str], group_texts: list[str], all_texts: list[str]) -> str:
    """The longest form of the name that ends in the surname and reads as a person's, one a
    bullet writes or the article writes twice ("Don McLean" of a caption and a lead; not "Billy
    Poodle" of a missing stop), found in the group's paragraphs; '' where none."""
    written = Counter(m.group(1) for t in all_texts for m in NAME_RUN.finditer(t) if key(m.group(1)) == surname)
    in_bullets = {m.group(1) for b in bullets for m in NAME_RUN.finditer(b) if key(m.group(1)) == surname}
    found = [
        name
        for name in sorted(in_bullets | {n for n, count in written.items() if count >= MIN_NAMING})
        if _opens_name(name)
        and is_person(name, all_texts)
        and any(on_word_boundaries(name, t, "en") for t in group_texts)
    ]
    return max(found, key=lambda name: len(name.split()), default="")


def _opens_name(name: str) -> bool:
    """The name's first word is no word of a sentence's ("When", "But", "The")."""
    first = name.split(maxsplit=1)[0].lower()
    return first not in _NOT_VERBS and not word_classes(first) & _OPENERS


def _in_office(name: str, bullets: list[str]) -> bool:
    """A bullet writes a capitalized word right before the name, past its sentence's opening
    ("German Culture Minister Monika Gruetters"): an official who speaks to the matter."""
    for bullet in bullets:
        for match in re.finditer(rf"(\S+) {re.escape(name)}\b", bullet):
            word = match.group(1)
            if word[:1].isupper() and match.start() > 0 and word.isalpha():
                return True
    return False
