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
no bullet of the group before names him. "接受新华社记者专访时表示，" between name and verb still names
him, and there a foreign name of four or five characters ("教授长谷川克之日前在接受……专访时表示"): the
interview clause marks where the name ends. A "name" the tagger reads as a verb or a time word is
the clause itself ("记者|专访时|表示", "负责人|解释|说"), never a person: nothing is carried.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from citebrief.engines.scored import Scored
from citebrief.model import Point
from citebrief.text.anaphora import quote_only_zh
from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

HEAD_CHARS = 70  # the role before the name: "中共玉树州委……州民族语文工作中心主任"
SHORT_NAME = 3  # a longer name only before an interview clause, which marks where it ends
# jieba tags of a word of two or more characters that no person's name holds: verbs (专访, 解释),
# time and place words, adverbs, pronouns, conjunctions, particles (not prepositions: "徐向|红")
_NOT_NAME_TAGS = ("v", "t", "f", "d", "r", "c", "u")
# the tags a word of a long (foreign) name may have: a person, a place, a proper noun, unknown
_LONG_NAME_TAGS = frozenset(("nr", "nrfg", "nrt", "ns", "nz", "x"))


@cache
def _speaker_head() -> LazyPattern:
    heads = "|".join(sorted(data_lines("zh_person_roles.tsv"), key=len, reverse=True))
    return LazyPattern(
        rf"^(?![“”据])[^“”。；：！？，]{{0,{HEAD_CHARS}}}?(?:{heads})"
        r"([\u4e00-\u9fff]{2,5}?)(?:\d{1,2}日|日前|当日)?在?(接受[\u4e00-\u9fff]{0,8}?记者(?:专访|采访)时?)?"
        r"(?:介绍|表示|说|告诉记者)[，：]"
    )


def named_speaker(text: str) -> str | None:
    """The name of the speaker `text` opens on ("……主任宗金才介绍，……" -> "宗金才"), or None."""
    found = _speaker_head().match(text.strip())
    if found is None:
        return None
    name, interviewed = found.group(1), found.group(2) is not None
    if len(name) > SHORT_NAME and not interviewed:
        return None
    return name if _reads_as_name(found.string[: found.end()], found.span(1), len(name) > SHORT_NAME) else None


def _reads_as_name(text: str, span: tuple[int, int], long: bool) -> bool:
    """Whether the tagger's words of `text` wholly inside `span` may be a person's name: no word of
    two or more characters a verb, time word or particle ("专访时", "解释"); in a long name, each
    such word a name or a place ("长|谷川|克|之")."""
    start = 0
    for word, tag in tag_zh(text):
        end = start + len(word)
        inside = span[0] <= start and end <= span[1] and len(word) > 1
        if inside and (tag.startswith(_NOT_NAME_TAGS) or (long and tag not in _LONG_NAME_TAGS)):
            return False
        start = end
    return True


def quote_named(scored: Scored, i: int, text: str, points: Sequence[Point]) -> tuple[str, int] | None:
    """The quotation `text`, the bullet of sentence `i`, with its speaker's name before it, and the
    paragraph that names him; None where `text` is not wholly a quotation, the next sentence does
    not open on a name, or a bullet of the group so far (`points`) names him."""
    after = i + 1
    if scored.lang != "zh" or after >= len(scored.units) or not quote_only_zh(text):
        return None
    unit, next_unit = scored.units[i], scored.units[after]
    cut_here = scored.passages and next_unit.paragraph == unit.paragraph + 1
    if (next_unit.paragraph != unit.paragraph and not cut_here) or next_unit.heading:
        return None
    name = named_speaker(next_unit.text)
    if name is None or any(name in point.text for point in points):
        return None
    return f"{name}：{text.strip()}", next_unit.paragraph
