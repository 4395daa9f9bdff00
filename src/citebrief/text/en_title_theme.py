"""An English group title that names what the group is about, not one bullet's detail: blind
readers of news briefs mark "Humble Two-wheeler" over three bullets about bikes and "Sunny Day"
over a skater's injury as a detail one bullet mentions in passing. Where one bullet at most says
the title, a common noun that two bullets or more say takes its place ("Bikes", "Injury"), an
event or a matter first; where the bullets share none, the event or the matter the group's lead
bullet reports ("Survey" over "Coffee Shop"). A name is kept (who a group is about is the choice
of the steps before) unless one bullet alone names it, as who told the story ("The Maritime and
Coastguard Agency said"). A title's participle of a medium ("Videoed Up-close", a caption's
opening) is not said by a bullet that says only the medium ("the video goes on"): en-cnndm 74 keeps
"Fly". Runs last of the English title steps (engines/group_titles.py).

Tried and left: a title said only inside a quotation ("Girl Friend") giving way to a noun two
bullets say in their own words (1 title changed in 400 briefs, for the worse: "Retailer"), and
more event nouns for the lead ("career", "tribute": "Careers" of a list, over a golfer's swing
change), the noun the lead opens on ("The manner in which", "The author of": 3 worse of 4),
counting only the title's head as said ("German Journalists" unsaid where "Germans" is: 7 worse
of 21, "Train" over "Descent of the Mountain"), any adjective before a noun ("fellow chef" of
"Iron Chef") and half an event's mentions in the group (keeps "Suicide Bomb Attack" but loses
"Injury" and "Arrest"), and a quotation's title giving way to the lead's own thing ("Girlfriend's
Defense" over "Girl Friend", but "Facebook Post" over "Atrocious Law": 4 worse of 8).
Tried and left (s48s, over en-cnndm and en-xsum): the shared noun widened by the modifiers a bullet
writes before it (8 swaps, most worse: "Same Experiences", "Same Charge", "New Quotas" for
"Childhood", "Charge", "Quotas"); a capitalized modifier the group's paragraphs write before it
("Armenian genocide": none fits in the group's own paragraphs, 0 briefs changed); a phrase of two
or three words every bullet or all but one says, in place of the noun (one brief: "Old Notes" for
the teller group's "Circulation", en-xsum 85, but the new title merges the next group into it:
grouping changes, so left).
"""

from __future__ import annotations

import itertools
import re

from citebrief.text.chunks import word_list
from citebrief.text.en_chunks import generic_en, word_classes
from citebrief.text.en_title_choice import PLAIN_FAMILIES, families, family, family_counts, heard, in_passing
from citebrief.text.en_title_speaker import speaker_title, told_by
from citebrief.text.en_titles import event_word, misread
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.name_places import title_spelled
from citebrief.text.titles import cleanly_cut, display_title, on_word_boundaries, said_alone, swapped_title

_WORD = LazyPattern(r"[A-Za-z][A-Za-z-]*|[^\sA-Za-z]+")
# words after which a word is a noun ("the injury", "his plan"), not a verb ("he looks")
_DETERMINERS = frozenset(
    word_list("the a an his her their its our my your this these those some many any no each every two three four five")
)
# and prepositions, before a plural ("of bikes"): a singular after one is often an idiom ("in order", "in return")
_PREPOSITIONS = frozenset(word_list("of on in for with by from about at after over into"))
# nouns that say when, how much or who in any story: no theme of a group
NOT_THEMES = frozenset(
    family(w)
    for w in word_list(
        "morning afternoon evening night week month weekend moment minute hour way thing things lot side "
        "part end start place top bottom number amount total kind sort type back front line lines post "
        "picture pictures photo photos image images video footage clip statement interview website account "
        "comment comments message words word name names face head hand hands eyes body other others "
        "ground table note support order return action match matches interest approach "
        # people named by what they do: who the bullets mention, not what they are about
        "maker makers offender nurse passenger girlfriend boyfriend partner cleaner worker staff doctor driver "
        "student teacher neighbour neighbor parent owner customer client user follower viewer reader "
        "director researcher expert official spokesman spokeswoman fighter hero star champion winner peer "
        "defendant suspect "
        # who a fight in the stands is with: the fight is the theme ("Melee", not "Stewards", en-cnndm 8)
        "steward "
        # a club's followers: who its story is told to ("Supporters" over late coaches, en-cnndm 173)
        "supporter fan fans "
        # where: the setting of a detail ("the streets close to the dig")
        "street road area city town"
    )
)
MIN_SAYERS = 2  # bullets that say the noun, at least
MIN_OWN_SHARE = 0.25  # of the article's mentions of the noun, in the group's paragraphs
EVENT_WEIGHT = 1.5  # an event or a matter ("injury", "charges") over a thing as many bullets say


