"""An English bullet whose first mention of a person is "Mr. Hatfield" or a bare surname ("Meacham
previously told …") where the article gives their whole name elsewhere but no known role: the given
name comes in brackets before the surname ("Mr. [Josh] Hatfield", "[Malenda] Meacham"), and the
paragraph first writing the whole name is cited.

CNN/Daily Mail and BBC write a whole name once ("Josh Hatfield, a regular, …") and "Mr Hatfield"
after; a brief keeping only the later sentences left blind readers asking who he was ("never
introduce Mr. Hatfield"). `en_name_intros` brings in a role where the article gives a known one
("[defense attorney Judy] Clarke"); this runs where it gave none, as narrowly: the article writes
one given name only before the surname (`en_name_intros.sole_given`: one person), the whole name is
a person's, no sentence of the brief writes it, the bullet is the brief's first to say the surname
and its group's bullets before it do not, the surname stands alone (as `en_name_intros` reads it) or
after a title; a title of one sex ("Mrs Cruz") is read only where the whole name is no other
person's relation ("Ted Cruz's wife, Heidi": the whole name is her husband's). Verify reads the
bullet without the bracket, the given name in a cited paragraph (`text.speaker_label.ROLE_IN_PLACE`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from citebrief.engines.en_name_intros import (
    MIN_SURNAME,
    name_goes_on,
    not_name,
    same_block,
    sole_given,
    stands_alone,
    words_before,
)
from citebrief.engines.en_printed_order import named_above
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.en_actors import is_person
from citebrief.text.en_name_word import NAME_WORD
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import role_in_place
from citebrief.verify.contrasts import negations

# the word before a whole name that may stand before a person's given name: a lower-case word
# ("superintendent Chuck Ledbetter"), a comma ("mother-of-two, Malenda Meacham") or a possessive
# ("Australia's Nick Kyrgios"); not a capitalized word ("Natural Resources Wales"), a number or a
# sentence's start ("Why Turkey won't …")
_BEFORE_GIVEN = LazyPattern(r"(?:\b[a-z][\w-]*|,|['’]s) $")
# words that name a thing after them: "a community known as Little Britain", "concerts called …"
_NAMING = LazyPattern(r"\b(?:known as|called|dubbed|named) $")
# the words a denial is looked for among, as `verify.contrasts` reads them: "not", "n't", "never"
_WORDS = LazyPattern(r"n't|[A-Za-z]+")
# a surname in the bullet, a title before it or not: "Mr. Hatfield", "Perry", "Mr McGowan" (`en_name_word`)
_NAMED = LazyPattern(rf"(?<![\w'’.-])(?:(?P<title>Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?(?P<surname>{NAME_WORD})\b")


def given_name_en(
    scored: Scored,
    i: int,
    text: str,
    points: Sequence[Point],
    everywhere: Iterable[int],
    printed: Iterable[int] | None = None,
) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with the given name of the first person it names by a
    titled or bare surname in brackets before the surname, and the paragraph of the sentence first
    writing the whole name; None where no one is so named, or they are unsure or introduced already
    (module doc). `points`: the group's bullets before it; `everywhere`: the brief's sentences; `printed`: those printed
    above it, where the brief's order is known (`en_printed_order`: en-xsum 166's "Mr Wright")."""
    if scored.lang != "en" or "[" in text:
        return None

    texts = [unit.text for unit in scored.units]
    bullets = scored.trimmed
    goes_on = same_block(scored)
    seen: set[str] = set()
    for named in _NAMED.finditer(text):
        surname, titled = named.group("surname"), named.group("title") is not None
        if surname in seen or not_name(surname) or len(surname) < MIN_SURNAME or _plural_of(surname, texts):
            continue
        seen.add(surname)
        start, end = named.start("surname"), named.end("surname")
        if name_goes_on(text, end):
            continue  # a capitalized word after it: the surname is a given name, or ends no name
        if not titled and not stands_alone(text, start, end):
            continue
        found = sole_given(texts, surname)
        if found is None:
            continue
        given, at, begins = found
        whole = f"{given} {surname}"
        if not _whole_alone(texts[at], begins, len(whole), words_before(texts, at, begins, goes_on), titled):
            continue
        if given in text or any(surname in point.text for point in points):
            continue  # the bullet or its group says who
        # what the bullets say, not their whole sentences: en-cnndm 106's "The Tories have nudged ahead
        # …" is cut from a sentence glued to the next ones, "… Tory donor Peter Hall, who …"
        if named_above(bullets, texts, i, whole, everywhere, printed):
            continue  # the brief says who, or a bullet it prints above names them first
        if titled and re.search(rf"\b{re.escape(whole)}['’]s\b", texts[at]):
            continue  # "Ted Cruz's wife": the whole name may be another's than "Mrs Cruz"
        if not is_person(whole, texts) or _denies(texts[at], text):
            continue
        return text[:start] + role_in_place(given, text[start:]), scored.units[at].paragraph
    return None


def _whole_alone(sentence: str, begins: int, length: int, before: str, titled: bool) -> bool:
    """Whether the whole name at `begins` (`length` characters) of `sentence` is a name of its own:
    no capitalized word after it ("Mark Connor" is no "Mark"), nor, for a surname the bullet gives
    no title, a capitalized word, a number, a sentence's start ("Why Turkey won't …") or a naming
    word ("known as Little Britain", "called Reclaiming Mozart") in what is written `before` it
    (`_BEFORE_GIVEN`, `_NAMING`)."""
    if re.match(r" [A-Z]", sentence[begins + length :]):
        return False
    return titled or (_BEFORE_GIVEN.search(before) is not None and _NAMING.search(before) is None)


def _plural_of(word: str, texts: Sequence[str]) -> bool:
    """Whether the article writes `word` in a common noun's plural, its "y" turned "ies" ("the
    Tories" for "Tory"): a party's or group's word, no surname (en-cnndm 106's "Multimillionaire Tory
    donor Peter Hall" is no "Multimillionaire Tory"); a family's plural keeps the "y" ("the Kennedys")."""
    if not word.endswith("y"):
        return False
    holding = [text for text in texts if word[:-1] + "ies" in text]  # most hold none: no pattern compiled
    if not holding:
        return False
    plural = re.compile(rf"\b{re.escape(word[:-1])}ies\b")
    return any(plural.search(text) for text in holding)


def _denies(sentence: str, text: str) -> bool:
    """Whether the sentence writing the whole name holds a word of denial the bullet lacks ("Gamers
    are, said Ikea's Ingrid Franov, "not a typical Ikea customer"" for '"This is really talking to
    customers," said Ms Franov', en-xsum 188): cited for the name, it would read as saying the
    bullet's words the other way (`verify.contrasts`)."""
    words = {w.casefold() for w in _WORDS.findall(sentence)}
    return bool(words & negations()) and not {w.casefold() for w in _WORDS.findall(text)} & negations()
