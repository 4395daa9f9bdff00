"""A Chinese overview subject that is the tail of a longer phrase the article's first sentence
writes: "博物馆新馆" of "三星堆博物馆新馆试运行", "险胜新西兰队" of "率领中国男篮险胜新西兰队". The
name words the lead writes right before it are what makes it one thing; a reader of the bare tail
asks "which museum?", "who won?". Places are left off: they say where, and a place's longer name
("台底村苹果示范园") is still a bare place.
"""

from __future__ import annotations

from citebrief.text.titles import swapped_title
from citebrief.text.tokenize import tag_zh

MAX_CHARS = 12  # issue #9's title rule: 2–12 characters
# name words that complete a phrase: bodies' and other proper names, abbreviations, and a name the
# tagger reads as a numeral ("三星堆"); not places (ns) nor people (nr), who say where or who, nor
# common nouns, which the tagger also gives verbs ("参观|新馆")
_FRONT_TAGS = frozenset({"nt", "nz", "j", "m"})
_NAME_TAGS = _FRONT_TAGS | {"ns", "nr"}  # any name that may stand before the subject
# a "numeral" word made of these is a count, an ordinal or a span ("两架", "第六届", "全年"), not a
# name: a name the tagger reads as one has two characters besides ("三星堆")
_COUNT_CHARS = frozenset("〇零一二三四五六七八九十百千万亿两数几多余首第届批次台架个名位项件种期轮年月日周全半整每")
MIN_NAME_CHARS = 2


def lead_front(subject: str, first: str, texts: list[str], used: set[str]) -> str:
    """`subject` with the name words the article's `first` sentence writes directly before its
    first saying of it, where all of them fit a title MAX_CHARS long (a name cut in two is no
    better) and no saying in `texts` has another name before it ("秦岭生态环境保护" elsewhere: the
    front is one use of the subject, not its name); else `subject`. `used` holds the one that
    stands."""
    if not subject or subject not in first:
        return subject
    front = _front(subject, first)
    if not front or (front + subject).casefold() in used:
        return subject
    if any(name and not front.endswith(name) for text in texts for name in _names_before(subject, text)):
        return subject
    return swapped_title(subject, front + subject, used)


def _front(subject: str, first: str) -> str:
    """The run of name words `first` writes right before its first saying of `subject` on a word
    boundary, "" where there is none or it does not fit whole."""
    words = tag_zh(first)
    ends = 0
    at = -1
    for index, (word, _) in enumerate(words):
        if first.startswith(subject, ends):
            at = index
            break
        ends += len(word)
    if at <= 0:
        return ""  # not on a word boundary, or nothing before it
    front = ""
    for word, tag in reversed(words[:at]):
        if tag not in _FRONT_TAGS or not _front_word(word, tag):
            break
        if len(word) + len(front) + len(subject) > MAX_CHARS:
            return ""
        front = word + front
    return front


def _names_before(subject: str, text: str) -> list[str]:
    """The name word (`_NAME_TAGS`) `text` writes right before each saying of `subject`, "" where
    the word before is none."""
    if subject not in text:
        return []
    names = []
    ends = 0
    previous = ("", "")
    for word, tag in tag_zh(text):
        if text.startswith(subject, ends):
            names.append(previous[0] if previous[1] in _NAME_TAGS and _front_word(*previous) else "")
        ends += len(word)
        previous = (word, tag)
    return names


def _front_word(word: str, tag: str) -> bool:
    """A name word of two characters or more: no count of digits ("27") nor of numerals ("两架")."""
    if tag not in _NAME_TAGS or len(word) < MIN_NAME_CHARS or any(c.isdigit() for c in word):
        return False
    return tag != "m" or sum(c not in _COUNT_CHARS for c in word) >= MIN_NAME_CHARS
