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
the heads of `data/zh_person_roles.tsv`) or the tagger reads it as a person's name, one word (a
school's head the story never titles: "杨潮说，……" two sentences before "他说，一方面……", zh-news 9, a
bullet that carries the "他说" sentence before the one it was picked for; the search starts above
what it holds): an institution ("瑞银认为", "该机构预计") stops the search,
and so does a nearer 他 or 她 of its own (who that one is, the reader of the article works out) or
a speaker the pattern cannot name. A name of two or three characters right after a role word is
named too ("台湾设计团队代表程湘如则希望，", "……副会长许澎在致辞中表示，":
zh-news 101 left "她还透露，……" and "他希望，……" nobody's), where the tagger reads a person's name
opening there ("专家普遍认为", "专家一致认为" name nobody). So is one whose view a sentence frames ("……在杭州市
园林文物局副局长唐宇力看来，这既是……" then a quotation, then "他表示，未来，……": zh-news 41 left it nobody's);
and a bullet of the group that names him only there does not say who: the frame's sentence is about
its 这, and the next bullet's 他 reads as no one.
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
# whose view a sentence gives ("在……唐宇力看来，这既是……")
_VIEW = "看来[，,]"
_SPEAKER = LazyPattern(rf"(?:^|[，,。；])\s*([\u4e00-\u9fff·]{{2,5}}?)(?:还|也|则|同时)?{_VERB}[，,：:]")


@cache
def _role_viewer() -> LazyPattern:
    """A name of two or three characters right after a role word, then 看来: "……副局长唐宇力看来，"
    (the view's holder; the heads read when first asked)."""
    return LazyPattern(rf"(?:{role_head_alternation()})([\u4e00-\u9fff]{{2,3}}?){_VIEW}")


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
        if scored.units[j].text.strip() in text:
            continue  # the bullet holds it: "他说，……" carried before sentence `i` ("在这里，……")
        found = [m.group(1) for m in _SPEAKER.finditer(scored.units[j].text)]
        if not found and "看来" in scored.units[j].text:
            found = _role_named(scored.units[j].text, _role_viewer())  # "……副局长唐宇力看来，"
        if not found:
            if not _SAYS.search(scored.units[j].text):
                continue
            found = _role_named(scored.units[j].text)  # "……副会长许澎在致辞中表示，"
            if not found:
                return None  # someone speaks whom the patterns cannot name
        name = found[-1]
        if name[0] in "他她该其这此" or not (_has_role(name, article) or _person_name(name)):
            return None
        if _names(name, text[: pronoun.start()]) or any(_names(name, point.text) for point in points):
            return None  # "陈存根表示，……" then "他提出，……": the group says who
        named = zh_named_in_place(name, text[: pronoun.end()], text[pronoun.end() :])
        return Carried(named, scored.units[j].paragraph)
    return None


def _names(name: str, text: str) -> bool:
    """Whether `text` names `name` other than as a view's holder ("……唐宇力看来，这既是……" is about 这)."""
    return name in text.replace(f"{name}看来", "")


def _role_named(sentence: str, pattern: LazyPattern | None = None) -> list[str]:
    """The last name `sentence` shows speaking (or holding a view: `pattern`) right after a role
    word, as a list: none where the tagger reads no person's name opening there ("专家|普遍认为",
    "专家|一致|认为")."""
    matches = list((pattern or _role_speaker()).finditer(sentence))
    if not matches:
        return []
    found, start = matches[-1], 0
    for word, tag in tag_zh(sentence[: found.end()]):
        if start == found.start(1):
            return [found.group(1)] if tag.startswith("nr") else []
        start += len(word)
    return []


def _person_name(name: str) -> bool:
    """Whether the tagger reads `name` as one person's name ("杨潮"; not "瑞银", "专家"), as
    `zh_person_role.person_name` does (its imports reach this module's callers)."""
    words = tag_zh(name)
    return len(words) == 1 and words[0][1] == "nr"


def _has_role(name: str, article: str) -> bool:
    """Whether the article writes `name` (or a longer name it begins) after a role word."""
    start = article.find(name)
    while start >= 0:  # a name first written at offset 0 may have its role later (s48w)
        before = article[max(0, start - 6) : start]
        if before.endswith(role_heads()):
            return True
        start = article.find(name, start + 1)
    return False
