"""An English overview titled by a name its lead sentence says only on the side of its news.

Blind readers mark "Key points: Manchester United" over "After Manchester United eased past
Aston Villa ..., Juan Mata admitted his side still have work to do", "Key points: Gary Bowyer"
over "Blackburn should brace themselves for interest in their players ..., manager Gary Bowyer
has said" and "Key points: Jeremy Clarkson" over "The number plate that got Jeremy Clarkson
and his former Top Gear colleagues harangued out of Argentina was a direct reference to the
Falklands War": an overview titled by a person beside the story, not by what it is about.
So are "Key points: Stephanie March" over Bobby Flay's filing for divorce from her and
"Key points: Sebastian Rode" over "Injury-ravaged Bayern Munich beat Hoffenheim 2-0". Each is a
name the lead's first sentence writes in one of five places of its own, or not at all:

- a clause that opens the sentence ("After ...,", "When ...,", `CLAUSE_OPENERS`): the story is
  about the name before the main clause's first verb ("Juan Mata");
- the teller the sentence ends on (", manager Gary Bowyer has said.", ", insists Gerard
  Pique."): the story is about the name the sentence opens on ("Blackburn");
- a relative clause of the thing the sentence opens on ("The number plate that got ..."): the
  story is about that thing ("Number Plate"), where the article says its head noun again;
- the other party of a deed another person the sentence names did ("Key points: Stephanie
  March" over "Just one day after it was learned Bobby Flay had separated from his wife of 10
  years, ... Stephanie March, ..." and "Bobby Flay has filed for divorce from his wife of 10
  years Stephanie March"): the story is that person's deed ("Bobby Flay's Divorce",
  `en_overview_deed.named_deed`), where an opening paragraph writes the deed's verb between the
  doer's name and the subject's, in one sentence;
- nowhere, where the sentence opens on another name as its subject ("Injury-ravaged Bayern
  Munich beat Hoffenheim 2-0 on Saturday ... Sebastian Rode scored in the 38th minute"): the
  story is about the name it opens on ("Bayern Munich"), where the article says one of its
  words at least as often as the subject's surname ("Bayern" seven times, "Rode" five).

Read from the first sentence of an English news article (its wire tag cut) and the overview's
subject as the other steps leave it; a subject that is no bare name ("Tim Sherwood's Sacking",
"Cockroaches") stays, and so does a name the main clause says too. The name that takes its
place is one the article says again (`en_lead_name.lead_name`); the last two kinds need the
subject to be a person's name (`en_actors.person_key`).
"""

from __future__ import annotations

import re

from citebrief.text.en_actors import person_key
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_lead_name import lead_name
from citebrief.text.en_overview_deed import deed_verbs, named_deed
from citebrief.text.en_overview_event import LEAD_PARAGRAPHS
from citebrief.text.en_overview_most import CLAUSE_OPENERS, capital_runs
from citebrief.text.titles import is_name, mentions, on_word_boundaries, swapped_if_free

_SOURCE_TAG = re.compile(r"^\([^()]{1,40}\)\s*")
# the teller a lead ends on: ", manager Gary Bowyer has said.", ", insists Gerard Pique."
_TELLING = r"(?:said|says|insists|insisted|claims|claimed|believes|admits|admitted|warns|warned|revealed|reveals)"
_TELLER_AFTER = re.compile(
    rf",\s(?:[a-z][\w'’-]*\s){{0,3}}(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,3}})\s"
    rf"(?:has\s|have\s|had\s)?{_TELLING}\.?$"
)
_TELLER_BEFORE = re.compile(
    rf",\s{_TELLING}\s(?:[a-z][\w'’-]*\s){{0,3}}(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,3}})\.?$"
)
# "The number plate that got ...": the thing (two to four lower-case words) a relative clause
# describes; the clause's next word a lower-case verb, not a name ("The view that Manchester
# City's chance ...", a content clause)
_THING_CLAUSE = re.compile(r"^(?:The|A|An)\s(?P<thing>(?:[a-z][\w-]*\s){0,3}[a-z][\w-]*)\s(?:that|which)\s[a-z]")
MIN_HEAD_MENTIONS = 2  # the thing's head noun, said this often in the article at least
_NOT_NAMES = frozenset({"The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I"})
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
# the name a sentence opens on, past one hyphenated word that describes it ("Injury-ravaged"), a
# lower-case word (its verb) after it: "Injury-ravaged Bayern Munich beat"; no possessive ("Michael
# Schumacher's son"), no comma ("Ferrari, who are Ferrari?")
_OPENING_NAME = re.compile(r"^(?:[A-Z][a-z]+-[a-z]+\s)?(?P<name>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})\s[a-z]")
MAX_DEED_GAP = 80  # characters from the deed's verb to the subject's name: its object, not a later clause
# "..., while Ann Lee watched", "died on Sunday.Ann Lee failed": another clause's name, not the deed's object
_CLAUSE_MARKS = re.compile(r"[,;:()!?.]")


