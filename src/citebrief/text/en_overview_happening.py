"""An English overview titled by a place or a body the first sentence writes only as where its
news happened (`en_overview_place.py`), where no other phrase of the lead stands in for it, but
the lead writes what happened as a verb: blind readers mark "Key points: Syria" over "Six
Minnesota men have been charged with terrorism ... accused of traveling ... to Syria" and "Key
points: Westfield Miranda" over "Topshop and Topman is set to launch a second store ... at
Westfield Miranda": the story is the event, not the place. The first such verb of the sentence
(`data/en_lead_happenings.tsv`) gives the event's noun with what the charge is ("Terrorism
Charges") or what is launched or opened, where a headline would name it so (a store, not "its
doors": `data/en_lead_venues.tsv`; "Store Launch"), or, where the lead opens on counted people
the deed befell, of whom ("Eight guards at Nauru detention centre have been suspended ... at a
recent Reclaim Australia rally" → "Suspension of Eight Guards"). A body the first sentence writes
only as whose people they are ("agents of the Syrian government have been executed") gives way
so too ("Execution of Three Men"). en-cnndm readers' form: 4 of 200 briefs changed, each overview
only, all better by a read; en-xsum 0 of 200. A lead that opens on counted people and their deed
stands so for a subject it does not write at all ("Firing of Two Transportation Security
Administration Screeners", not "TSA Officer" of a later paragraph: `counted_lead`; a wire's tag
glued before the count, "(CNN)Two ...", is passed over).
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.chunks import word_list
from citebrief.text.data_files import data_lines
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_written_at import places as written_places
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, free_of, on_word_boundaries, swapped_title

WITH, OBJECT, COUNTED = "with", "object", "counted"
# words caught after the verb: up to the object's head ("a second flagship store") or past a
# charge's count ("eight counts of child pornography")
MAX_CAUGHT_WORDS = 5
# a function word, or a non-noun, ends what a charge is: "terrorism in a criminal complaint"
_FUNCTION = frozenset(
    word_list("a an the in on at for to of from by with and or but as after before over into his her their its")
)
_DETERMINER = r"(?:a|an|the|its|their|his|her|new)"
_COUNTS = "Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens of|Hundreds of"
_PASSIVE = r"(?:(?:has|have|had)\sbeen|were)"  # "Eight guards ... have been suspended"
_WIRE_TAG = r"(?:\([A-Z][\w ]{0,20}\))?"  # a wire's tag glued to the lead: "(CNN)Two Transportation ..."
# plural nouns of people without an "-s"
_PEOPLE = frozenset(word_list("men women people children"))


@cache
def _happenings() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """Each verb of `data/en_lead_happenings.tsv` as a pattern of its forms and what follows, with
    its event's noun and the kind of what the title takes before it."""
    rows = []
    for line in data_lines("en_lead_happenings.tsv"):
        forms, noun, kind = (cell.strip() for cell in line.split("\t"))
        alternation = "|".join(sorted(forms.split(), key=len, reverse=True))
        if kind == COUNTED:  # the lead opens on the counted people the deed befell
            counted = rf"((?:{_COUNTS})\s[\w-]+(?:\s[\w-]+){{0,3}})\b"
            pattern = rf"^{_WIRE_TAG}{counted}[^.;:!?]{{0,80}}?\s{_PASSIVE}\s(?:{alternation})\b"
        else:
            tail = r"\swith\s(?:(?:an?|the)\s)?" if kind == WITH else rf"\s{_DETERMINER}\s"
            pattern = rf"\b(?:{alternation}){tail}((?:[\w-]+\s){{0,{MAX_CAUGHT_WORDS}}}[\w-]+)"
        rows.append((re.compile(pattern), noun, kind))
    return tuple(rows)


@cache
def _venues() -> frozenset[str]:
    return frozenset(data_lines("en_lead_venues.tsv"))


