"""A Chinese quotation bullet carries the sentence after it that names its speaker.

Chinese news writes "“挥手拜拜是飞机出港流程的最后一步……然后机务挥手告别。”航线机务康红强告诉记者，
当飞机滑行时……": the quotation ends its sentence and whose words they were opens the next
(`text.zh_quote_heads`). Picked alone, the quotation is somebody's words with nobody in sight; the
bullet says both sentences. An article of one block is cut into passages by length (segment.py),
and the cut can fall right between the two: the cut is the tool's, not the writer's, so the
bullet then cites both passages (verify reads each sentence in its passage:
`verify/quoted_sentences.py`). The sentences picked are left as they are (the quotation still
weighs as one that names no speaker): only the bullet of a quotation picked anyway changes. Where
the brief says the speaker's sentence as a bullet of its own, right after the quotation or in
another group, the two become one bullet (`folded_speakers`).
"""

from __future__ import annotations

from citebrief.engines.bullets import near_duplicate
from citebrief.engines.scored import AFTER, Scored, Unit, neighbour_in_reach
from citebrief.text.anaphora import quote_only_zh
from citebrief.text.zh_quote_heads import quote_then_speaker

MIN_LEFT = 2  # a quotation leaves its group for its speaker's only where two bullets stay behind


def _sentence_after_quote(scored: Scored, i: int, text: str) -> Unit | None:
    """The sentence after `text`, the bullet of sentence `i`, where `text` is wholly a Chinese
    quotation and that sentence may say whose words they are (`neighbour_in_reach`); else None.
    (`zh_quote_named` reads the sentence after a quotation's close by `neighbour_in_reach` itself.)"""
    after = i + 1
    if scored.lang != "zh" or after >= len(scored.units) or not quote_only_zh(text):
        return None
    next_unit = scored.units[after]
    return next_unit if neighbour_in_reach(scored, next_unit, scored.units[i], AFTER) else None


def speaker_after(scored: Scored, i: int, text: str, everywhere: frozenset[int]) -> tuple[str, int] | None:
    """The bullet `text` of sentence `i` with the next sentence where `text` is wholly a quotation
    and the next opens on its speaker (in its paragraph, or first in the next passage where the
    tool cut the article into passages), and the paragraph that sentence stands in; None where
    the brief has that sentence (`folded_speakers` takes it out of its group first) or the two do
    not fit one bullet."""
    if i + 1 in everywhere or (next_unit := _sentence_after_quote(scored, i, text)) is None:
        return None
    carried = quote_then_speaker(text, next_unit.text.strip())
    others = (scored.trimmed[j] for j in everywhere if j != i)
    if carried is None or any(near_duplicate(carried, other, scored.lang) for other in others):
        return None
    return carried, next_unit.paragraph


def folded_speakers(scored: Scored, picked: list[list[int]]) -> list[list[int]]:
    """Each group's sentences, a speaker's sentence that the brief says as well as the quotation
    before it folded into the quotation's bullet (`speaker_after`): two bullets, the words and
    then whose they were, read as one. Where the two stand in different groups, the quotation goes to the speaker's
    group, in its place, while its own group keeps two bullets or more; else both stay. A policy
    quotes no speaker: it is not read for them."""
    if scored.lang != "zh" or scored.policy:
        return picked
    folded = [list(group) for group in picked]
    where = {i: g for g, group in enumerate(folded) for i in group}
    for quote in sorted(where):
        speaker = quote + 1
        if speaker not in where or not _says_speaker_of(scored, quote):
            continue
        home, there = where[quote], where[speaker]
        if home != there and len(folded[home]) <= MIN_LEFT:
            continue
        folded[home].remove(quote)
        folded[there][folded[there].index(speaker)] = quote
        where[quote] = there
        del where[speaker]
    return folded


def _says_speaker_of(scored: Scored, quote: int) -> bool:
    """Whether the bullet of sentence `quote` will be that quotation with the next sentence, its
    speaker's (`speaker_after`, asked as though the brief lacked that sentence)."""
    return speaker_after(scored, quote, scored.trimmed[quote], frozenset()) is not None
