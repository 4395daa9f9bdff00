"""The person a text opening on "He …"/"She …" means where the sentence that introduced them was cut
off: an en-xsum article loses its summary sentence ("Ian Durrant is to end his long association
with Rangers …"), so its text opens "He spent last season in charge of …", and blind readers could
not tell who He was. Such a text goes on to write that person the way a report writes someone it
has already introduced: by surname alone ("Durrant held several positions …") or title and surname
("Mr Szijjarto answered: …"), never by a given name and surname, while everyone it introduces
itself gets both ("Rangers manager Mark Warburton"). So the first person the text writes only so,
never with a given name before the surname anywhere, is whom its opening pronoun means, where the
text also says that person's sex: by a title ("Mr"), or by going on with the same pronoun right
after a sentence the name leads ("Durrant held … | He was first-team coach …", "Hogwood studied
keyboard … | His first positions were …"), or by the surname's own clause going on with "his" a few
plain words on ("The film will see Jordan reunite with his Creed director …", en-xsum 100), or by
the sentence the surname leads going on to the pronoun as a later clause's subject, no one else
named before it ("Rowling faced a flood of criticism … after it emerged she had donated …", en-xsum
92, for its "Their comments, she wrote, …": `engines.en_tag_speakers`).

A royal has no surname to write him by: the text writes "Prince William" from first to last. So a
royal title and one name leading a sentence as its actor ("…, Prince William said: …") is the
person too, the title saying the sex, where no one the surname rule finds comes first: en-xsum 3
opens "He was speaking in a BBC interview …" on the Duke of Cambridge's tribute to the Queen. A
royal only listed ("the Queen, the Prince of Wales, Prince William and Prince George") acts in
nothing and is passed over, and "the Queen" leading a sentence is a title, not a surname.
Read by `engines.en_pronoun_speakers` after its own reading ahead (`_named_ahead`) gives up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from citebrief.text.calendar_names import DAY_NAMES, MONTH_NAMES
from citebrief.text.en_actors import is_person, is_person_title, named, written_as_person
from citebrief.text.en_non_persons import body_word, not_a_person
from citebrief.text.lazy_re import LazyPattern

READ = 12  # sentences read ahead for the person
_TITLE_SEX = {"Mr": "He", "Sir": "He", "Lord": "He", "Mrs": "She", "Ms": "She", "Miss": "She", "Lady": "She"}
# a royal title and the one name a report writes a royal by from the first ("Prince William")
_ROYAL_SEX = {"Prince": "He", "King": "He", "Princess": "She", "Queen": "She"}
_ROYAL = LazyPattern(r"^(Prince|Princess|King|Queen) [A-Z][a-z]+$")
# a surname alone or after a title, as the text writes someone it has introduced
_WRITTEN = LazyPattern(r"\b(?:(Mr|Mrs|Ms|Miss|Sir|Lord|Lady)\.? )?([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b(?![-'’]?\w)")
# the sentence after one a name leads goes on with the same person: "He was …", "His first positions …"
_GOES_ON = {"He": LazyPattern(r"^(?:He|His) [a-z]"), "She": LazyPattern(r"^(?:She|Her) [a-z]")}
# the surname's own clause goes on with the pronoun's own word, a few plain words on and no one else
# between ("… will see Jordan reunite with his Creed director …"); "Smith told him his …" is not his
_OWN_WORD = {"He": r"(?:his|himself)", "She": r"herself"}
_BETWEEN = r"(?:(?!(?:him|her|them|his|its|their)\b)[a-z]+ ){1,3}"
_CALENDAR = frozenset((*DAY_NAMES, *MONTH_NAMES))
# the pronoun as a clause's subject after the name, and another person's pronoun before it
_SUBJECT = {"He": LazyPattern(r"\bhe (?=[a-z])"), "She": LazyPattern(r"\bshe (?=[a-z])")}
_OTHERS = {
    "He": LazyPattern(r"\b(?:she|her|hers|herself|they|them|their)\b"),
    "She": LazyPattern(r"\b(?:he|him|his|himself|they|them|their)\b"),
}
_CAPITALISED = LazyPattern(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")
_NO_NAMES = frozenset(("He", "She", "His", "Her"))  # the run's own pronoun leading a sentence


def unintroduced(sentences: Sequence[str], pronoun: str) -> tuple[str, int] | None:
    """The name (as written: "Durrant", "Mr Szijjarto") of the first person the text (its
    `sentences`, the first opening on `pronoun`, "He" or "She") writes as already introduced, with
    the sentence naming them; None where that person's sex is unsaid or not the pronoun's."""
    text = "\n".join(sentences)
    ahead = sentences[: READ + 1]
    for j in range(1, len(ahead)):
        if royal := _ROYAL.match(named(ahead[j])):  # "…, Prince William said: …"
            return (royal.group(0), j) if _ROYAL_SEX[royal.group(1)] == pronoun else None
        for m in _WRITTEN.finditer(ahead[j]):
            title, surname = m.group(1), m.group(2)
            if (not title and named(ahead[j]) != surname) or not _written_as_introduced(surname, sentences, text):
                continue  # "He spent …", "… leaving Durrant without a position": no one leads it so
            if title:
                return (m.group(0), j) if _TITLE_SEX[title] == pronoun else None
            return (surname, j) if _goes_on(surname, ahead, pronoun) else None
    return None


def _goes_on(surname: str, sentences: Sequence[str], pronoun: str) -> bool:
    """Whether a sentence `surname` leads is followed by one opening on `pronoun`'s own words
    ("Hogwood studied keyboard … | His first positions were …"), or a sentence goes on from the
    surname to "his"/"himself" ("herself" for She: "her" may be whom one acts on) within three
    plain words, no other person's pronoun between ("… see Jordan reunite with his director"), or
    one it leads goes on to the pronoun as a clause's subject (`_clause_pronoun`)."""
    own = own_word_pattern(surname, pronoun)
    return (
        any(named(sentence) == surname and _GOES_ON[pronoun].match(nxt) for sentence, nxt in pairwise(sentences))
        or any(own.search(sentence) for sentence in sentences)
        or any(named(sentence) == surname and _clause_pronoun(sentence, sentences, pronoun) for sentence in sentences)
    )


