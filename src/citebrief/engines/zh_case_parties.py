"""A Chinese bullet that says "当事人" of a case report whose case title the group leaves out: a market
regulator's list of punished advertisers opens each case on its title ("芜湖名姝医疗美容医院有限公司发布
违法广告案。") and then says only 当事人 ("经查，当事人在其微信公众号发布……"), so a group that has
the case's facts but not its title reads as nobody's, or as the case before's. The bullet names the
party in brackets after its first 当事人, as `zh_pronoun_speakers` brackets a pronoun's speaker
("当事人（芜湖名姝医疗美容医院有限公司）在其微信公众号发布……"), cited to the passage of the title.

The party is the name that opens the nearest case title before the bullet (`text/zh_case_heads.case_title`:
a noun phrase standing as a sentence, ending on 案/问题/案件…), up to an ending of `data/zh_party_endings.tsv`
(有限公司, 门诊部, 医院): a title with no such name, or no title at all ("保障当事人诉权"), names nobody.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.data_files import table_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_case_heads import case_title

ENDINGS = "zh_party_endings.tsv"  # in citebrief.text.data
MAX_BACK = 12  # sentences up from the bullet to its case's title
# 当事人 as the case's party, not a kind of person ("中外当事人", "保障当事人诉权")
_PARTY = LazyPattern(r"(?:^|(?<=[，,。；：:对向与将由]))当事人(?![（(])")
# the list marker a title may open on ("1、", "（二）"), before its party's name
_MARKER = r"(?:[（(]?[0-9一二三四五六七八九十]{1,3}[、.．)）]\s*)?"


@cache
def _named() -> LazyPattern:
    """The name a case title opens on: the shortest run up to an ending, and the endings right after it
    ("……医院" then "有限公司"), with what the party did after it ("发布违法广告案")."""
    endings = table_alternation(ENDINGS)
    return LazyPattern(rf"^{_MARKER}([\u4e00-\u9fff]{{2,30}}?(?:{endings})(?:{endings})*)(?=[\u4e00-\u9fff]{{2}})")


def named_party(scored: Scored, i: int, text: str, points: Sequence[Point]) -> tuple[str, int] | None:
    """`text`, the bullet of sentence `i`, with its case's party after its first 当事人 and the paragraph
    of the case title; None where it says no bare 当事人, no case title is found, or its group names the party."""
    if scored.lang != "zh" or (party := _PARTY.search(text)) is None:
        return None
    for j in range(i - 1, max(-1, i - 1 - MAX_BACK), -1):
        title = scored.units[j].text.strip()
        if not case_title(title):
            continue
        name = _named().match(title)
        if name is None or name.group(1) in text or any(name.group(1) in point.text for point in points):
            return None
        return f"{text[: party.end()]}（{name.group(1)}）{text[party.end() :]}", scored.units[j].paragraph
    return None
