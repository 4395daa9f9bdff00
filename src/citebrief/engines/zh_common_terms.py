"""The article's common words as the settling steps read them: `zh_regroup.common_words` of each
sentence's terms of two characters or more (the words a third of its sentences say, which tie no
two bullets to one group).

Five of the steps that settle a Chinese news brief's groups (`zh_loner_swaps`, `zh_partner_swaps`,
`zh_strand_splits`, `zh_stranger_homes`, `zh_stranger_lifts`) asked it of the same sentences in
turn, ~3.5 times a zh-news brief, each counting every term of the article again. It is read once
and kept on the `Scored` it was read off (`Scored.kept_common`): the answer lives as long as that
brief's sentences do and no longer, and a `Scored` made by `dataclasses.replace` starts without it.
"""

from __future__ import annotations

from citebrief.engines.scored import Scored
from citebrief.engines.zh_regroup import common_words


def common_terms(scored: Scored) -> frozenset[str]:
    """The words `COMMON_SHARE` of `scored`'s sentences say among their terms of two characters
    or more, read on the first ask and kept for the next."""
    kept = scored.kept_common
    if not kept:
        kept.append(common_words([{w for w in u.terms if len(w) >= 2} for u in scored.units]))
    return kept[0]
