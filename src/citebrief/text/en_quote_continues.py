"""Where an English quotation goes on past what its marks and its He or She say: a sentence that
closes the quotation on a mark with none opening it, and a "She continued: '…" right after it.

A writer quoting one speaker over several sentences may leave the middle ones unmarked and close
the last one only ("'But to walk on the flag … | You have the freedom … | I'm fighting against the
way they are going about it.'"): the reading of quoted lines (`en_unattributed.quote_reading`)
takes the last for the writer's own, so `en_quote_owners` left it a line no one says. And a "She
continued:" (`data/en_continuing_verbs.tsv`) right after another quotation's line hands the words
back to that quotation's speaker: the sentence before names nobody, so the She read as no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.text.brief_memo import per_brief
from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern

_OPENING_MARK = LazyPattern(r"(?:^|[\s(\[—-])['‘\"“]")
_CLOSING_MARK = LazyPattern(r"[.!?…,]['’\"”]\s*$")


@cache
def _continues() -> re.Pattern[str]:
    """'He' or 'She', a continuing verb, a colon and a quotation mark within a few words."""
    verbs = "|".join(re.escape(verb) for verb in data_lines("en_continuing_verbs.tsv"))
    return re.compile(rf"^(?P<pronoun>He|She) (?:{verbs})\b[^'‘\"“:]{{0,30}}:\s*['‘\"“]")


def closing_lines(texts: Sequence[str], quoted: Sequence[bool]) -> list[bool]:
    """`quoted` (which of `texts` are a quotation's lines), with each sentence that ends on a
    closing mark with none opening it, right after a line of the quotation, read as a line too
    (a list of the caller's own)."""
    return list(_closing_lines(tuple(texts), tuple(quoted)))


@per_brief(maxsize=16)  # each English bullet's quotation steps ask it of the same article's sentences
def _closing_lines(texts: tuple[str, ...], quoted: tuple[bool, ...]) -> tuple[bool, ...]:
    lines = list(quoted)
    for i in range(1, len(texts)):
        text = texts[i].strip()
        if lines[i] or not _CLOSING_MARK.search(text) or _OPENING_MARK.search(text):
            continue
        before = texts[i - 1].strip()
        lines[i] = lines[i - 1] or (_OPENING_MARK.search(before) is not None and not _CLOSING_MARK.search(before))
    return tuple(lines)


def continued_pronoun(texts: Sequence[str], quoted: Sequence[bool], at: int) -> str:
    """The He or She of sentence `at` where it opens on "He/She continued:" and a quotation right
    after a quotation's line (`quoted`, or one ending on a closing mark), so the words are that
    line's speaker's; '' otherwise."""
    found = _continues().match(texts[at].strip())
    if found is None or at == 0:
        return ""
    before = texts[at - 1].strip()
    return found.group("pronoun") if quoted[at - 1] or _CLOSING_MARK.search(before) else ""