def charge_of(words: list[str]) -> str:
    """What a charge is: the first words after "with" (past "eight counts of") up to a function
    word, all nouns, none a verb's "-ing" ("terrorism", "attempted murder"; not "killing his
    wife", "possessing child pornography"); ''."""
    if len(words) > 2 and words[1] in ("count", "counts") and words[2] == "of":
        words = words[3:]  # "two counts of murder": the charge is murder
    kept: list[str] = []
    for word in words[:2]:
        if word in _FUNCTION or not word.isalpha() or not word.islower():
            break
        kept.append(word)
    if not kept or kept[0] in _NUMBERS or "NOUN" not in word_classes(kept[-1]):
        return ""
    return "" if any(w.endswith("ing") and "VERB" in word_classes(w) for w in kept) else " ".join(kept)


def _counted(words: list[str]) -> str:
    """The counted people as the lead opens on them: the count, a word at most that says which
    (or a body's name of capitalised words: "Two Transportation Security Administration
    screeners"), and a plural noun ("Eight guards", "Three men" of "Three men accused of ...";
    a word no dictionary knows as a doer's, "screeners"); ''."""
    count = 2 if words[0] in ("Dozens", "Hundreds") else 1
    best = ""
    for end in range(count + 1, len(words) + 1):
        head = words[end - 1]
        if head in _FUNCTION:
            break
        which = words[count : end - 1]
        if len(which) > 1 and not all(w[:1].isupper() for w in which):
            break
        classes = word_classes(head)
        doers = head.islower() and head.endswith("ers") and not classes
        if head in _PEOPLE or (head.endswith("s") and "NOUN" in classes) or doers:
            best = " ".join(words[:end])
    return best


def _what(kind: str, words: list[str]) -> str:
    """What the title takes with the event's noun, of the words the verb's pattern caught."""
    return charge_of(words) if kind == WITH else _object(words) if kind == OBJECT else _counted(words)


def _object(words: list[str]) -> str:
    """The object's head where it is a venue or a thing sold (`data/en_lead_venues.tsv`): the
    last such word before a function word, an "-ing" or the phrase's end ("second store",
    "phone shop" → "shop", "store selling phones" → "store", "store today" → "store"); ''."""
    head = ""
    for word in words:
        if word in _FUNCTION or not word.isalpha() or not word.islower() or word.endswith("ing"):
            break
        head = word if word in _venues() else head
    return head


# the verb group's front the clause's subject stands before: "Topshop and Topman is set to"
_AUXILIARY = LazyPattern(
    r"(?:\s(?:is|are|was|were|has|have|had|will|would)(?:\sbeen)?)?"
    r"(?:\s(?:set|due|about|poised|planning|going)\sto|\sto)?\s*$"
)
_NUMBERS = frozenset(word_list("a an the two three four five six seven eight nine ten eleven twelve dozens"))
MAX_SUBJECT_WORDS = 5


def _owner(before: str, kind: str) -> str:
    """Whose the event is, as the clause before the verb names it: a name run of what launches
    or opens ("Topshop and Topman is set to launch" → "Topshop and Topman"; not a person charged,
    "John Smith Rape Charges"), or the capitalized words that place a counted subject ("Six
    Minnesota men have been charged" → "Minnesota"); '' for anything else."""
    clause = _AUXILIARY.sub("", before.rsplit(",", 1)[-1]).split()
    if not clause or len(clause) > MAX_SUBJECT_WORDS:
        return ""
    if kind == OBJECT and all(w[:1].isupper() or w in ("and", "&") for w in clause) and clause[-1][:1].isupper():
        return "" if clause[0].lower() in _NUMBERS | {"it", "they", "he", "she", "this"} else " ".join(clause)
    if len(clause) >= 3 and clause[0].lower() in _NUMBERS and clause[-1].islower():
        middle = clause[1:-1]
        if all(w[:1].isupper() and w.isalpha() for w in middle):
            return " ".join(middle)
    return ""


