"""A bullet saying that someone gave no comment goes to the group that names them, or up to the
key points where no group does.

A BBC story often closes on "Sports Direct has not responded to the BBC's request for a comment"
(en-xsum 166). The line says only that the party the story is about kept silent, so it shares
no weighed word with any group and MMR's grouping files it by its paragraph: under "Hartlepool MP
Iain Wright", a group about the MP's letter, where a blind reader read it as misfiled ("it belongs
to the key points or the group naming X"). Here, once every bullet has its group, a theme
group's bullet that is such a line (`data/en_no_comment.tsv`, found past the sentence's opening
words, the sentence no longer than `MAX_WORDS` and quoting no one) and whose own group names
none of the capitalised words of its subject ("Sports Direct") nor the asker the line names after
it ("the BBC's request": pasted, en-xsum 166 filed it under "BBC Investigation", where a blind
reader read it as at home) moves

- to the theme group whose bullets name most of those words, else
- up to the key points (`drafts[0]`, after the last point before it in the article) while they
  hold fewer than `en_groups.MAX_GROUP` bullets,

where its own group keeps two bullets. English news read in runs (`en_news_groups`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.engines.en_groups import MAX_GROUP
from citebrief.engines.scored import Draft, overview_placed
from citebrief.text.data_files import any_row_pattern

MAX_WORDS = 20  # a longer sentence says more than that no comment came
MAX_SUBJECT_WORDS = 8  # the match starts within the sentence's first words: its subject keeps silent
KEPT = 2  # bullets the line's own group keeps
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_NOT_NAMES = frozenset({"The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "Its", "His", "Her", "Their"})  # no name
_QUOTES = ('"', "“", "”", "‘", "'")


@cache
def _pattern() -> re.Pattern[str]:
    return any_row_pattern("en_no_comment.tsv")


def silent_party(text: str) -> tuple[str, ...]:
    """The capitalised words naming whom a no-comment line is about ("Sports Direct" of "Sports
    Direct has not responded to the BBC's request for a comment"); () for any other sentence."""
    if len(text.split()) > MAX_WORDS or any(q in text for q in _QUOTES[:4]):
        return ()
    match = _pattern().search(text)
    if match is None or len(text[: match.start()].split()) > MAX_SUBJECT_WORDS:
        return ()
    names = [re.sub(r"['’]s$", "", w) for w in _CAPITALISED.findall(text[: match.start()])]
    return tuple(w for w in names if w not in _NOT_NAMES)


def asker(text: str) -> tuple[str, ...]:
    """The capitalised words a no-comment line names after its verb, the one who asked ("BBC" of
    "… has not responded to the BBC's request for a comment")."""
    match = _pattern().search(text)
    if match is None:
        return ()
    names = [re.sub(r"['’]s$", "", w) for w in _CAPITALISED.findall(text[match.start() :])]
    return tuple(w for w in names if w not in _NOT_NAMES)


def _naming(names: Sequence[str], texts: Sequence[str], picked: Sequence[int]) -> int:
    """How many of `names` the bullets `picked` say."""
    said = " ".join(texts[j] for j in picked)
    return sum(1 for w in names if re.search(rf"\b{re.escape(w)}\b", said))


def no_comment_homed(texts: Sequence[str], drafts: list[Draft]) -> bool:
    """Moves each theme group's no-comment line its group does not name the party of to the group
    naming it, else up to the key points (`drafts[0]`; module doc), in place; `texts` are the
    bullets as they say them. Returns whether one moved."""
    if len(drafts) < 2:
        return False
    moved = False
    for group in drafts[1:]:
        for i in list(group.picked):
            names = silent_party(texts[i])
            if not names or len(group.picked) <= KEPT:
                continue
            rest = [j for j in group.picked if j != i]
            if _naming(names, texts, rest) or _naming(asker(texts[i]), texts, rest):
                continue
            others = [(d, _naming(names, texts, d.picked)) for d in drafts[1:] if d is not group]
            best = max(others, key=lambda pair: pair[1], default=None)
            if best is not None and best[1] > 0:
                group.move(i, best[0])
            elif len(drafts[0].picked) < MAX_GROUP and drafts[0].picked:
                group.picked.remove(i)
                drafts[0].picked = overview_placed(drafts[0].picked, i)
            else:
                continue
            moved = True
    return moved
