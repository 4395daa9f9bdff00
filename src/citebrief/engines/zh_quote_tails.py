"""A Chinese bullet whose sentence ends on a quotation after words of its own carries the short
sentence after it that says only who spoke.

Chinese features write "简单的算法是根据自己的体重来判断，“如果你体重在150磅……就可以明显感受到它的好处了。”Mike说。":
the sentence closes on somebody's words and the next, a few characters, names him. Picked alone,
the bullet quotes nobody (zh-clts 6, named by a blind reader). `zh_quote_carry` joins the speaker's
sentence only to a sentence wholly in “……”; here the quotation closes a sentence that opens on
the writer's own words, and the bullet carries the speaker line the same way, cited where it
stands. Only where the words before the quotation name no speaker of their own ("他说，“……”"), the
quotation closes its sentence on a stop ("。”", "！”", "？”": words spoken, not a term in marks),
and the sentence after says only who spoke (`text.anaphora.attribution_zh`) and names somebody
(`text.zh_quote_heads.speaker_head`: "他说。" names nobody).
"""

from __future__ import annotations

from citebrief.engines.bullets import near_duplicate
from citebrief.engines.scored import AFTER, Scored, neighbour_in_reach
from citebrief.text.anaphora import attribution_zh, introduces_speaker_zh, quote_only_zh
from citebrief.text.zh_quote_heads import speaker_head

SPOKEN_CLOSES = ("。”", "！”", "？”", "…”")  # a quotation of words said closes on a stop inside its marks


def quote_tail_speaker(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> tuple[str, int] | None:
    """The bullet `text` of sentence `i` with the next sentence, and the paragraph that sentence
    stands in, where `text` ends on a quotation after a lead of its own that names no speaker and
    the next sentence only says who spoke; None otherwise, or where the brief has that sentence."""
    after = i + 1
    if scored.lang != "zh" or scored.policy or after >= len(scored.units) or after in everywhere:
        return None
    stripped = text.strip()
    if not stripped.endswith(SPOKEN_CLOSES) or quote_only_zh(stripped):
        return None  # a sentence wholly a quotation is `zh_quote_carry`'s
    lead = stripped[: stripped.rfind("“")]
    if not lead or "”" in lead or introduces_speaker_zh(lead):
        return None  # the quotation opens the sentence, or its lead quotes or names a speaker already
    next_unit = scored.units[after]
    speaker = next_unit.text.strip()
    if not neighbour_in_reach(scored, next_unit, scored.units[i], AFTER):
        return None
    if not attribution_zh(speaker) or speaker_head(speaker) is None:
        return None
    carried = stripped + speaker
    if any(near_duplicate(carried, scored.trimmed[j], scored.lang) for j in everywhere if j != i):
        return None
    return carried, next_unit.paragraph
