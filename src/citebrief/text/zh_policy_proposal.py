"""A reply to a proposal titled by the proposal, where what it asks is no noun phrase.

A reply's title says only which proposal it answers ("对十届全国人大四次会议第7264号建议的答复"),
so the overview is titled by what the proposal asks, restated in the reply ("您提出的关于建设地方
政府门户网站外文版的建议收悉" → "地方政府门户网站外文版", `official_title.reply_proposal`). Where the
proposal asks for an act ("关于请总理网上博客听取民意的建议"), that noun phrase is none, and the
title fell to a phrase of the answer ("公众利用互联网") or of the account ("中央政府门户网站"), which
names what the reply tells, not what it answers. The proposal with its kind ("请总理网上博客听取民意
的建议") is a noun phrase in the deputy's own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.lazy_re import LazyPattern

# "您提出的关于请总理网上博客听取民意的建议收悉": the proposal (a clause) and its kind
_PROPOSAL_CLAUSE = LazyPattern(r"您(?:提出|所提)的(?:关于)?([\u4e00-\u9fff]{4,14}?)的(建议|提案)收悉")


def proposal_clause(texts: Sequence[str]) -> str:
    """The proposal with its kind, as the reply restates it in its receipt ("请总理网上博客听取民意
    的建议"); '' where the reply has no such receipt."""
    for text in texts:
        found = _PROPOSAL_CLAUSE.search(text)
        if found:
            return f"{found.group(1)}的{found.group(2)}"
    return ""
