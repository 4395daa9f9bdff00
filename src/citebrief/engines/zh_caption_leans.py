"""In a Chinese dish feature whose photo captions are no bullets, a sentence with no subject is none either.

A feature that walks through dishes captions each photo with the dish's name and a few clauses of
praise; where a later sentence of its paragraph names the dish again the caption is no bullet
(`text.zh_captions.named_caption`). Such a feature tells how each dish is made in sentences that
go on from the cook or the dish named before them: "厨师特别选用天目山春笋的嫩尖，……。佐以时鲜荠菜的
清香口感和火腿的醇厚鲜美，把一道凉菜的风味做得……。" (zh-clts 3). Alone, "佐以……" says what is
added to nothing. With the caption gone from a group, its slot went to that sentence, and blind
readers split on it. So in an article with such a caption, a sentence that opens on a verb, adverb
or preposition (`zh_item_lists.no_subject`, the judgement a list's later clause is read by) is no
bullet either. Two openings keep their subject: a short first clause, which in such a feature names
the dish or the act the rest speaks of ("香椿头碎鲜核桃，把……", "吃笋，在江南人的味蕾里，……"), where
`no_subject` passes over a time ("7月29日，"); and a "……的" phrase that is the subject of 是 or 莫过于
("让人觉得熟悉而又充满创意的莫过于是荠菜火腿拌天目春笋。").
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.zh_item_lists import LEAD, no_subject
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_captions import named_caption

# "让人觉得……的莫过于是……", "最难得的是……": the "……的" phrase, in the first clause, is the subject
_OWN_SUBJECT = LazyPattern(r"^[^，。；：]*的(?:莫过于|就是|便是|正是|要数|当属|是)")


def _leans(text: str) -> bool:
    """Whether a sentence opens on a verb, adverb or preposition with no subject (module doc)."""
    flat = text.strip()
    return not LEAD.match(flat) and not _OWN_SUBJECT.match(flat) and no_subject(flat)


def caption_leans(texts: Sequence[str], paragraphs: Sequence[int], trimmed: Sequence[str]) -> frozenset[int]:
    """The sentences (by index; `trimmed`: each as its bullet says it) that open with no subject in
    an article where a dish caption is no bullet (module doc); none in any other article."""
    if not any(named_caption(texts, paragraphs, k) for k in range(len(texts))):
        return frozenset()
    return frozenset(k for k, text in enumerate(trimmed) if _leans(text))
