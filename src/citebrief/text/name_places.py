"""Where an English text writes a name or a word, read in Python: what the patterns the title
and actor steps made for each name found (a name written as one, said on its own, after a
first name or a role, a title in any case, a unit after a count), without compiling one per
name: an en-cnndm article asked once (a cold brief) compiled ~20, at ~60 µs each plus the cache.

Each answers as its pattern did (tests/test_en_lazy_patterns.py holds them to it on random
texts): a word character is the patterns' \\w (alphanumeric or "_", `titles.word_boundary`);
where the pattern ignores case and the text has letters outside ASCII (the Kelvin sign, the long
s), the pattern itself still decides.

`name_spans`, `phrase_spans`, `name_at` and `name_then` find a name whole, its words one
whitespace character apart, as "(?<![\\w'’-])Douglas\\sBader(?![\\w'’-])" did in `en_overview_deed`,
`en_overview_event` and `en_overview_place` (~90 patterns compiled over 50 en-cnndm first briefs,
~0.2 ms each): the same spans, in the same order, as `re.finditer` gave (tests/test_name_spans.py
holds them to it on random texts; `\\s` is `str.isspace()`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import starts, word_boundary


def _wordish(text: str, at: int) -> bool:
    """A word character or a hyphen at offset `at` (none outside the text)."""
    if not 0 <= at < len(text):
        return False
    char = text[at]
    return char.isalnum() or char in "_-"


def _capital(text: str, at: int) -> bool:
    return at < len(text) and "A" <= text[at] <= "Z"


def written_as_name(name: str, text: str) -> bool:
    """`text` writes `name` with no word character or hyphen either side: the pattern
    "(?<![\\w-])name(?![\\w-])" ("City" as a name, not in "city tax" or "City-based")."""
    return any(not _wordish(text, at - 1) and not _wordish(text, at + len(name)) for at in starts(name, text))


def said_on_its_own(word: str, text: str) -> bool:
    """`text` says `word` between word boundaries, not right before a capitalized word (with a
    full stop or not): the pattern "\\bword\\b(?!\\.? [A-Z])" ("London" alone, not "London Wasps")."""
    for at in starts(word, text):
        end = at + len(word)
        if not (word_boundary(text, at) and word_boundary(text, end)):
            continue
        if text[end : end + 1] == " " and _capital(text, end + 1):
            continue
        if text[end : end + 2] == ". " and _capital(text, end + 2):
            continue
        return True
    return False


def names_before(word: str, text: str) -> list[tuple[str, str]]:
    """Each capitalized word (and the full stop after it, or '') that `text` writes right
    before `word`, a space between: the groups of the pattern "\\b([A-Z][a-z]+)(\\.?) word\\b",
    its matches one after another (a match starts where the one before it ended or later)."""
    found: list[tuple[str, str]] = []
    taken = 0
    for space in starts(f" {word}", text):
        if not word_boundary(text, space + 1 + len(word)):
            continue
        dot = "." if text[space - 1 : space] == "." else ""
        end = space - len(dot)
        start = end
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        opening = start - 1  # the capital before the lower-case letters
        if start == end or opening < taken or not _capital(text, opening) or not word_boundary(text, opening):
            continue
        found.append((text[opening:end], dot))
        taken = space + 1 + len(word)
    return found


def title_spelled(title: str, text: str) -> list[str]:
    """Each place `text` writes the title's words in any case, whitespace between them, as the
    pattern "\\bw1\\s+w2…\\b" ignoring case finds them (one after another). Read in Python where
    the title is ASCII and the text's other characters are no letters (curly quotes, dashes);
    elsewhere that pattern's own case rules decide ("K" is the Kelvin sign's)."""
    words = title.split()
    low = text.lower()
    if not words or not title.isascii() or not _plain_case(text, low):
        pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
        return [m.group() for m in pattern.finditer(text)]
    lowered = [w.lower() for w in words]
    found: list[str] = []
    taken = 0
    for at in starts(lowered[0], low):
        if at < taken or not word_boundary(text, at):
            continue
        end = _spelled_on(low, lowered, at)
        if end >= 0 and word_boundary(text, end):
            found.append(text[at:end])
            taken = end
    return found


def spaced_words(words: list[str], text: str) -> bool:
    """Whether `text` writes the words (one at least) in order, as written, whitespace between
    them and word boundaries at both ends: `re.search` of the pattern "\\bw1\\s+w2…\\b"."""
    for at in starts(words[0], text):
        if word_boundary(text, at):
            end = _spelled_on(text, words, at)
            if end >= 0 and word_boundary(text, end):
                return True
    return False


def _plain_case(text: str, low: str) -> bool:
    """No letter outside ASCII (the only ones a pattern ignoring case may take for an ASCII
    letter: the Kelvin sign, the long s, the dotted I), and lower case keeps every offset."""
    if text.isascii():
        return True
    return len(low) == len(text) and not any(c.isalpha() for c in _NON_ASCII.findall(text))


_NON_ASCII = LazyPattern(r"[^\x00-\x7f]")


def _spelled_on(low: str, words: list[str], at: int) -> int:
    """Where the words end when the first starts at `at` and whitespace runs between them; -1
    where they do not follow so."""
    end = at + len(words[0])
    for word in words[1:]:
        gap = end
        while gap < len(low) and low[gap].isspace():
            gap += 1
        if gap == end or not low.startswith(word, gap):
            return -1
        end = gap + len(word)
    return end


def after_role(roles: tuple[str, ...], name: str, text: str) -> bool:
    """Whether one of `roles` (lower-case words) stands right before `name`, whitespace between,
    in any case: the pattern "\\b(?:role1|role2…)\\s+name" ignoring case."""
    low = text.lower()
    if not (name.isascii() and _plain_case(text, low)):
        pattern = r"\b(?:" + "|".join(map(re.escape, roles)) + r")\s+" + re.escape(name)
        return re.search(pattern, text, re.IGNORECASE) is not None
    for at in starts(name.lower(), low):
        gap = at
        while gap > 0 and low[gap - 1].isspace():
            gap -= 1
        if gap < at and any(low.endswith(r, 0, gap) and word_boundary(text, gap - len(r)) for r in roles):
            return True
    return False


# the counts a unit follows ("seven feet", "130 hours"), as text/en_title_cover.py's pattern spells them
COUNT_WORDS: tuple[str, ...] = (
    *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty"),
    *("hundred", "thousand"),
)


def after_count(stem: str, text: str) -> bool:
    """Whether `text` writes `stem` right after a count and a space or a hyphen, in any case:
    the pattern "\\b(?:\\d[\\d,.]*|one|two|…|thousand)[\\s-]stem" ignoring case."""
    low = text.lower()
    if not (stem.isascii() and _plain_case(text, low)):
        count = r"\b(?:\d[\d,.]*|" + "|".join(COUNT_WORDS) + r")[\s-]"
        return re.search(count + re.escape(stem), text, re.IGNORECASE) is not None
    for at in starts(stem.lower(), low):
        if at == 0 or not (low[at - 1].isspace() or low[at - 1] == "-"):
            continue
        end = at - 1  # where the count ends
        if any(low.endswith(w, 0, end) and word_boundary(text, end - len(w)) for w in COUNT_WORDS):
            return True
        start = end
        while start > 0 and (low[start - 1].isdecimal() or low[start - 1] in ",."):
            start -= 1
        # the figure may open on any digit of the run that a word boundary precedes ("1,5", "5" of it)
        if any(low[k].isdecimal() and word_boundary(text, k) for k in range(start, end)):
            return True
    return False


def names_after(first: str, text: str) -> set[str]:
    """The capitalized words (one hyphenated pair at most: "Smith-Jones") that `text` writes right
    after `first` and a space: the pattern "\\bfirst ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\b", its
    matches one after another."""
    found: set[str] = set()
    taken = 0
    for at in starts(f"{first} ", text):
        if at < taken or not word_boundary(text, at):
            continue
        start = at + len(first) + 1
        end = _capitalized_end(text, start)
        if end < 0:
            continue
        joined = _capitalized_end(text, end + 1) if text[end : end + 1] == "-" else -1
        if joined >= 0 and word_boundary(text, joined):
            end = joined  # "Smith-Jones"
        elif not word_boundary(text, end):
            continue
        found.add(text[start:end])
        taken = end
    return found


def _capitalized_end(text: str, at: int) -> int:
    """Where a capital and the lower-case letters after it (one at least) that start at `at` end;
    -1 where none starts there."""
    if not _capital(text, at) or not "a" <= text[at + 1 : at + 2] <= "z":
        return -1
    end = at + 2
    while end < len(text) and "a" <= text[end] <= "z":
        end += 1
    return end


# where a name found whole by `name_spans` may not touch these either ("O'Neill", "Smith-Jones")
_JOINERS = "'’-"


def _inside_word(char: str) -> bool:
    return char.isalnum() or char == "_" or char in _JOINERS


def _end_at(words: list[str], text: str, at: int, *, closed: bool = True) -> int:
    """Where `words` (one whitespace character apart) end if the text writes them at `at`,
    nothing of a word right before (nor after, where `closed`); else -1."""
    if at > 0 and _inside_word(text[at - 1]):
        return -1
    first = words[0] if words else ""
    if not text.startswith(first, at):
        return -1
    end = at + len(first)
    for word in words[1:]:
        if end >= len(text) or not text[end].isspace() or not text.startswith(word, end + 1):
            return -1
        end += 1 + len(word)
    return -1 if closed and end < len(text) and _inside_word(text[end]) else end


def name_spans(name: str, text: str) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each place the text writes `name` whole, its words one
    whitespace character apart: the spans of `re.finditer(r"(?<![\w'’-])" +
    r"\s".join(map(re.escape, name.split())) + r"(?![\w'’-])", text)`, none overlapping."""
    return _spans(name.split(), text, 0)


