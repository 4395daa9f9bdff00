"""English verbs of saying, one table for every place that asks whether a sentence reports speech.

Fourteen uses read them, each for its own decision (named in `data/speech_verbs_en.tsv`): who
speaks at a quotation's end or inside a sentence (en_actors), whether a lead's quotation says
whose it is or names only a pronoun (anaphora), whether a colon's head is a caption label or a
speaker (captions, caption_lines, lines.tsv's caption-label-en row), whether a caption ends
before a name or runs on (captions, caption_shapes, caption_runons, caption_runons2), whether an
actor group is a source (en_actor_groups), whether a name is the teller (en_title_speaker). Each
once spelled its own list, and they differ on purpose or by history: a speaker's list takes
opinion verbs ("believes", "thinks") that would make a caption a quote, and the "'…,' she said"
tail takes only the plain verbs. Forms are rows of their own (said, says, say): a list may take
one form and not another.

The patterns and word sets stay lazy: `TablePattern` builds its text from the table when first
compiled (or when its `.pattern` is read), `TableWords` its set on the first question, so a start
that never reads English never reads the table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Literal, NamedTuple, get_args

from citebrief.text.data_files import data_text
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speech_verbs import read_rows

Use = Literal[
    "quoted",
    "reported",
    "attributed",
    "she_said",
    "said_she",
    "label_run",
    "label_line",
    "source",
    "teller",
    "runs_on",
    "role_speaker",
    "name_said",
    "clause_subject",
    "label_skip",
]
USES: tuple[Use, ...] = get_args(Use)
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _english_words(text: str) -> bool:
    """Lower-case words, one space between ("according to")."""
    words = text.split(" ")
    return all(word and set(word) <= _LETTERS for word in words)


class SpeechVerb(NamedTuple):
    """One row of the table: a verb form (or phrase) and the uses it serves."""

    verb: str
    uses: frozenset[Use]


@cache
def speech_verbs() -> tuple[SpeechVerb, ...]:
    """Every row of the shipped table, in file order."""
    return parse_table(data_text("speech_verbs_en.tsv"))


def parse_table(text: str) -> tuple[SpeechVerb, ...]:
    """The rows of a table in `speech_verbs_en.tsv`'s form; a malformed row is an error naming its
    line (`speech_verbs.read_rows`, the Chinese table's reader)."""
    rows = read_rows(text, "speech_verbs_en.tsv", USES, _english_words, "a verb in lower case")
    return tuple(SpeechVerb(verb, frozenset(u for u in USES if u in uses)) for verb, uses in rows)


def verbs(use: Use) -> tuple[str, ...]:
    """The verbs of one use, in table order."""
    return tuple(row.verb for row in speech_verbs() if use in row.uses)


@cache
def alternation(use: Use) -> str:
    """The verbs of one use as a regex alternation in a group ("(?:said|says|…)"), longer first, so
    that no verb stops a match short at a shorter one it begins with ("say" in "says")."""
    return "(?:" + "|".join(sorted(verbs(use), key=len, reverse=True)) + ")"


class TablePattern(LazyPattern):
    """A `LazyPattern` whose text `build()` writes from the table, on the first compile or read of
    `.pattern`: the table is read only by a run that asks an English question."""

    def __init__(self, build: Callable[[], str], flags: int | re.RegexFlag = 0) -> None:
        self._build: Callable[[], str] | None = build
        self._text = ""
        self.flags = int(flags)

    @property
    def pattern(self) -> str:
        if self._build is not None:
            self._text, self._build = self._build(), None
        return self._text

    @pattern.setter
    def pattern(self, text: str) -> None:
        self._text, self._build = text, None


class TableWords:
    """The verbs of one use (and the `also` words beside them) as a set of words, for a test of
    one word (`word in SAYING`); the table is read on the first test, not at import."""

    __slots__ = ("_also", "_words", "use")

    def __init__(self, use: Use, also: frozenset[str] = frozenset()) -> None:
        self.use = use
        self._also = also
        self._words: frozenset[str] | None = None

    def words(self) -> frozenset[str]:
        """Every word of the set (the table read now, on the first call)."""
        if self._words is None:
            self._words = frozenset(verbs(self.use)) | self._also
        return self._words

    def __contains__(self, word: object) -> bool:
        return word in (self._words if self._words is not None else self.words())

    def isdisjoint(self, words: Iterable[str]) -> bool:
        """No word of `words` is in the set: one set operation, as a frozenset answers it."""
        return self.words().isdisjoint(words)

    def __repr__(self) -> str:
        return f"TableWords({self.use!r})"


_PLACE = LazyPattern(r"\{speech_verbs_en:(\w+)\}")


def fill_verbs(regex: str) -> str:
    """`regex` with each `{speech_verbs_en:USE}` written as that use's alternation: how a data
    file's pattern (lines.tsv) names a set of this table instead of spelling it. An unknown use is
    an error naming it."""
    if "{speech_verbs_en:" not in regex:
        return regex

    def one(found: re.Match[str]) -> str:
        use = found.group(1)
        if use not in USES:
            raise ValueError(f"{found.group()}: no use {use!r} in speech_verbs_en.tsv (uses: {', '.join(USES)})")
        return alternation(use)

    return _PLACE.sub(one, regex)
