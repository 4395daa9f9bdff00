"""Who told an English news story, and a group title that names only that: blind readers of news
briefs mark "Mr McLachlan" over what the prosecutor said of a nurse's allegations, "Officer
Kathryn McCormick" over a mother's 911 call and an Amber Alert, "Paul Dundon" over a forecast of
absenteeism: a title says what the group's bullets are about, not who speaks in them.

One set of the verbs that name a story's teller (the "teller" use of data/speech_verbs_en.tsv),
read by every English title step that asks whether a name is the teller's (en_title_shared,
en_title_theme and this one): each step once spelled its own list, the lists differed, and a
name was a source to one step and a subject to the next.
"""

from __future__ import annotations

import re

from citebrief.text.chunks import word_list
from citebrief.text.en_title_choice import family, may_act, ranked_phrases
from citebrief.text.en_title_cover import fits
from citebrief.text.en_title_detail import thing_said
from citebrief.text.en_title_event import event_phrase
from citebrief.text.en_titles import event_word, misread
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern, alternation
from citebrief.text.titles import display_title, free_of, swapped_title

# words that may stand between a verb of saying and the name ("said goalkeeping coach Tony Parks",
# "told the Tampa Bay Times"), not those of a clause ("said the car was parked in Fairfield")
_CLAUSE_WORDS = frozenset(
    word_list(
        "a an was were is are be been has have had will would could should can may might not in on at to "
        "into from with by for of that this which who he she it they we i you his her their its and or but "
        "if when as there"
    )
)
# a teller who speaks of themselves: "Loeb said he ...", "'I've been so happy,' Travolta said"
_SELF = LazyPattern(r"\b(?:he|she|I|I'm|I've|I'd|my|me|himself|herself)\b")
MAX_BETWEEN = 4  # words between the verb and the name, at most


# after the name: an apposition or a few lower-case words ("Mary Crawford, 57, said", "Jean Morris
# from the farm said"), then the verb; before it: the verb and up to four words ("said goalkeeping
# coach Tony Parks"). Compiled once: a pattern per name cost ~5 ms to compile, a brief's title.
# The verbs (and "according to") that name who told the story, a speaker, an outlet, an agency, are
# the table's "teller" (text/data/speech_verbs_en.tsv), read when a pattern is first compiled.
_AFTER = TablePattern(lambda: rf"(?:,[^,]{{1,40}},| [a-z][^.;:,'‘’\"“”]{{0,30}})?\s+{alternation('teller')}\b")
_BEFORE = TablePattern(lambda: rf"\b{alternation('teller')}\s+((?:[A-Za-z][\w.'’-]*\s+){{0,{MAX_BETWEEN}}})$")
_PASSIVE_BEFORE = LazyPattern(r"\b(?:was|were|is|are|be|been|being)\s*$")
_BEFORE_SPAN = 80  # characters read back from the name for its verb
# a verb right after a person's name the teller's verb comes before: the name opens the clause
# told ("Prescott said Mr Pickles had given a 'car crash' interview"), it is no teller. Only a
# capitalized name: "revealed the former St Mirren player was undergoing counselling" stays a
# teller's, as before (reading it otherwise put one bullet's "St Mirren Player" over the group)
_CLAUSE_VERB = LazyPattern(r"\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does)\b")


def _places(name: str, text: str) -> list[int]:
    """Where `text` says `name` on word boundaries (by `str.find`: no pattern per name)."""
    found = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            found.append(at)
        at = text.find(name, at + 1)
    return found


