"""English names that read as a person's but are a place, a body, an event or a thing.

`en_actors.is_person` takes a name for a person's where the article writes a capitalized word
before its last ("Ram Manohar"): so are "Los Angeles", "Cardiff City", "Carnival Spirit" and
"Anzac Day", and a brief titled or grouped by them reads as if they were people (issue #9). A
name is none where it ends in a body's or place's word (`data/en_non_person_heads.tsv`), a day's
or month's name, or the article writes it where places and things stand ("in Santa Monica, Los
Angeles", "the Carnival Spirit") — unless the article gives its last word a person's cue
anywhere: a title ("Mr Street"), an age ("March, 34,"), a kin word ("his wife Stephanie March"),
"who" after it, or, but for a body's name (bodies speak too: "the Lib Dems said"), a verb of
saying ("March asked", "said Court."). The cue keeps every person the article itself marks as
one; only names with none change.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.brief_memo import per_brief
from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.data_files import data_lines
from citebrief.text.en_club_words import club_word
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern, alternation
from citebrief.text.titles import starts, word_boundary

_CALENDAR = frozenset(DAY_NAMES + MONTH_NAMES)
_CUE_SPAN = 60  # characters either side of a name read for a cue
_CAPS = r"(?:[A-Z][\w'’.-]* )*"  # the name's words before its last
KIN = "wife|husband|son|daughter|mother|father|brother|sister|girlfriend|boyfriend|partner|widow|fianc[eé]e?"
# a person's own cues, before the name: "Mr ", "Dr. Ram ", "his wife Stephanie ", "his wife of 10 years, "
_PERSON_BEFORE = LazyPattern(
    rf"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Prof|Professor)\.? |\b(?:{KIN})(?:,| of \d+ years,?)? ){_CAPS}$"
)
# after it: "'s wife", ", 34,", ", aged 34", ", who"
_PERSON_AFTER = LazyPattern(rf"(?:['’]s (?:{KIN}|family)\b|, (?:aged )?\d+\b|, who\b)")
# a speaker's: "March asked", "..., said Court." (the name ends the clause: not "says Manchester United need")
_SAID_AFTER = TablePattern(lambda: rf" (?:{alternation('quoted')}|asked)\b")
_SAID_BEFORE = TablePattern(lambda: rf"\b(?:{alternation('quoted')}|asked) {_CAPS}$")
_CLAUSE_END = (",", ".", ":", ";")
# the name where a place or a thing stands: after "in"/"near"/... (a place before it and a comma
# allowed: "in Santa Monica, Los Angeles", not a date's: "in December, Blizerian") or after "the"
_PLACE_BEFORE = LazyPattern(
    rf"(?:\b(?:in|near|outside|across|throughout) (?:(?!{'|'.join(DAY_NAMES + MONTH_NAMES)})"
    rf"{_CAPS}[A-Z][\w'’.-]*, )?|\b[Tt]he )$"
)
# a person's name after "in" all the same: "in Benzema's absence", "in Frida Kahlo: The ..." (a work's title)
_OWNED_AFTER = ("'s", "’s", ":")


@cache
def _heads() -> frozenset[str]:
    return frozenset(data_lines("en_non_person_heads.tsv"))


def body_word(word: str) -> bool:
    """Whether `word` is a body's or a place's last word ("Commission", "Trust"), cue or not."""
    return word in _heads()


def _places(word: str, text: str) -> list[int]:
    """Where `text` writes `word` as a whole word."""
    return [at for at in starts(word, text) if word_boundary(text, at) and word_boundary(text, at + len(word))]


@per_brief(maxsize=2048)
def person_cue(last: str, text: str, *, speech: bool) -> bool:
    """`text` marks `last` (a name's last word) as a person's somewhere: a title or a kin word
    before it, an age, a kin word or "who" after it; with `speech`, a verb of saying after it or
    before it (the name then ending the clause) too. A body speaks as well ("Carnival Cruise
    Lines stated", "the Lib Dems said"): a body's name is read without `speech`."""
    for at in _places(last, text):
        end = at + len(last)
        if _PERSON_BEFORE.search(text[max(at - _CUE_SPAN, 0) : at]) or _PERSON_AFTER.match(text, end, end + _CUE_SPAN):
            return True
        if speech and (
            _SAID_AFTER.match(text, end, end + _CUE_SPAN)
            or (_SAID_BEFORE.search(text[max(at - _CUE_SPAN, 0) : at]) and text.startswith(_CLAUSE_END, end))
        ):
            return True
    return False


def _longer_or_owned(text: str, end: int) -> bool:
    """The name ending at `end` goes on ("in Frida Kahlo" for "Frida") or is owned ("in Benzema's absence")."""
    return text.startswith(_OWNED_AFTER, end) or (text[end : end + 1] == " " and "A" <= text[end + 1 : end + 2] <= "Z")


def _placed(name: str, text: str) -> bool:
    """`text` writes `name` whole where a place or a thing stands ("in Los Angeles", "the Carnival Spirit")."""
    name = name.removesuffix("'s").removesuffix("’s")  # "Frida's": where "Frida" stands
    several = " " in name  # "the Carnival Spirit" is a thing; "the Sun", "the FA" a paper or a body that acts
    for at in _places(name, text):
        before = _PLACE_BEFORE.search(text[max(at - _CUE_SPAN, 0) : at])
        if not before or (not several and before.group().endswith(("the ", "The "))):
            continue
        if not _longer_or_owned(text, at + len(name)):
            return True
    return False


def not_a_person(name: str, last: str, text: str) -> bool:
    """`name` (its opening word no name already dropped), its last word `last`, is a place's,
    a body's, an event's or a thing's by what `text` (the article) writes, and the article gives
    `last` no person's cue."""
    if last in _heads() or club_word(last, text):  # "Villa" of "Aston Villa": text/en_club_words.py
        return not person_cue(last, text, speech=False)
    if last not in _CALENDAR and not _placed(name, text):
        return False
    return not person_cue(last, text, speech=True)