def lead_happening(first: str, texts: list[str], used: set[str]) -> str:
    """The event the `first` sentence writes as a verb, titled as a headline names it (see the
    module's note), where the article says its words; '' where it writes none. `used` gains it."""
    found: tuple[int, str, str] | None = None
    for pattern, noun, kind in _happenings():
        match = pattern.search(first)
        if not match or (found is not None and match.start() >= found[0]):
            continue
        what = _what(kind, match.group(1).split())
        if what and kind == COUNTED:  # "Suspension of Eight Guards": no owner before it
            found = (0, f"{noun} of {what}", kind)
        elif what:
            found = (match.start(), f"{what} {noun}", kind)
    if found is None:
        return ""
    owner = _owner(first[: found[0]], found[2]) if found[0] else ""
    title = display_title(f"{owner} {found[1]}" if owner else found[1], "en")
    if not free_of(title, used) or not happening_grounded(title, texts):
        return ""
    used.add(title.casefold())
    return title


def happening_grounded(title: str, texts: list[str]) -> bool:
    """Whether a title this module may have made stands on the article's words: what the charge
    is or what is launched written after a form of the event's verb, and its owner's words as
    written (for `bench/brief_checks.py`, whose titles must otherwise be written in their group's
    text); not a title written as is, which that checks itself."""
    event, of, counted = title.partition(" of ")
    if of and _event_written(counted, event.casefold(), texts):
        return True
    words = title.split()
    for cut in range(len(words) - 1):  # the owner's words ("Topshop and Topman"), then the event's
        owner = " ".join(words[:cut])
        if owner and not any(on_word_boundaries(owner, t, "en") for t in texts):
            continue
        if _event_written(" ".join(words[cut:-1]).casefold(), words[-1].casefold(), texts):
            return True
    return False


def _event_written(what: str, noun: str, texts: list[str]) -> bool:
    """Whether a verb of `noun`'s event is written with `what` after it in one of the `texts`."""
    for pattern, event, kind in _happenings():
        if event != noun:
            continue
        for text in texts:
            for match in pattern.finditer(text):
                if _what(kind, match.group(1).split()).casefold() == what.casefold():
                    return True
    return False


# people a body has, before "of": "agents of the Syrian government", "members of Islamic State"
_MEMBER_WORDS = frozenset(word_list("agents members supporters fighters soldiers troops officials spies employees"))
_MEMBERS = re.compile(rf"\b(?:{'|'.join(sorted(_MEMBER_WORDS))})\sof\s(?:the\s)?$")
_BEFORE = 20  # characters before a body that hold its people's word and "of the"


def only_whose(subject: str, first: str) -> bool:
    """Whether the `first` sentence writes `subject` (in any case: "Syrian Government" of "the
    Syrian government") only as whose people its news is about ("Three men accused of being
    agents of the Syrian government have been executed"): the body is not what happened."""
    places = [start for start, _ in written_places(subject, first, ignore_case=True)]
    return bool(places) and all(_MEMBERS.search(first[max(0, at - _BEFORE) : at]) for at in places)


def whose_happening(subject: str, first: str, texts: list[str], used: set[str]) -> str:
    """`lead_happening` where the `first` sentence writes the body `subject` only as whose people
    its news is about (`only_whose`), and the title names them otherwise than as its people
    ("Execution of Three Men"; not "Arrest of Two Members", which says less than the body); ''."""
    if not only_whose(subject, first):
        return ""
    trial = set(used)  # a copy: a title given up leaves `used` as it was
    happening = lead_happening(first, texts, trial)
    if not happening or happening.split()[-1].casefold() in _MEMBER_WORDS:
        return ""
    used.add(happening.casefold())
    return happening


def counted_lead(subject: str, first: str, texts: list[str], used: set[str]) -> str:
    """The deed of the counted people the `first` sentence opens on ("Two Transportation Security
    Administration screeners have been fired after ..." → "Firing of Two Transportation Security
    Administration Screeners"), in place of a `subject` the sentence does not write ("TSA Officer"
    of a later paragraph): those people and what befell them are the news; else `subject`."""
    if not subject or on_word_boundaries(subject, first, "en"):
        return subject
    trial = used - {subject.casefold()}  # a copy: a title given up leaves `used` as it was
    happening = lead_happening(first, texts, trial)
    if not happening or " of " not in happening or "'s " in subject:
        return subject
    return swapped_title(subject, happening, used)
