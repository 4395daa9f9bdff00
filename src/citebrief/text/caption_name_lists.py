"""Where a caption ends before a sentence whose subject is a list of names.

CNN/Daily Mail text loses full stops where a caption or a paragraph ran into the next one; the
sentence after the seam may open on a list of names, then its own finite verb: "… would only be
triggered if it fell on a Monday | Good Friday, Easter Saturday and Easter Monday would continue
to be observed …". captions.py cuts before one name and a verb ("… the club Merivale announced
…"), where a name run ends at its first comma; this rule reads the list as the subject: one to
three capitalised words an item, a comma after each but the last, "and" before the last, and a
finite verb after it, straight after a word that may end a caption (a common word that does not
lead into a name, or a day after one: "on a Monday"). After "including", "of", "said" … the list
is the sentence's own ("… the likes of Messi, Ronaldo and Neymar are …").
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.text.caption_shapes import plural_noun

MAX_ITEM_WORDS = 3
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_AND = frozenset({"and", "&"})
# nouns of a group, the list of names its members in apposition ("the trio Smith, Jones and Brown were")
_GROUP_NOUNS = frozenset({"trio", "duo", "pair", "quartet", "couple", "family", "crew", "squad", "line-up"})

WordTest = Callable[[list[str], int], bool]
FiniteVerb = Callable[[str, str], bool]


def _capitalised(word: str) -> bool:
    bare = word.rstrip(",")
    return bare[:1].isupper() and bare.replace("'", "").replace("-", "").isalpha() and bare != "I"


def _item_end(words: list[str], position: int) -> int:
    """Where the item of one to three capitalised words from `position` ends (after its comma, if
    it has one); `position` where none starts there."""
    end = position
    while end < len(words) and end - position < MAX_ITEM_WORDS and _capitalised(words[end]):
        end += 1
        if words[end - 1].endswith(","):
            break
    return end


def list_subject_end(words: list[str], index: int) -> int:
    """Where a list of names that starts at `index` ends ('Good Friday, Easter Saturday and Easter
    Monday'): two items or more, a comma after the first, "and" before the last; `index` where
    there is none."""
    end = _item_end(words, index)
    if end == index or not words[end - 1].endswith(","):
        return index
    while end < len(words):
        if words[end] in _AND:  # "Friday, and Easter Monday" too
            return _last(words, end, index)
        following = _item_end(words, end)
        if following == end:
            return index
        if not words[following - 1].endswith(","):  # the last item but one: "and" must follow
            return index if following >= len(words) or words[following] not in _AND else _last(words, following, index)
        end = following
    return index


def _last(words: list[str], at_and: int, index: int) -> int:
    last = _item_end(words, at_and + 1)
    return index if last == at_and + 1 or words[last - 1].endswith(",") else last


def list_subject_cut(
    words: list[str], index: int, ends_caption: WordTest, introduces_name: WordTest, finite_verb: FiniteVerb
) -> bool:
    """A list of names and a finite verb after a word that may end a caption."""
    if not (
        words[index].endswith(",")
        or (index + 1 < len(words) and words[index + 1].endswith(","))
        or (index + 2 < len(words) and words[index + 2].endswith(","))
    ):
        return False  # most spaces: no comma in the first item's reach (MAX_ITEM_WORDS)
    if not ends_caption(words, index):
        return False
    previous = words[index - 1]
    if previous[:1].islower() and (
        introduces_name(words, index - 1) or plural_noun(previous) or previous in _GROUP_NOUNS
    ):
        return False  # "… including Manchester United, Chelsea and Arsenal have …", "the trio Smith, …"
    if any(word.lower() in _POSSESSIVES for word in words[max(index - 3, 0) : index]):
        return False  # "… his former team-mates Gary Neville, Nicky Butt and Paul Scholes were …": in apposition
    end = list_subject_end(words, index)
    if end == index or end >= len(words):
        return False
    following = words[end + 1] if end + 1 < len(words) else ""
    return finite_verb(words[end], following)
