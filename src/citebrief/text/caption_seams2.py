"""Three more shapes of an English caption run into the sentence after it (caption_seams.cut_here
asks `cut_here` first). Each was quoted by a blind reader from an en-cnndm bullet:

- a capitalised "There" and a lowercase verb after a lowercase word ("… the striker's effort
  cruises in | There was one shining light …"): inside a sentence "there" is lowercase, and a
  title capitalises its verb too ("There Will Be Blood");
- a capitalised gerund after a word that ends a caption, then a determiner and, before the next
  stop, a lowercase verb of which the gerund is the subject ("… against rivals Atletico | Losing
  their first-choice striker, even if just for one match, is a blow") or a label's colon ("… seven
  stitches | Warning for next time: Luckily …"): running prose does not capitalise a gerund;
- a "@handle" then a capitalised word and lowercase ones ("… the new group is @lezs4hillary |
  Many gays and lesbians point to …"): a handle ends a caption's line, a name does not follow it;
- a results table's lap time, then a name and a finite verb ("… Marussia - Ferrari 1:42.842 |
  Rosberg was grim-faced afterwards"): a table row ends on its time, a sentence goes on after it;
- a list of three or more full names, the subject of a finite verb, after an adjective that
  ends a clause ("… after being the first to be found guilty | Brandon Malinsky, Neil Millard and
  Tom Wells, as well as their rival Graham Brough, were cleared …"): after a noun the names may be
  its apposition ("his teammates Gary Neville, Nicky Butt and Paul Scholes were …"), after a
  verb its object or clause ("the court heard …"), after an adjective neither.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citebrief.text.en_chunks import word_classes

FiniteVerb = Callable[[str, str], bool]  # whether a word is a finite verb after the word before it

_THERE_VERBS = frozenset(
    {"was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "may", "might", "seems", "seemed"}
)
LOWER_END = re.compile(r"[a-z][a-z'’-]*$")  # no stop, no comma, no quote after it
# lowercase words after which a capitalised word is a name or a title the sentence takes
_TAKES_TITLE = frozenset(
    {"a", "an", "the", "of", "and", "or", "to", "by", "as", "called", "named", "titled", "entitled", "dubbed"}
    | {"film", "book", "album", "song", "novel", "show", "series", "movie", "play", "track", "single"}
    | {"word", "words", "slogan", "motto", "phrase", "sign", "said", "says", "read", "reads", "like", "marked"}
)
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing$")
_GERUND_OBJECTS = frozenset(
    {"the", "a", "an", "their", "his", "her", "its", "your", "our", "my", "out", "up", "for", "on", "over", "off"}
)
_GERUND_VERBS = frozenset({"is", "was", "has", "will", "would", "could", "can", "must", "means", "meant", "proved"})
_CAPTION_END = re.compile(r"[A-Za-z][A-Za-z'’-]*$")  # a word that may end a caption: no stop, comma or quote
_HANDLE = re.compile(r"@\w{2,}$")
_LAP_TIME = re.compile(r"\d{1,2}:\d\d\.\d{3}$")  # "1:42.842"
_MAX_GERUND_CLAUSE = 14  # words from the gerund to its verb or its colon


def there_clause(words: list[str], index: int) -> bool:
    """'… cruises in | There was one shining light …'."""
    if words[index] != "There" or index + 2 >= len(words):
        return False
    previous = words[index - 1]
    if not LOWER_END.match(previous) or previous in _TAKES_TITLE:
        return False
    after = words[index + 2]
    return words[index + 1] in _THERE_VERBS and (after[:1].islower() or after[:1].isdigit())


def gerund_subject(words: list[str], index: int) -> bool:
    """'… rivals Atletico | Losing their first-choice striker, …, is a blow', '… stitches | Warning
    for next time: Luckily …'."""
    word, previous = words[index], words[index - 1]
    if not _GERUND.match(word) or index + 2 >= len(words) or words[index + 1] not in _GERUND_OBJECTS:
        return False
    if not _CAPTION_END.match(previous) or previous.lower() in _TAKES_TITLE or previous in {"I", "A"}:
        return False
    if "VERB" not in word_classes(word.lower()):
        return False
    for position in range(index + 1, min(len(words), index + _MAX_GERUND_CLAUSE)):
        here = words[position]
        if here.endswith(":"):
            following = words[position + 1] if position + 1 < len(words) else ""
            return following[:1].isupper() and all(w[:1].islower() for w in words[index + 1 : position])
        if here in _GERUND_VERBS:
            return words[position - 1].endswith(",") or position == index + 3
        if any(stop in here for stop in ".!?;"):
            return False
    return False


def handle_then_sentence(words: list[str], index: int) -> bool:
    """'… the new group is @lezs4hillary | Many gays and lesbians point to …'."""
    if not _HANDLE.match(words[index - 1]) or not words[index][1:].islower():
        return False
    following = words[index + 1 : index + 4]
    return len(following) == 3 and sum(w[:1].islower() for w in following) >= 2


def name_after_lap_time(words: list[str], index: int, finite_verb: FiniteVerb) -> bool:
    """'… Marussia - Ferrari 1:42.842 | Rosberg was grim-faced afterwards'."""
    if not _LAP_TIME.match(words[index - 1]):
        return False
    named = index
    while (
        named < len(words) - 1 and named - index < 3 and _CAPTION_END.match(words[named]) and words[named][:1].isupper()
    ):
        named += 1
    return named > index and finite_verb(words[named], words[named + 1] if named + 1 < len(words) else "")


_NAME_PART = re.compile(r"[A-Z][a-z'’-]+,?$")
_MAX_ASIDE = 10  # words of an ", as well as …," aside between the list and its verb


def _list_end(words: list[str], index: int) -> int:
    """Where a list of three or more full names ('Brandon Malinsky, Neil Millard and Tom Wells')
    that starts at `index` ends, or `index` where none does."""
    position, names = index, 0
    while True:
        run = position
        while run < len(words) and run - position < 3 and _NAME_PART.match(words[run]):
            run += 1
            if words[run - 1].endswith(","):
                break
        if run - position < 2:
            return index
        names += 1
        if position > index and words[position - 1] == "and":
            return run if names >= 3 else index  # the list's last name
        if words[run - 1].endswith(","):
            position = run
        elif run < len(words) and words[run] == "and" and names >= 2:
            position = run + 1
        else:
            return index


def names_list_subject(words: list[str], index: int, finite_verb: FiniteVerb) -> bool:
    """'… to be found guilty | Brandon Malinsky, Neil Millard and Tom Wells, as well as …, were …'."""
    previous = words[index - 1]
    if not LOWER_END.match(previous) or word_classes(previous) != frozenset({"ADJ"}):
        return False
    end = _list_end(words, index)
    if end == index or end >= len(words) - 1:
        return False
    verb = end
    if words[end - 1].endswith(","):  # an aside: ", as well as their rival Graham Brough,"
        verb = next((p + 1 for p in range(end, min(len(words) - 1, end + _MAX_ASIDE)) if words[p].endswith(",")), end)
        if verb == end:
            return False
    return finite_verb(words[verb], words[verb + 1] if verb + 1 < len(words) else "")


def cut_here(words: list[str], index: int, finite_verb: FiniteVerb) -> bool:
    """Whether one of the shapes above cuts before `words[index]`."""
    if there_clause(words, index) or gerund_subject(words, index) or handle_then_sentence(words, index):
        return True
    return name_after_lap_time(words, index, finite_verb) or names_list_subject(words, index, finite_verb)