def theme_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless one bullet at most says its words (in any form) and it names no one but
    who told the story; then
    a noun more bullets say, two at least (the most of them, an event first; only an event in
    place of an event), else the event the first bullet reports, as written in the group's
    paragraphs; `used` updated."""
    told = speaker_title(bullets, group_texts, all_texts, used, title)  # what a teller's group tells
    if told != title:
        return told
    if len(bullets) < MIN_SAYERS or not title or (_name(title, group_texts) and not _source(title, bullets)):
        return title
    own = {family(w) for w in re.findall(r"[A-Za-z]+", title) if len(w) > 2 and not generic_en(w)}
    if not own:
        return title
    done = {family(w) for w in re.findall(r"[A-Za-z]+ed\b", title)} & NOT_THEMES  # "Videoed": a verb of a medium
    own = own - done or own  # "Videoed Up-close" is not said by a bullet that says "the video"
    sayers = sum(not own.isdisjoint(heard(b)) for b in bullets)
    if sayers >= MIN_SAYERS:
        return title
    others = used - {title.casefold()}
    event = event_word(title.rsplit(maxsplit=1)[-1])  # "Assault Cases" gives way to an event only
    spoken = [_said(b) for b in bullets]
    best = _shared_noun(bullets, spoken, group_texts, all_texts, others, sayers, title=title, event=event)
    if not best and not event:
        best = _lead_event(bullets, group_texts, all_texts, others, title)
    if not best or best.casefold() == title.casefold():
        return title
    return display_title(swapped_title(title, best, used), "en")


def _source(title: str, bullets: list[str]) -> bool:
    """One bullet alone names the title, and as who told it: a speaker, an outlet, an agency,
    not who the group is about ("Stephen Cartwright told The Sydney Morning Herald";
    `en_title_speaker.told_by`, by the title's last word)."""
    last = title.rsplit(maxsplit=1)[-1]
    holders = [b for b in bullets if said_alone(last, b)]  # "\b<word>\b", no pattern compiled for it
    return len(holders) == 1 and told_by(last, holders[0])


def _said(bullet: str) -> frozenset[str]:
    """The families of the bullet's words, quotations too, exactly ("explained" says no "plan"),
    not of a word that only describes ("found guilty" says no "guilt") nor of the verb a medium
    does ("the viral clip shows the defender": no "show" of a show, which made "Show" the title
    of a group about the clip)."""
    words = _LETTERS.findall(bullet)
    shown = {b for a, b in itertools.pairwise(words) if a.lower() in _MEDIA and _verb_s(b)}
    return frozenset(family(w) for w in words if len(w) > 2 and w not in shown and not _only_adjective(w.lower()))


# what shows, finds or reveals something in a story: a verb in -s right after one is no thing
_MEDIA = frozenset(
    word_list("clip video footage picture photo photograph image study survey report poll data figures research")
)


def _verb_s(word: str) -> bool:
    """A lower-case verb in its "-s" form ("shows", "reveals"), not a plural noun alone."""
    return word.islower() and word.endswith("s") and not word.endswith("ss") and "VERB" in word_classes(word)


def _only_adjective(word: str) -> bool:
    classes = word_classes(word)
    return "ADJ" in classes and "NOUN" not in classes and "VERB" not in classes


_LETTERS = LazyPattern(r"[A-Za-z]+")


def _name(title: str, texts: list[str]) -> bool:
    """The group's paragraphs write the title with each word capitalized: a person or a place."""
    found = [f for t in texts for f in title_spelled(title, t)]  # text/name_places.py: no pattern per title
    return bool(found) and all(all(w[:1].isupper() for w in f.split()) for f in found)


def _nouns(bullet: str) -> list[tuple[str, str]]:
    """The (modifier, noun) of each word the bullet uses as a common noun: one after a
    determiner, an adjective, a count or (a plural) a preposition ("the injury", "new migrants",
    "of bikes"), with the noun before it where it is one too ("tram accident"), else ''."""
    words = _WORD.findall(bullet)
    found = []
    for at in range(1, len(words)):
        word = words[at]
        if not _noun(word):
            continue
        before = words[at - 1]
        modifier = ""
        if before.islower() and "NOUN" in word_classes(before) and _plain_noun(before) and at > 1:
            modifier, before = before, words[at - 2]  # "the tram accident"
        plural = word.endswith("s") and not word.endswith("ss")
        after_preposition = plural and before.lower() in _PREPOSITIONS
        if _adjective(before) or before.lower() in _DETERMINERS or before.isdigit() or after_preposition:
            found.append((modifier, word))
    return found


def _adjective(word: str) -> bool:
    """A lower-case word that only describes ("new migrants", "large cities"): a noun follows it."""
    return word.islower() and word_classes(word) & {"ADJ", "NOUN", "VERB", "ADV"} == {"ADJ"}


def _noun(word: str) -> bool:
    """A lower-case word that names a thing or an event: a noun, no adjective, adverb or time,
    not a word any story says, an -ing word only where it is no verb; three letters are enough
    ("the fly" every bullet of en-cnndm 74 follows titles it, not the "Legs" two of them move)."""
    if not word.islower() or len(word) < 3 or not word.isalpha():
        return False
    return _plain_noun(word)


def _plain_noun(word: str) -> bool:
    classes = word_classes(word)
    if "NOUN" not in classes or classes & {"ADJ", "ADV", "AUX", "ADP", "DET", "PRON"}:
        return False
    if word.endswith("ing") and "VERB" in classes:
        return False  # "burning", "planning": the act, as often as the thing
    key = family(word)
    return key not in PLAIN_FAMILIES and key not in NOT_THEMES and not generic_en(word)


def _shared_noun(
    bullets: list[str],
    spoken: list[frozenset[str]],
    group_texts: list[str],
    all_texts: list[str],
    used: set[str],
    sayers: int,
    *,
    title: str,
    event: bool,
) -> str:
    """The noun most bullets say (two at least, more than say the title), one of them as a noun, an event first,
    the earliest first, not one the title has; '' where none fits."""
    ranked = []
    kept = families(title)
    for at, bullet in enumerate(bullets):
        for modifier, noun in _nouns(bullet):
            key = family(noun)
            if key in kept:
                continue  # "Rays" says less than "UV Rays", whose head two bullets say
            count = sum(key in s for s in spoken)
            if count < max(MIN_SAYERS, sayers + 1) or in_passing(noun, bullet) or (event and not event_word(noun)):
                continue
            weight = count * (EVENT_WEIGHT if event_word(noun) else 1.0)
            # the modifier where another bullet says it too ("skin cancer" twice), else the noun alone
            pair = f"{modifier} {noun}" if modifier and sum(f"{modifier} " in b.lower() for b in bullets) > 1 else ""
            ranked.append((-weight, at, pair or noun))
    for _, _, text in sorted(ranked):
        if _bare_kind(text):
            continue  # "Horse" of "the horse" in two bullets says nothing of what the group tells
        if fits(text, group_texts, used) and _own(text.split()[-1], group_texts, all_texts):
            return text
    return ""


def _bare_kind(text: str) -> bool:
    """A lone kind noun, singular or plural: what the subject is, no theme of a group."""
    from citebrief.text.en_described_name import described_kinds

    word = text.casefold()
    return " " not in word and (word in described_kinds() or word.removesuffix("s") in described_kinds())


def _lead_event(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """The event or the matter the first bullet reports as a noun, with the noun before it
    ("tram accident"), not one the title has ("Victory" of "Victory Target"); '' where none."""
    lead, kept = bullets[0], families(title)
    for modifier, noun in _nouns(lead):
        if not event_word(noun) or in_passing(noun, lead) or family(noun) in kept:
            continue
        for text in (f"{modifier} {noun}" if modifier else "", noun):
            if text and fits(text, group_texts, used) and _own(noun, group_texts, all_texts):
                return text
    return ""


def fits(text: str, texts: list[str], used: set[str]) -> bool:
    """Free of the titles given, said as written in the group's paragraphs on word boundaries,
    cut cleanly and read as a noun phrase."""
    folded = text.casefold()
    if any(folded in u or u in folded for u in used):
        return False
    return any(on_word_boundaries(text, t, "en") and cleanly_cut(text, t, "en") for t in texts) and not misread(
        text, texts
    )


def _own(noun: str, group_texts: list[str], all_texts: list[str]) -> bool:
    """A quarter of the article's mentions of the noun or more are in the group's paragraphs: a
    word every group says names none of them, though the bikes of a gallery of bikes may name the
    group that says them most."""
    key = family(noun)
    mine = sum(family_counts(t)[key] for t in group_texts)
    total = sum(family_counts(t)[key] for t in all_texts)
    return total == 0 or mine >= MIN_OWN_SHARE * total
