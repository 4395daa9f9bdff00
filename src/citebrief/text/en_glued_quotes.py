"""A quotation's next paragraph whose opening mark BBC text glued to the sentence before.

BBC (en-xsum) articles join paragraphs with no space, and a quotation that runs over paragraphs
opens each one with a straight mark: '"We couldn't get anywhere near the site," said
Hetherington."When we were able to access it, the reality hit everybody.' The sentence cutter
gives that mark to the sentence before, as its closing one, and the next paragraph reads as the
writer's: blind readers met bullets like "When we were able to access it, the reality hit
everybody" (en-xsum 19), "People are angry and I personally feel betrayed" (68), "If we ever
wonder why the battle for gender equality hasn't been won …" (80), "As a matter of proper
governance, Temasek does not direct the business operations of our portfolio companies" (157)
with no one named as saying them. Such a sentence speaks in the first person ("I", "my", "we",
…) — the writer of a news report does not — and follows, with no mark of its own, a sentence of
quoted words ending on a stop and a straight mark: it is the middle of the quotation
(`en_unattributed.inside_quotation`), which the picking steps pass over for a sentence naming
who speaks ("We couldn't get anywhere near the site," said Hetherington; The fund told the BBC:
…). Such glued lines are not counted as the writer's "I" when judging whether a story is told in
the first person (`en_unattributed.quote_reading`).

Guarded, as blind readers read three briefs worse than before (session 47):
- glued lines do not overturn a story read as told in the first person, all its sentences
  counted (`en_unattributed.quote_reading`): en-xsum 14, the cyclist's own account of her crash,
  lost its outcome "Although I did break a few bones, my spinal cord stayed intact …" for "Being
  an athlete, I think they said …";
- a speaker's sentence brought in to lead a line of their words is not one cut with its quotation
  left open after the colon ('Nick Selman told BBC Wales Sport:"It was good to get some runs for
  a change', en-xsum 45: `en_speaker_leads`);
- the run of middles after a glued line stops at a sentence that speaks of others as "they",
  "he" or "she" with no "I"/"we" of its own, as the writer does (`speaks_of_others`): "With an
  average age of 19, they've all got bright futures ahead of them" (en-xsum 7) is left the
  writer's, which keeps "'I feel like I'm just missing a little bit of zing …,' she said" in its
  group, not the speakerless "I didn't get the roar …" (one middle more had left the group too
  few attributed lines to pick among, `en_unattributed.attributed_first`).
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.quote_fragments import ANY_MARK

SHORT_QUOTE = 6  # words after a sentence's last opening mark: fewer, a reply carried on

# a sentence ending on a stop and a straight double mark: '… a great feeling."'
_GLUED_END = LazyPattern(r"[.!?]\"$")
# an opening straight mark: at the start or after a space, before a word ('answered: "No.')
_OPENING = LazyPattern(r"(?:^|(?<=\s))\"(?=\w)")
# a first-person word: "I", "I'm", "my", "we", "our", "us", "me" ("I'm" and "I’m" are "I" and a
# boundary: the apostrophe is no word character)
_FIRST_PERSON = LazyPattern(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
# a third-person pronoun: "they", "they've", "them", "their", "he", "she", "his", "her", "him"
_THIRD_PERSON = LazyPattern(
    r"\b(?:[Tt]hey(?:'ve|’ve|'re|’re|'ll|’ll|'d|’d)?|[Tt]hem|[Tt]heir|[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b"
)


def speaks_first_person(text: str) -> bool:
    """`text` has a first-person word ("I", "my", "we", "our", "us", "me")."""
    return _FIRST_PERSON.search(text) is not None


def speaks_of_others(text: str) -> bool:
    """`text` speaks of others as "they", "he", "she" … and has no first-person word: the
    writer's way of speaking, where a glued line's run stops (module doc, en-xsum 7)."""
    return _THIRD_PERSON.search(text) is not None and not speaks_first_person(text)


def glued_line(before: str, text: str, *, before_quoted: bool) -> bool:
    """`text` goes on with the quotation of `before` (module doc): it has no quotation mark and
    speaks in the first person, and `before` ends on '."' and is a quotation's middle
    (`before_quoted`) or quotes words of its own. A quotation of under `SHORT_QUOTE` words is left
    as it was: the engine carries such a short sentence into the line after it, one bullet naming
    the speaker ('… Mr Szijjarto answered: "No. Why should we?" These laws belong to national
    competence …', en-xsum 39)."""
    if ANY_MARK.search(text) is not None or not speaks_first_person(text):
        return False
    if _GLUED_END.search(before.rstrip()) is None:
        return False
    if before_quoted:
        return True
    if before.count('"') < 2:
        return False
    starts = [m.end() for m in _OPENING.finditer(before)]  # the words from the last opening mark on
    return len(before[starts[-1] if starts else 0 :].split()) >= SHORT_QUOTE
