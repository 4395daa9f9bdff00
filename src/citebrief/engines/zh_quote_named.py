"""A Chinese quotation bullet whose speaker opens the next sentence, too long to carry whole:
the bullet says the speaker's name before the quotation ("宗金才：“近年来，按照国家民委……”").

Chinese news writes "“近年来……铸牢中华民族共同体意识。”中共玉树州委……州民族语文工作中心主任宗金才介绍，
玉树州坚持……": the quotation ends its sentence and whose words they were opens the next.
`zh_quote_carry` joins the two where they fit one bullet; where they do not (a long role, a long
sentence after), the quotation stood alone and blind readers named it a quotation with nobody
speaking (zh-news 175, group 3; zh-news 197). Here the bullet says the name as a label, the way a
transcript does ("所长 冉宏林：……", `zh_we_speakers`), and cites the passage that names him. Only where
the next sentence, in the quotation's paragraph (or first in the next passage where the tool cut
one block into passages), opens on a role ending on a head of `data/zh_person_roles.tsv` and a
name of two or three characters right before a verb of saying and "，" ("主任宗金才介绍，"), and
no bullet of the group before names him.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from citebrief.engines.scored import Scored
from citebrief.engines.zh_quote_carry import sentence_after_quote
from citebrief.model import Point
from citebrief.text import speech_verbs
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_role_heads import role_head_alternation

HEAD_CHARS = 70  # the role before the name: "中共玉树州委……州民族语文工作中心主任"


@cache
def _speaker_head() -> LazyPattern:
    heads = role_head_alternation()
    return LazyPattern(
        rf"^(?![“”据])[^“”。；：！？，]{{0,{HEAD_CHARS}}}?(?:{heads})"
        rf"([\u4e00-\u9fff]{{2,3}}?)(?:\d{{1,2}}日)?(?:{speech_verbs.alternation('named')})[，：]"
    )


def named_speaker(text: str) -> str | None:
    """The name of the speaker `text` opens on ("……主任宗金才介绍，……" -> "宗金才"), or None."""
    found = _speaker_head().match(text.strip())
    return None if found is None else found.group(1)


def quote_named(scored: Scored, i: int, text: str, points: Sequence[Point]) -> tuple[str, int] | None:
    """The quotation `text`, the bullet of sentence `i`, with its speaker's name before it, and the
    paragraph that names him; None where `text` is not wholly a quotation, the next sentence does
    not open on a name, or a bullet of the group so far (`points`) names him."""
    if (next_unit := sentence_after_quote(scored, i, text)) is None:
        return None
    name = named_speaker(next_unit.text)
    if name is None or any(name in point.text for point in points):
        return None
    return f"{name}：{text.strip()}", next_unit.paragraph