def told_by(name: str, text: str) -> bool:
    """`text` names `name` (as written) as who told it: "Mr McLachlan said", "Mary Crawford, 57,
    said", "Jean Morris from the farm said", "said goalkeeping coach Tony Parks", "told the Tampa
    Bay Times", "Turkey's semiofficial Anadolu Agency reported"; not "Portsmouth Crown Court was
    told" (who heard it), "said the car was parked in Fairfield" (a clause between) nor "said Mr
    Pickles had given" (the subject of what was said)."""
    for at in _places(name, text):
        end = at + len(name)
        after = _AFTER.match(text, end)
        if after and not _PASSIVE_BEFORE.search(text, end, after.end() - len(after.group().split()[-1])):
            return True
        before = _BEFORE.search(text[max(0, at - _BEFORE_SPAN) : at])
        said_of = name[:1].isupper() and _CLAUSE_VERB.match(text, end)  # "said Mr Pickles had given"
        if before and not _CLAUSE_WORDS.intersection(before.group(1).lower().split()) and not said_of:
            return True
    return False


def only_teller(name: str, bullets: list[str]) -> bool:
    """Some bullet names `name` (as written, on word boundaries), and every one that does names it
    as who told the story."""
    holders = [b for b in bullets if _places(name, b)]
    return bool(holders) and all(told_by(name, b) for b in holders)


def _person(title: str) -> bool:
    """A title of capitalized words: a person, an outlet, an agency ("Officer Kathryn McCormick",
    "BBC Sport"), not a thing ("Amber Alert" is capitalized too: the caller asks `only_teller`)."""
    words = title.split()
    return bool(words) and all(w[:1].isupper() for w in words)


def speaker_title(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """`title` unless it names a person or an outlet that every bullet naming them names as who
    told it (by the title's last word: "Mr Dundon said" of "Paul Dundon"), and the bullets say
    something a title may name: the event they report ("child endangerment charges"), else a
    thing of two words one bullet says and another echoes; `used` updated."""
    last = title.rsplit(maxsplit=1)[-1]
    if len(bullets) < 2 or not _person(title) or not only_teller(last, bullets):
        return title
    if any(_SELF.search(b) for b in bullets if re.search(rf"\b{re.escape(last)}\b", b)):
        return title  # "Loeb said he filed a complaint": who tells their own story is what it is about
    others = used - {title.casefold()}
    best = event_phrase(bullets, others)
    best = best if best and fits(best, group_texts) else ""
    best = best or thing_said(bullets, group_texts, all_texts, others, min_echoes=1)
    best = best or _most_said(bullets, group_texts, all_texts, others, title)
    own = {family(w) for w in title.split()}
    if not best or own & {family(w) for w in best.split()}:
        return title
    return display_title(swapped_title(title, best, used), "en")


MIN_SAYERS = 2.0  # bullets a phrase that names no event or matter speaks for, at least
# endings of nouns that name a matter, an act or a state ("absenteeism", "legislation")
_MATTER_ENDINGS = ("ism", "tion", "sion", "ment", "ness", "ship")
MIN_COVERED = 1.0  # bullets a phrase speaks for (`en_title_choice.bullet_credits`), at least


def _most_said(bullets: list[str], group_texts: list[str], all_texts: list[str], used: set[str], title: str) -> str:
    """The phrase of the bullets that speaks for most of them (`en_title_choice`'s ranking: a
    thing the group says over a word every group says), a whole bullet at least, not a word
    alone that may be a verb ("Call" of "calling in sick"), nor a teller's name; '' where none."""
    for text, covered in ranked_phrases(bullets, group_texts, all_texts, used, MIN_COVERED):
        if " " not in text and may_act(text):
            continue
        if covered < MIN_SAYERS and not _matter(text):
            continue  # "Lad", "Efforts", "Anniversary": one bullet's word, no matter it reports
        if only_teller(text.split()[-1], bullets) or text.casefold() == title.casefold():
            continue
        if free_of(text, used) and fits(text, group_texts) and not misread(text, group_texts):
            return text
    return ""


def _matter(text: str) -> bool:
    """A phrase headed by an event word or a noun that names a matter ("Absenteeism")."""
    head = text.split(" of ", maxsplit=1)[0].rsplit(maxsplit=1)[-1].lower()
    return event_word(head) or head.endswith(_MATTER_ENDINGS)
