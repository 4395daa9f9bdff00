"""An English bullet whose first mention of a person is a bare surname ("Clarke tried to convince
jurors …", "'Boy, …,' Callan said about Clarke") that the brief nowhere introduces: the role the
article gives them where it first writes their whole name comes in brackets before it ("[defense
attorney Judy] Clarke", "[CNN legal analyst Paul] Callan"), and that sentence's paragraph is cited.

CNN/Daily Mail and BBC introduce a person once ("Tsarnaev's defense attorney Judy Clarke conceded …",
"CNN legal analyst Paul Callan said …") and call them by surname after; a brief that keeps the later
sentences and not that one left blind readers asking who Clarke was. Conservative, one clear
introduction only: the article writes the surname after one given name only (one person), the brief
says no sentence holding the whole name, the bullet is the brief's first sentence to say the surname,
the surname opens the bullet or follows a mark or a word of `before` ("said Snoussi"; after another
word, "ex-Sale hooker Diamond", "Kahlo de Rivera", the bullet says who already or the surname ends a
longer name), and the role is a known one (`data/en_role_words.tsv`: it ends on a head, "attorney",
read back over heads, modifiers and one capitalized word, "CNN legal analyst", "Tsarnaev's defense
attorney", a comma after it or not, "Altice's attorney, Ed Brass") the bullet does not
say already. A "Mr Clarke" is left alone: a role alone before it named no more than the title did
(`en_given_names` gives it the given name). A sentence the page's line break cut before the whole
name ("… city schools superintendent" | "Chuck Ledbetter announced …") is read on from the one before.
Verify reads the bullet without the bracket, its words in a cited paragraph
(`text.speaker_label.ROLE_IN_PLACE`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from citebrief.engines.en_printed_order import named_above
from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.data_files import rows_by_kind
from citebrief.text.en_actors import is_person, is_person_title
from citebrief.text.en_name_word import NAME_WORD
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.named_patterns import named_pattern
from citebrief.text.speaker_label import role_in_place

MOST_ROLE_WORDS = 4  # a role longer than this is a clause, not a title
MIN_SURNAME = 3  # letters: "No" of "world No 4" is no surname
# a capitalized word in the bullet: a surname when it stands alone ("O'Brien" whole: `en_name_word`)
_WORD = LazyPattern(rf"(?<![\w'’.-])(?P<surname>{NAME_WORD})\b")
_GIVEN = r"(?<![\w'’.-])(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) {}\b"
_CAPITALIZED = LazyPattern(r"[A-Z][\w-]*(?:['’]s)?")
_MARK_BEFORE = LazyPattern(r"(?:^|[,;:(\"“‘'—–-]\s*)$")


@cache
def _words() -> dict[str, frozenset[str]]:
    """The role's heads and modifiers, the words before a bare surname and the capitalized words
    that are no name (`data/en_role_words.tsv`)."""
    return {kind: frozenset(words) for kind, words in rows_by_kind("en_role_words.tsv").items()}


def not_name(word: str) -> bool:
    """A capitalized word that is no given name, surname nor body before a role ("The", "Mr", "Monday")."""
    return word in _words()["not_name"]


def introduced_en(
    scored: Scored,
    i: int,
    text: str,
    points: Sequence[Point],
    everywhere: Iterable[int],
    printed: Iterable[int] | None = None,
) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with the role of the first person it names by surname
    alone in brackets before the name, and the paragraph of the sentence introducing them; None
    where no person is so named, or they are unsure or introduced already (module doc).
    `points`: the group's bullets before it; `everywhere`: the brief's sentences; `printed`: those printed
    above it, where the brief's order is known (`en_printed_order`: en-xsum 166's "Mr Wright")."""
    if scored.lang != "en" or "[" in text:
        return None
    texts = [unit.text for unit in scored.units]
    goes_on = same_block(scored)
    seen: set[str] = set()
    for bare in _WORD.finditer(text):
        surname = bare.group("surname")
        if surname in seen or not_name(surname) or len(surname) < MIN_SURNAME:
            continue
        seen.add(surname)
        if not stands_alone(text, bare.start(), bare.end()):
            continue
        found = _introduction(texts, surname, goes_on)
        if found is None:
            continue
        given, at, role = found
        whole = f"{given} {surname}"
        if given in text or role.split()[-1] in text or any(surname in point.text for point in points):
            continue  # the bullet or its group says who
        if named_above(texts, texts, i, whole, everywhere, printed):
            continue  # the brief says who, or a bullet it prints above names them first
        if not is_person(whole, texts):
            continue
        return text[: bare.start()] + role_in_place(f"{role} {given}", text[bare.start() :]), scored.units[at].paragraph
    return None


def name_goes_on(text: str, end: int) -> bool:
    """Whether a capitalized word or a surname's particle (de, da, van, von) follows the word ending
    at `end`: it is a given name ("Clarke Smith"), or ends no name."""
    return re.match(r" (?:[A-Z]|de |da |van |von )", text[end:]) is not None


def stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the surname at `start`–`end` stands alone: it opens the bullet or follows a mark or
    a word of `before`, and the name does not go on after it (`name_goes_on`)."""
    if name_goes_on(text, end):
        return False
    if _MARK_BEFORE.search(text[:start]):
        return True
    before = text[:start].rstrip().rpartition(" ")[2]
    return before.casefold() in _words()["before"]


def _introduction(texts: Sequence[str], surname: str, goes_on: Sequence[bool] = ()) -> tuple[str, int, str] | None:
    """The one given name the article writes before `surname`, the sentence first writing both,
    and the role before them there (`words_before`; `goes_on`: `same_block`); None where several
    given names stand before it (several people), none does, or the article gives no known role."""
    first = sole_given(texts, surname)
    if first is None:
        return None
    given, at, start = first
    sentence = texts[at]
    role = _role(words_before(texts, at, start, goes_on))
    if role is None:  # "said Judith Enck, an EPA regional administrator.": the role set off after the name
        role = _role_after(sentence[start + len(given) + 1 + len(surname) :])
    return None if role is None else (given, at, role)


def same_block(scored: Scored) -> list[bool]:
    """For each sentence, whether it goes on the paragraph or passage of the sentence before it."""
    units = scored.units
    return [k > 0 and units[k - 1].paragraph == unit.paragraph for k, unit in enumerate(units)]


def words_before(texts: Sequence[str], at: int, start: int, goes_on: Sequence[bool]) -> str:
    """What sentence `at` writes before `start`, read on from the sentence before it in its block
    (`goes_on`) where the cut left none and that sentence ends on no mark ("… city schools
    superintendent" | "Chuck Ledbetter announced …", en-cnndm 44: the page's line break cut it)."""
    before = texts[at][:start]
    if not before and at < len(goes_on) and goes_on[at] and not _ENDS_MARKED.search(texts[at - 1]):
        return texts[at - 1].rstrip() + " "
    return before


# a sentence ending on a mark: what follows opens a sentence of its own
_ENDS_MARKED = LazyPattern(r"[.!?:;'’\"”)]\s*$")


def sole_given(texts: Sequence[str], surname: str) -> tuple[str, int, int] | None:
    """The one given name the article writes before `surname`, the sentence first writing both and
    where the name starts there; None where several given names stand before it (several people)
    or none does. A role's head capitalized before it ("Superintendent Ledbetter said") is no given
    name."""
    given_names: set[str] = set()
    first: tuple[str, int, int] | None = None
    pattern: re.Pattern[str] | None = None  # compiled for the first sentence that may hold it (issue 14)
    for k, sentence in enumerate(texts):
        if " " + surname not in sentence:
            continue  # the pattern writes the surname as it is, after a space: no search of most sentences
        pattern = pattern or named_pattern(_GIVEN.format(re.escape(surname)))
        for m in pattern.finditer(sentence):
            given = m.group("given")
            if not_name(given) or is_person_title(given) or given.casefold() in _words()["head"]:
                continue
            given_names.add(given)
            if first is None:
                first = (given, k, m.start())
    return first if first is not None and len(given_names) == 1 else None


# the role set off after a whole name, to the next mark: ", an EPA regional administrator."
_AFTER = LazyPattern(r", (?:(?:an?|the) )?(?P<role>[^,.;:!?()\"“”]+?)(?:[,.;:]|$)")


def _role_after(after: str) -> str | None:
    """The known role set off after a whole name (`after`: the sentence past it), all its words
    read as `_role` reads a role before one (", CNN's chief medical correspondent," → "CNN's chief
    medical correspondent"); None where no known role stands there alone (", who has given …")."""
    m = _AFTER.match(after)
    if m is None:
        return None
    words = m.group("role")
    role = _role(f"{words} ")
    return role if role == words else None


def _role(before: str) -> str | None:
    """The known role right before a given name ("Tsarnaev's defense attorney " → "defense
    attorney", "CNN legal analyst " → "CNN legal analyst"); None where none stands there."""
    if not before.endswith(" "):
        return None
    comma = before.endswith(", ")  # "Altice's attorney, Ed Brass": the role set off before the name
    words = before[: -2 if comma else -1].split(" ")
    kinds = _words()
    if words[-1].casefold() not in kinds["head"]:
        return None
    role = [words.pop()]
    while words and len(role) < MOST_ROLE_WORDS:
        word = words[-1]
        if word.casefold() in kinds["head"] | kinds["modifier"]:
            role.insert(0, words.pop())
            continue
        if _CAPITALIZED.fullmatch(word) and not not_name(word):
            role.insert(0, word)  # "CNN legal analyst", "Tsarnaev's defense attorney": one body's or person's name
        break
    return " ".join(role) + ("," if comma else "")
