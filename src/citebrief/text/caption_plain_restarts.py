"""Where a sentence restarts after a caption with no stop between them, in two plain shapes the
word rules of captions.py miss: a participle of motion and its direction, then the subject and
its verb ("… along the 9km long electrified track | Turning right the train enters another
tunnel …"), and the caption's last word said again, capitalised, opening the sentence ("… next
to even more skiers | Skiers on the distant mountain look like ants …"). Left glued, the bullet
runs two sentences together (en-cnndm 188: passages 3 and 4 of a train-ride video's captions).
"""

from __future__ import annotations

from collections.abc import Callable

# the direction words a participle of motion takes before its subject ("Turning right the train")
_DIRECTIONS = frozenset(
    {"right", "left", "around", "round", "back", "away", "off", "down", "up", "out", "north", "south"}
)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
MAX_SUBJECT = 3  # words of the subject between its determiner and its verb ("the train enters")
MIN_REPEAT = 4  # letters of a repeated word: "skiers Skiers", not "a A"


def _bare(word: str) -> str:
    return word.strip("'’‘\"“”()[],;:.")


def plain_restart(words: list[str], index: int, finite_verb: Callable[[str, str], bool]) -> bool:
    """A caption ends before `words[index]` and a sentence restarts there (see the docstring)."""
    previous, word = words[index - 1], words[index]
    if not (previous.isalpha() and previous.islower() and word[:1].isupper() and word[1:].islower()):
        return False
    if word.isalpha() and len(word) >= MIN_REPEAT and word.lower() == previous:
        return True  # "… even more skiers | Skiers on the distant mountain …"
    if not (word.endswith("ing") and index + 3 < len(words)):
        return False
    if words[index + 1] not in _DIRECTIONS or words[index + 2] not in _DETERMINERS:
        return False
    for position in range(index + 4, min(index + 3 + MAX_SUBJECT, len(words))):
        following = words[position + 1] if position + 1 < len(words) else ""
        if finite_verb(words[position], following):
            return True  # "Turning right the train enters …"
        if not words[position].islower():
            return False
    return False
