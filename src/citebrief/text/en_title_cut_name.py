"""An English title cut out of a longer name the article writes whole takes the whole name: the
phrase chunker starts a phrase at any capitalised word, so a title can open inside a name
("Museums Liverpool" of "the National Museums Liverpool's collections"; "Radnorshire Conservative
MP Chris Davies" of "Brecon and Radnorshire Conservative MP Chris Davies"), which reads as a
broken name, or as a different one.

Reads a title (a theme's, or an overview's subject) and the article's paragraphs. Where every
place the article writes the title (in any case) it stands, capitalised, right after the same
capitalised words (not a stop word, not a possessive: the owner is not the name), those words
are the name's front:

- right before the title, after "the", they join it where the whole is five words at most
  ("National Museums Liverpool"): a thing's name takes "the", a person's does not, so a place or a
  role before a person ("Sheffield Ali Carter", "Judge David Robinson") is no name's front;
- before an "and" right before a title of three words or more (a name that joins two, as a
  constituency does), the whole is the title where it fits five words; else, where the title ends
  on a person's name (a given name no word of the lexicon's, `en_chunks.word_classes`), that
  name ("Chris Davies": where the joined name's second half ends is not written, "Brecon and
  Radnorshire" or "Scotland and Glasgow Warriors", so no cut is sure). A two-word title after
  "and" is a list's second name ("Arsenal and Manchester City") and stays.

The new title is free of the other titles (`titles.swapped_if_free`); where nothing fits, the title stays.
"""

from __future__ import annotations

from citebrief.text.en_actors import is_person
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_written_at import places
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import display_title, swapped_if_free
from citebrief.text.tokenize import stop_words

MOST_WORDS = 5  # an English title's words, at most (issue #9)
MIN_JOINED_WORDS = 3  # a title after "and" this long or longer can hold the joined name's cut half
PERSON_WORDS = 2  # a person's name a title ends on: given name and surname
# the word right before a place (after a space), that starts after a space, a sentence's end, a
# quotation mark or the text's start
_WORD_BEFORE = LazyPattern(r"(?:(?<=[\s.!?\"“”(])|^)([\w'’&-]+) $")
_JOINERS = frozenset({"and", "&"})


def cut_name_title(title: str, texts: list[str], used: set[str]) -> str:
    """`title` grown to the whole name it is cut from, or the person's name it ends on where it
    is cut out of a name joined by "and" (see the module's note); `title` where the article
    writes it no such way. `used` (casefolded titles given) follows the swap."""
    words = title.split()
    if not words or not any(c.isupper() for c in words[0]):
        return title
    fronts: set[tuple[tuple[str, ...], str]] = set()  # (the front's words, the "and" or "&" after them)
    for text in texts:
        for start in _starts(title, text):
            if not any(c.isupper() for c in text[start : start + len(words[0])]):
                return title  # written in lower case here: no name
            fronts.add(_front(text[:start]))
    if len(fronts) != 1:
        return title
    front, joined = fronts.pop()
    if not front:
        return title
    if not joined:
        whole = [*front, *words]
        return swapped_if_free(title, display_title(" ".join(whole), "en"), used) if len(whole) <= MOST_WORDS else title
    if len(words) < MIN_JOINED_WORDS:
        return title
    whole = [*front, joined, *words]
    if len(whole) <= MOST_WORDS:
        return swapped_if_free(title, display_title(" ".join(whole), "en"), used)
    person = " ".join(words[-PERSON_WORDS:])  # where the joined name's two halves end is not written: its person is
    given = words[-PERSON_WORDS]
    if len(words) <= PERSON_WORDS or word_classes(given.lower()) or not is_person(person, texts):
        return title  # "Office Team" is no person: a given name is no word of the lexicon's
    return swapped_if_free(title, person, used)


def _starts(title: str, text: str) -> set[int]:
    """Where `text` writes `title` (in any case) on word boundaries, or as an owner ("National
    Museums Liverpool's collections")."""
    return {start for said in (title, f"{title}'s", f"{title}’s") for start, _ in places(said, text, ignore_case=True)}


def _front(before: str) -> tuple[tuple[str, ...], str]:
    """The capitalised words that end `before` right before a place (`_name_word`), and the "and"
    (or "&") that stands between them and the place ('' where none does); no words where `before`
    does not end in a space after a word, nor where no "and" stands between and no "the" before them."""
    joined = ""
    found = _WORD_BEFORE.search(before)
    if found and found.group(1).lower() in _JOINERS:
        joined = found.group(1)
        before = before[: found.start(1)]
        found = _WORD_BEFORE.search(before)
    front: list[str] = []
    while found and _name_word(found.group(1)) and len(front) < MOST_WORDS:
        front.insert(0, found.group(1))
        before = before[: found.start(1)]
        found = _WORD_BEFORE.search(before)
    if not joined and not (found and found.group(1).lower() == "the"):
        return (), joined  # a thing's name: "Sheffield Ali Carter", "Judge David Robinson" are no names' fronts
    return tuple(front), joined


def _name_word(word: str) -> bool:
    """A capitalised word that can stand inside a name: no stop word ("The", "But", "My"), no
    possessive ("Apple's"), letters only ("A1" is a road's number)."""
    return (
        word[:1].isupper()
        and word.lower() not in stop_words("en")
        and not word.endswith(("'s", "’s", "'", "’"))
        and word.replace("-", "").isalpha()
    )