def phrase_spans(phrase: str, text: str) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each place the text writes `phrase` as it is, whole: the spans of
    `re.finditer(r"(?<![\w'’-])" + re.escape(phrase) + r"(?![\w'’-])", text)`."""
    return _spans([phrase], text, 0)


def written_lower(word: str, texts: Iterable[str]) -> bool:
    """Whether a text writes `word` in lower case, whole (`phrase_spans`): a word a sentence opens
    on ("We", "When"), a common noun, not a name the article writes capitalized only ("Briton").
    Whole as `phrase_spans` reads it, where an apostrophe or a hyphen joins a word: "it's" writes
    no "it", "fans'" no "fans", "well-known" no "well" (the `\b` copies it replaced found them)."""
    lower = word.lower()
    return any(next(phrase_spans(lower, t), None) is not None for t in texts)


def _spans(words: list[str], text: str, start: int) -> Iterator[tuple[int, int]]:
    first = words[0] if words else ""
    at = text.find(first, start)
    while at >= 0:
        end = _end_at(words, text, at)
        if end < 0:
            at = text.find(first, at + 1)
            continue
        yield at, end
        at = text.find(first, end if end > at else end + 1)  # an empty match: the next place on


def name_at(name: str, text: str, at: int = 0) -> int:
    """Where `name` ends if the text writes it whole at `at` (as `name_spans` finds it); else -1."""
    return _end_at(name.split(), text, at)


def name_then(name: str, text: str, tail: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
    r"""(start, the tail's match) of each place the text writes `name`, nothing of a word right
    before it, and `tail` matches right after it ("'s" and what follows): the matches of
    `re.finditer(r"(?<![\w'’-])" + r"\s".join(map(re.escape, name.split())) + tail.pattern, text)`,
    in order, the next looked for past the last's end."""
    words = name.split()
    first = words[0] if words else ""
    at = text.find(first)
    while at >= 0:
        end = _end_at(words, text, at, closed=False)
        matched = tail.match(text, end) if end >= 0 else None
        if matched is None:
            at = text.find(first, at + 1)
            continue
        yield at, matched
        at = text.find(first, matched.end() if matched.end() > at else at + 1)
