"""A Chinese bullet that says "当事人" of a case report whose case title the group leaves out: a market
regulator's list of punished advertisers opens each case on its title ("芜湖名姝医疗美容医院有限公司发布
违法广告案。") and then says only 当事人 ("经查，当事人在其微信公众号发布……"), so a group that has
the case's facts but not its title reads as nobody's, or as the case before's. The bullet names the
party in brackets after its first 当事人, as `zh_pronoun_speakers` brackets a pronoun's speaker
("当事人（芜湖名姝医疗美容医院有限公司）在其微信公众号发布……"), cited to the passage of the title.

The party is the name that opens the nearest case title before the bullet (`text/zh_case_heads.case_title`:
a noun phrase standing as a sentence, ending on 案/问题/案件…), up to an ending of `data/zh_party_endings.tsv`
(有限公司, 门诊部, 医院; `text/zh_case_party.party_name`): a title with no such name, or no title at all
("保障当事人诉权"), names nobody.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Carried, Scored
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import zh_party_in_place
from citebrief.text.zh_case_heads import case_title
from citebrief.text.zh_case_party import party_name

MAX_BACK = 12  # sentences up from the bullet to its case's title
# 当事人 as the case's party, not a kind of person ("中外当事人", "保障当事人诉权")
_PARTY = LazyPattern(r"(?:^|(?<=[，,。；：:对向与将由]))当事人(?![（(])")


def named_party(scored: Scored, i: int, text: str, points: Sequence[Point]) -> Carried | None:
    """`text`, the bullet of sentence `i`, with its case's party after its first 当事人 and the paragraph
    of the case title; None where it says no bare 当事人, no case title is found, or its group names the party."""
    if scored.lang != "zh" or "当事人" not in text:
        return None  # (one find of the word, not a search trying the lookbehind at every character)
    if (party := _PARTY.search(text)) is None:
        return None
    for j in range(i - 1, max(-1, i - 1 - MAX_BACK), -1):
        title = scored.units[j].text.strip()
        if not case_title(title):
            continue
        name = party_name(title)
        if not name or name in text or any(name in point.text for point in points):
            return None
        return Carried(zh_party_in_place(name, text[: party.end()], text[party.end() :]), scored.units[j].paragraph)
    return None