def past_aside(subject: str, first: str, texts: list[str], used: set[str]) -> str:
    """The overview's `subject`, or what the `first` sentence is about where it writes `subject`
    only in an opening clause, as its teller, inside a relative clause of its opening thing, as
    the other party of another's deed, or not at all (see the module's note); `used` holds the
    one that stands."""
    if not subject or not first or "'s " in subject or not is_name(subject, texts, "en"):
        return subject
    sentence = _SOURCE_TAG.sub("", first).strip()
    other = _main_clause_name(subject, sentence, texts) or _teller_over(subject, sentence, texts)
    other = other or _described_thing(subject, sentence, texts) or _doer_deed(subject, sentence, texts, used)
    other = other or _opening_name(subject, sentence, texts)
    return swapped_if_free(subject, other, used) if other else subject


def _said_in(subject: str, text: str) -> bool:
    """Whether `text` writes the subject or its last word (a surname) on word boundaries."""
    return any(on_word_boundaries(form, text, "en") for form in {subject, subject.rsplit(maxsplit=1)[-1]})


def _main_clause_name(subject: str, sentence: str, texts: list[str]) -> str:
    """The name before the main clause's first verb, where the sentence opens on a clause of
    its own ("After ...,") that alone says `subject`; ''."""
    words = sentence.split(maxsplit=1)
    if not words or words[0].lower() not in CLAUSE_OPENERS:
        return ""
    clause, comma, main = sentence.partition(", ")
    if not comma or not _said_in(subject, clause) or _said_in(subject, main):
        return ""
    name = lead_name(main, texts, "")
    return name if name and not _said_in(subject, name) else ""


def _teller_over(subject: str, sentence: str, texts: list[str]) -> str:
    """The name the sentence opens on as its subject, where `subject` is only the teller it
    ends on; ''."""
    teller = _TELLER_AFTER.search(sentence) or _TELLER_BEFORE.search(sentence)
    if not teller or not _said_in(subject, teller.group("name")):
        return ""
    if _said_in(subject, sentence[: teller.start()]):
        return ""
    name = lead_name(sentence[: teller.start()], texts, "")
    return name if name and not _said_in(subject, name) else ""


def _described_thing(subject: str, sentence: str, texts: list[str]) -> str:
    """The thing the sentence opens on ("number plate"), where `subject` is said only inside the
    relative clause that describes it and the article says the thing's head noun again; ''."""
    thing = _THING_CLAUSE.match(sentence)
    if not thing or not _said_in(subject, sentence[thing.end() :]):
        return ""
    phrase = thing.group("thing")
    head = phrase.split()[-1]
    if "NOUN" not in word_classes(head) or mentions(head, texts) < MIN_HEAD_MENTIONS:
        return ""
    if not any(on_word_boundaries(phrase, t, "en") for t in texts):
        return ""
    return phrase


def _doer_deed(subject: str, sentence: str, texts: list[str], used: set[str]) -> str:
    """The "Name's deed" of another person the `sentence` names, where an opening paragraph writes
    that person, the deed's verb and then `subject` (the deed's other party) in one sentence
    (see the module's note); ''."""
    if not person_key(subject, texts):
        return ""
    for run in capital_runs(sentence):
        if _said_in(subject, run) or _said_in(run, subject) or not person_key(run, texts):
            continue
        phrase = named_deed(run, texts, set(used))  # a copy: the caller keeps the one that stands
        noun = phrase.partition("'s ")[2]
        if noun and _done_to(run, deed_verbs(noun), subject, texts[:LEAD_PARAGRAPHS]):
            return phrase
    return ""


def _done_to(doer: str, verbs: list[str], subject: str, paragraphs: list[str]) -> bool:
    """Whether one sentence of the `paragraphs` writes `doer`, then one of the `verbs`, then
    `subject` within `MAX_DEED_GAP` characters of the verb and no clause mark between."""
    for paragraph in paragraphs:
        for sentence in _SENTENCE_END.split(paragraph):
            at = sentence.find(doer)
            if at < 0:
                continue
            for verb in verbs:
                done = sentence.find(f" {verb} ", at + len(doer))
                named = sentence.find(subject, done) if done >= 0 else -1
                if named < 0 or named - done > MAX_DEED_GAP:
                    continue
                if not _CLAUSE_MARKS.search(sentence, done, named):
                    return True
    return False


def _opening_name(subject: str, sentence: str, texts: list[str]) -> str:
    """The name the sentence opens on as its subject, where the sentence does not say the person
    `subject` at all and the article says that name at least as often as the subject's surname; ''."""
    opening = _OPENING_NAME.match(sentence)
    if not opening or _said_in(subject, sentence) or not person_key(subject, texts):
        return ""
    name = opening.group("name")
    if name.split()[0] in _NOT_NAMES or not is_name(name, texts, "en") or not _named_inside(name, texts):
        return ""
    said = max(mentions(word, texts) for word in name.split())  # "Bayern" of "Bayern Munich"
    return name if said >= mentions(subject.rsplit(maxsplit=1)[-1], texts) else ""


def _named_inside(name: str, texts: list[str]) -> bool:
    """Whether the texts write `name` inside a sentence too, past its first word: a name, not a
    sentence's opening words in capitals ("Former Dons midfielder Sheerin", "Visitors to the
    festival")."""
    for text in texts:
        at = text.find(name)
        while at >= 0:
            before = text[:at].rstrip()
            if before and before[-1] not in ".!?\"'“”‘’" and not before.endswith(")"):
                return True
            at = text.find(name, at + 1)
    return False
