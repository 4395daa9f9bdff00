"""An English phrase whose adjective one bullet alone says does not title a group of bullets.

"Successful Industry" of one quote ("A successful industry needs continued market access")
is counted as said by every bullet that says "the industry" again (`en_title_choice.bullet_credits`:
"the tax" after "sales tax" names the same thing), so it outranks the phrases the bullets share
("UK Fish") and titles a group about the fishing industry by one bullet's quality. Blind readers
mark such a title as vague. A plain adjective (the lexicon knows it only as one, not a name)
before the head that fewer than `MIN_ADJECTIVE_SAID` of the bullets say leaves the phrase out of
the covering candidates (`en_title_cover.phrases`); its head alone stays one.
"""

from __future__ import annotations

from citebrief.text.chunks import Chunk
from citebrief.text.en_chunks import word_classes
from citebrief.text.en_title_choice import family

MIN_ADJECTIVE_SAID = 2  # bullets that say the phrase's adjective, at least


def lone_adjective(chunk: Chunk, said: list[frozenset[str]]) -> bool:
    """Some plain adjective of the phrase before its last word is said by fewer than
    `MIN_ADJECTIVE_SAID` of the bullets (`said`: each bullet's word families, as `heard` reads it)."""
    named = chunk.named or (False,) * len(chunk.words)
    for word, name in zip(chunk.words[:-1], named[:-1], strict=False):
        if name or word_classes(word.lower()) != frozenset({"ADJ"}):
            continue
        if sum(family(word) in bullet for bullet in said) < MIN_ADJECTIVE_SAID:
            return True
    return False
