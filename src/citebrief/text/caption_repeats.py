"""Where a caption restates the sentence glued after it.

CNN/Daily Mail pages often caption a photo with the paragraph it illustrates, reworded a little,
and the text arrives with the caption pasted before the paragraph and no full stop between them:
"In January, Rhodri Giggs spoke for the first time about his brother Ryan's eight-year affair
with his then wife Natasha | In January, Giggs spoke for the first time about his 41-year-old
brother …". The splitter sees one sentence that says the same thing twice. A run of six words
said twice in one sentence marks it; the cut comes before the capitalised word, after a word with
no stop, from which the second telling goes on only with words the first one's opening used
("In January, Giggs" after "In January, Rhodri Giggs"), or before the repeated run itself where
it opened the caption. A phrase that the caption holds in its middle and the sentence says again
("The pair were playing Liar's Poker - a game where …" … "playing what appears to be Liar's Poker
- a game where …") is no retelling: the sentence reads on.
"""

from __future__ import annotations

import re

RUN_WORDS = 6  # the repeated run: shorter runs recur within one sentence ("one of the most …")
_MIN_WORDS = 2 * RUN_WORDS + 2
_NO_CUT_AFTER = re.compile(r"[.!?:;,\-–—(\[/&]['’\"”)]*$")  # a stop, a comma or an open phrase before the word
_WORD = re.compile(r"\S+")


def _repeat(words: list[str]) -> tuple[int, int] | None:
    """The first run of RUN_WORDS words said again later, word for word, not overlapping: its two
    starts."""
    runs = list(zip(*(words[k:] for k in range(RUN_WORDS)), strict=False))
    if len(set(runs)) == len(runs):
        return None  # most sentences: no run said twice
    first: dict[tuple[str, ...], int] = {}
    for position, run in enumerate(runs):
        seen = first.setdefault(run, position)
        if position - seen >= RUN_WORDS:
            return seen, position
    return None


def repeat_index(words: list[str]) -> int | None:
    """The index in `words` (one sentence, split) of the word that opens the sentence a caption
    before it restates, or None."""
    if len(words) < _MIN_WORDS:
        return None
    last = RUN_WORDS - 1
    if len(set(zip(words, words[2:], words[last:], strict=False))) == len(words) - last:
        return None  # most sentences: no word said again with the second and the last of a run after it
    found = _repeat(words)
    if found is None:
        return None
    first, again = found
    opening = {word.lower() for word in words[:first]}
    for index in range(first + RUN_WORDS, again + 1):
        word, previous = words[index], words[index - 1]
        if not word[:1].isupper() or _NO_CUT_AFTER.search(previous):
            continue
        if index == again and first > 0:
            break  # "… playing Liar's Poker - a game …": a phrase said again, not the opening retold
        if all(w.lower() in opening for w in words[index:again]):
            return index
    return None


def repeat_cut(text: str, start: int, end: int) -> int | None:
    """The offset in `text[start:end]` where a caption that restates the sentence after it ends."""
    index = repeat_index(text[start:end].split())
    if index is None:
        return None
    return next(m.start() for k, m in enumerate(_WORD.finditer(text, start, end)) if k == index)
