"""The noun phrases of Chinese sentences where a phrase is whole if any clause says it whole.

`zh_chunks_into` keeps each phrase as its first saying makes it, and a phrase said first inside a
longer noun run is marked not whole ("造成道路积水问题": "道路积水" before "问题"). A title step
that wants whole phrases (`zh_held_title`) then never takes it, even where the same sentence goes
on to say it on its own ("……及时排除道路积水"): zh-news 95's group of four bullets on standing
water read "积水" while two of them say "道路积水". One clause saying the phrase whole shows it is
a phrase of its own, not a piece of a longer name, so it counts as whole.
"""

from __future__ import annotations

from citebrief.text.chunks import Chunk, zh_chunks, zh_chunks_into
from citebrief.text.lazy_re import LazyPattern

_CLAUSE_BREAK = LazyPattern(r"[，；。！？：,;!?:]")


def whole_said_chunks_into(sentence: str, found: dict[str, Chunk]) -> dict[str, Chunk]:
    """`zh_chunks_into(sentence, found)`, each phrase it holds not whole made whole where one of
    the sentence's clauses, chunked alone, makes the same phrase (same words, same kind) whole."""
    zh_chunks_into(sentence, found)
    clauses = [c for c in _CLAUSE_BREAK.split(sentence) if c]
    if len(clauses) < 2:
        return found
    for clause in clauses:
        for chunk in zh_chunks(clause):
            kept = found.get(chunk.text)
            if kept is not None and not kept.whole and chunk.whole and _same(kept, chunk):
                found[chunk.text] = kept._replace(whole=True)
    return found


def _same(kept: Chunk, chunk: Chunk) -> bool:
    """The same phrase made the same way: its words and its kind."""
    return kept.words == chunk.words and kept.kind == chunk.kind
