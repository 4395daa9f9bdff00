"""The phrases a group's bullets (or the lead) offer as its title, kept for the brief.

A group's title is asked for again and again in one brief (`past_subject`, `_heading_aspect`,
`policy_shared_title`, `headed_title` each ask `group_title` of the same bullets), and
`group_title`'s second pass, with the phrases the bullets only deny, made the same phrases
again before its filter (issue #14: 9 of 26 calls on 20 briefs repeated their arguments).
The phrases depend on the sentences and the language alone, so a brief keeps them
(`brief_memo.per_brief`); each caller gets its own copy, as the callers add to it.
"""

from __future__ import annotations

from citebrief.model import Lang
from citebrief.text.brief_memo import per_brief
from citebrief.text.chunks import Chunk, zh_chunks_into
from citebrief.text.en_chunks import en_chunks
from citebrief.text.negated_phrases import negated_everywhere


def candidates(sentences: list[str], lang: Lang, *, denied: bool = False) -> dict[str, Chunk]:
    """The phrases of `sentences` that may title them: not one they say only as denied ("she was
    not a confident swimmer" gives no "Confident Swimmer", `negated_phrases`) unless `denied`.
    A new dict each call, in the order the phrases are made."""
    said = tuple(sentences)
    return dict(_all_phrases(said, lang) if denied else _undenied(said, lang))


@per_brief(maxsize=512)
def _all_phrases(sentences: tuple[str, ...], lang: Lang) -> dict[str, Chunk]:
    """Every phrase of `sentences` by text, the first made of each (read, never changed)."""
    found: dict[str, Chunk] = {}
    for sentence in sentences:
        if lang == "zh":  # a phrase an earlier sentence said is not made again
            zh_chunks_into(sentence, found)
            continue
        for chunk in en_chunks(sentence):
            found.setdefault(chunk.text, chunk)
    return found


@per_brief(maxsize=512)
def _undenied(sentences: tuple[str, ...], lang: Lang) -> dict[str, Chunk]:
    """`_all_phrases` less those `sentences` say only as denied (read, never changed)."""
    listed = list(sentences)
    return {t: c for t, c in _all_phrases(sentences, lang).items() if not negated_everywhere(t, listed, lang)}
