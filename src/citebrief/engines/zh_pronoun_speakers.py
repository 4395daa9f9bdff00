"""A Chinese bullet that opens on "他认为，……" / "她指出，……" in a group none of whose bullets before it
names the speaker: the writer named him a few sentences up ("孟磊说，随着……" before "……A股走强……。他认为，
未来充裕的宏观流动性……"), but the brief's group opens elsewhere, and its 他 reads as nobody, or as
whoever the bullet before names ("中国汽车工业协会日前表示，……" then "他指出，中国在绿色转型……":
zh-news 88; zh-news 4). The bullet names him in brackets after the pronoun, as an editor marks a
word the quoted text leaves out ("他（孟磊）认为，……"), the sentence itself kept as written. So does a
bullet whose later sentence opens on the pronoun, the bullet's first sentence naming no speaker ("以前我们
一般采的是全血，……大家不要有太多的顾虑。他（王贵强）表示，……": zh-clts 10, a quotation the group
cut from "王贵强指出，……"); verify reads the quotation without the bracket (`text.speaker_label`).

The name is the subject of the nearest sentence before that says someone spoke ("孟磊说", "长谷川表示"),
and only where the article gives that name a role somewhere ("策略分析师孟磊", "特任教授长谷川克之":
the heads of `data/zh_person_roles.tsv`): an institution ("瑞银认为", "该机构预计") stops the search,
and so does a nearer 他 or 她 of its own (who that one is, the reader of the article works out) or
a speaker the pattern cannot name. A name of two or three characters right after a role word is
named too ("台湾设计团队代表程湘如则希望，", "……副会长许澎在致辞中表示，":
zh-news 101 left "她还透露，……" and "他希望，……" nobody's), where the tagger reads a person's name
opening there ("专家普遍认为", "专家一致认为" name nobody).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from citebrief.engines.scored import Carried, Scored
from citebrief.model import Point
from citebrief.text import speech_verbs
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import zh_named_in_place
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_role_heads import role_head_alternation, role_heads

MAX_BACK = 12  # sentences up from the bullet to the one naming its speaker
_VERB = f"(?:{speech_verbs.alternation('pronoun')})"
# the bullet: a pronoun, perhaps 还/也/则, then a verb of saying
_PRONOUN_LED = LazyPattern(rf"^(他|她)(?=(?:还|也|则|同时)?{_VERB})")
# ... or opening a later sentence of the bullet ("……大家不要有太多的顾虑。他表示，……"), the first such
_PRONOUN_AFTER = LazyPattern(rf"(?<=[。！？])(他|她)(?=(?:还|也|则|同时)?{_VERB})")
# a speaker before: after a sentence's start or a comma, two to five characters, a verb of saying
_SAYS = LazyPattern(rf"{_VERB}[，,：:]")
_SPEAKER = LazyPattern(rf"(?:^|[，,。；])\s*([\u4e00-\u9fff·]{{2,5}}?)(?:还|也|则|同时)?{_VERB}[，,：:]")


@cache
def _role_speaker() -> LazyPattern:
    """A name of two or three characters right after a role word, perhaps "在……中" where, then a verb
    of saying: "代表程湘如则希望，", "副会长许澎在致辞中表示，" (the heads read when first asked)."""
    return LazyPattern(
        rf"(?:{role_head_alternation()})([\u4e00-\u9fff]{{2,3}}?)(?:在[\u4e00-\u9fff]{{1,8}}?(?:中|时|上))?"
        rf"(?:还|也|则|同时)?{_VERB}[，,：:]"
    )


def named_pronoun(scored: Scored, i: int, text: str, points: Sequence[Point]) -> Carried | None:
    """`text`, the bullet of sentence `i`, with its speaker's name after the pronoun it opens on
    (or a later sentence of it opens on), and the paragraph that names the speaker (cited, as
    `en_pronoun_speakers` cites it, so that verify finds the name there); None where there is no
    such pronoun, the bullet's words before it or a bullet of the group before it name the
    speaker, or the article names nobody it can be."""
    if scored.lang != "zh" or ("他" not in text and "她" not in text):
        return None  # no pronoun (most bullets): two finds, not a search trying the lookbehind at every character
    pronoun = _PRONOUN_LED.match(text) or _PRONOUN_AFTER.search(text)
    if pronoun is None or _SAYS.search(text[: pronoun.start()]):
        return None  # "程湘如则希望，……。她还透露，……": the bullet says who before its pronoun
    article = "".join(unit.text for unit in scored.units)
    for j in range(i - 1, max(-1, i - 1 - MAX_BACK), -1):
        found = [m.group(1) for m in _SPEAKER.finditer(scored.units[j].text)]
        if not found:
            if not _SAYS.search(scored.units[j].text):
                continue
            found = _role_named(scored.units[j].text)  # "……副会长许澎在致辞中表示，"
            if not found:
                return None  # someone speaks whom the patterns cannot name
        name = found[-1]
        if name[0] in "他她该其这此" or not _has_role(name, article):
            return None
        if name in text[: pronoun.start()] or any(name in point.text for point in points):
            return None  # "陈存根表示，……" then "他提出，……": the group says who
        named = zh_named_in_place(name, text[: pronoun.end()], text[pronoun.end() :])
        return Carried(named, scored.units[j].paragraph)
    return None


def _role_named(sentence: str) -> list[str]:
    """The last name `sentence` shows speaking right after a role word, as a list: none where the
    tagger reads no person's name opening there ("专家|普遍认为", "专家|一致|认为")."""
    matches = list(_role_speaker().finditer(sentence))
    if not matches:
        return []
    found, start = matches[-1], 0
    for word, tag in tag_zh(sentence[: found.end()]):
        if start == found.start(1):
            return [found.group(1)] if tag.startswith("nr") else []
        start += len(word)
    return []


def _has_role(name: str, article: str) -> bool:
    """Whether the article writes `name` (or a longer name it begins) after a role word."""
    start = article.find(name)
    while start >= 0:  # a name first written at offset 0 may have its role later (s48w)
        before = article[max(0, start - 6) : start]
        if before.endswith(role_heads()):
            return True
        start = article.find(name, start + 1)
    return False
