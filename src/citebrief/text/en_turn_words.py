"""An English bullet that opens on a word turning on the sentence before it ("But the car thief
clearly didn't notice the boy…", "However, Chinese aviation authorities ruled…", "And houses close
to a Lidl cost 2 per cent less") where the bullet before it is not that sentence.

Readers quoted such bullets as a "but" with nothing before it (en-cnndm blind read). Where the
brief cannot carry the sentence it turns on (`cited_points.carry_antecedent`: said elsewhere in
the brief, too long, or in another paragraph), the bullet says its claim without the word, as
the Chinese bullets drop "但是，" and "此外，" (`engines/bullets._strip_connective`). "Then" and
"Still" stay: they say when or despite what, not only that a sentence came before. A lean-in that
only adds to the sentence before ("If that wasn't enough, …", "Worse still, …", "What's more, …")
goes the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citebrief.text.en_thread_turns import turn_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs_en import TablePattern

# words that turn on the sentence before whatever word follows: after them a word of degree is the
# turned claim's subject ("But many will see …", "But much remains …"); not joined on ("So-called")
TURN_WORDS = ("But", "Yet", "And", "Also")
# words that turn on it unless a word of degree follows: then they say how much or in what way
# ("However hard he tried, …", "So great was the demand that …", "However you look at it, …")
DEGREE_TURN_WORDS = ("However", "So")


def turn_word_pattern(
    *, degree: str, first: Sequence[str] = (), not_before: str = "", also_degree: Sequence[str] = ()
) -> str:
    """The one rule of an English turn word, as a pattern to match at a sentence's start: one of
    `TURN_WORDS` (`first` ahead of them: "And yet") unless one of `not_before` follows, or one of
    `DEGREE_TURN_WORDS` (and `also_degree`) unless a word of `degree` follows. Each reader gives
    its own words of degree and extra words; the exception for degree words is written once."""
    plain = "|".join([*first, *TURN_WORDS])
    unless = rf"(?! (?:{not_before})\b)" if not_before else ""
    turning = "|".join([*DEGREE_TURN_WORDS, *also_degree])
    return rf"(?:{plain})\b(?![-'’]){unless}|(?:{turning})\b(?![-'’])(?! {degree})"


# the word and the comma after it; "And yet," as one; not "But for", "So far", "So-called",
# "Yet another", "Yet to", "And so on"; "However" and "So" not before a word of degree, where they
# turn on nothing
_DEGREE = (
    r"(?:much|many|far|long|often|few|little|well|hard|great|good|bad|big|small|large|high|low|fast|slow"
    r"|close|strong|serious|severe|difficult|important|keen|tempting|you|[a-z]+ly)\b"
)
# a lean-in that adds to the sentence before ("If that wasn't enough, the prince got his 400-strong
# audience … to sing", "Worse still, Mr Ray began to …"): the claim after it stands alone
_ADDING = (
    r"(?:As )?[Ii]f (?:that|this) (?:wasn['’]t|weren['’]t|was not|were not) (?:enough|bad enough)"
    r"|(?:Worse|Better) (?:still|yet)|Even (?:worse|better)|On top of (?:that|this|all that)"
    r"|What['’]s more|To make matters worse"
)
_TURN_WORD = LazyPattern(
    rf"(?:{turn_word_pattern(degree=_DEGREE, first=('And yet',), not_before='for|another|more|to|so on')}"
    rf"|(?:{_ADDING}),(?=\s)),?\s+(?=[\w'‘\"“])"
)
MIN_REST_WORDS = 5  # what is left must still be a claim
# a turn to another thread and its comma opening a bullet, what follows a word ("Meanwhile, " before
# "Atletico's ..."; the turns are `en_thread_turns`' table)
_TURN_THEN_WORD = TablePattern(lambda: rf"^(?:{turn_alternation()}),\s+(?=[\w'‘\"“])")


def without_opening(found: re.Match[str] | None, text: str) -> str:
    """`text` less the opening `found` matched at its start, its next letter capitalised; `text`
    itself where nothing matched or under `MIN_REST_WORDS` would be left: the bullet must still
    say a claim (the one rule of the openings this module, `without_thread_turn` and
    `en_lean_words` drop)."""
    if found is None:
        return text
    rest = text[found.end() :]
    if len(rest.split()) < MIN_REST_WORDS:
        return text
    return rest[:1].upper() + rest[1:]


def without_turn_word(text: str) -> str:
    """`text` less the turning word it opens on, its next letter capitalised ("But Benaud's take
    was typically measured" → "Benaud's take was typically measured"); `text` itself where it
    opens on none or too little would be left."""
    return without_opening(_TURN_WORD.match(text), text)


def without_thread_turn(text: str) -> str:
    """`text` less the turn to another thread it opens on, set off by a comma, its next letter
    capitalised: at a group's head the group turns to the thread, and "Meanwhile, more than 100
    headstones have been damaged …" heading one reads as turning from nothing (blind readers of
    en-xsum and en-cnndm briefs); `text` itself where it opens on none or too little would be left."""
    return without_opening(_TURN_THEN_WORD.match(text), text)