def own_word_pattern(surname: str, pronoun: str) -> re.Pattern[str]:
    """`surname` going on to `pronoun`'s own word within three plain words ("Jordan reunite with
    his"): the one tie `_goes_on` and `en_pronoun_speakers` both read a He or She from."""
    return re.compile(rf"\b{re.escape(surname)} {_BETWEEN}{_OWN_WORD[pronoun]}\b")


def _clause_pronoun(sentence: str, sentences: Sequence[str], pronoun: str) -> bool:
    """Whether `sentence` (one its surname leads) goes on to `pronoun` as a later clause's subject
    ("Rowling faced a flood of criticism … after it emerged she had donated …", en-xsum 92), with no
    other person named nor another's pronoun before it."""
    said = _SUBJECT[pronoun].search(sentence)
    if said is None or _OTHERS[pronoun].search(sentence, 0, said.start()):
        return False
    return not any(is_person(m.group(0), sentences) for m in _CAPITALISED.finditer(sentence, 1, said.start()))


def _written_as_introduced(surname: str, sentences: Sequence[str], text: str) -> bool:
    """Whether `surname` may be a person's the text writes as one already introduced: no given
    name before it anywhere, never in lower case, no title, calendar word, place or body."""
    if surname in _NO_NAMES or surname in _CALENDAR or surname in _ROYAL_SEX or is_person_title(surname):
        return False  # "The Queen, accompanied by …": a royal title, no surname
    if body_word(surname):
        return False
    return not (written_as_person(surname, sentences) or not_a_person(surname, surname, text))
