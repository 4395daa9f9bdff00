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

Two more shapes name the speaker within reach (s49, zh-news 66 and 83, quotations a blind reader
found with nobody speaking). A next sentence that opens, after a short clause, on a name the
article shows speaking elsewhere ("……”毛立说。"): "“作为一个普通人，……”" then "造血干细胞分离采集
完成后，毛立(化名，下同)在轻松之余难掩内心激动。" (`data/zh_not_speaker_names.tsv`: the pronouns and
stock words that name nobody). And a quotation over several sentences, its first ("“我们长安作为……
变迁。") or its last ("……注入了新动力。”") picked: the speaker is the one the sentence after its close
names ("长安镇党委委员范良波表示，"), where the quotation opens its sentence (a "李明说：“……" says its
speaker before it).

An interview clause between name and verb ("接受新华社记者专访时表示，") still names
him, and there a foreign name of four or five characters ("教授长谷川克之日前在接受……专访时表示"): the
interview clause marks where the name ends. A "name" the tagger reads as a verb or a time word is
the clause itself ("记者|专访时|表示", "负责人|解释|说"), never a person: nothing is carried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from citebrief.engines.scored import AFTER, Carried, Scored, neighbour_in_reach
from citebrief.model import Point
from citebrief.text import speech_verbs
from citebrief.text.anaphora import quote_only_zh
from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import zh_labelled
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_label_role import label_role
from citebrief.text.zh_role_heads import role_head_alternation

HEAD_CHARS = 70  # the role before the name: "中共玉树州委……州民族语文工作中心主任"
MAX_QUOTE_SENTENCES = 4  # sentences after a quotation's first, to the one that closes it
LEAD_CHARS = 20  # "造血干细胞分离采集完成后，": a clause before the name the next sentence opens on
# a name of two or three characters speaking: after a quotation's close ("……”毛立说。") or opening
# a sentence ("张海娜介绍，"); the verbs: speech_verbs.tsv's "spoke"
_SPOKE = LazyPattern(rf"(?:^|”)([\u4e00-\u9fff]{{2,3}}?)(?:{speech_verbs.alternation('spoke')})[，。：]")
SHORT_NAME = 3  # a longer name only before an interview clause, which marks where it ends
# jieba tags of a word of two or more characters that no person's name holds: verbs (专访, 解释),
# time and place words, adverbs, pronouns, conjunctions, particles (not prepositions: "徐向|红")
_NOT_NAME_TAGS = ("v", "t", "f", "d", "r", "c", "u")
# the tags a word of a long (foreign) name may have: a person, a place, a proper noun, unknown
_LONG_NAME_TAGS = frozenset(("nr", "nrfg", "nrt", "ns", "nz", "x"))


@cache
def _speaker_head(use: speech_verbs.Use = "named") -> LazyPattern:
    heads = role_head_alternation()
    return LazyPattern(
        rf"^(?![“”据])[^“”。；：！？，]{{0,{HEAD_CHARS}}}?(?:{heads})"
        r"([\u4e00-\u9fff]{2,5}?)(?:\d{1,2}日|日前|当日)?在?(接受[\u4e00-\u9fff]{0,8}?记者(?:专访|采访)时?)?"
        rf"(?:{speech_verbs.alternation(use)})[，：]"
    )


def named_speaker(text: str, use: speech_verbs.Use = "named") -> str | None:
    """The name of the speaker `text` opens on ("……主任宗金才介绍，……" -> "宗金才"), or None; `use`:
    the column of `speech_verbs.tsv` whose verbs say he speaks (the sentence before a quotation:
    "before")."""
    found = _speaker_head(use).match(text.strip())
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


def quote_named(
    scored: Scored, i: int, text: str, points: Sequence[Point], everywhere: Iterable[int] = ()
) -> Carried | None:
    """The quotation `text`, the bullet of sentence `i`, with its speaker's name before it, and the
    paragraph that names him; None where `text` is not wholly a quotation (or its first or last
    sentence), the sentence after the quotation's close does not open on a name, or a bullet of
    the group so far (`points`) names him. The name after its role ("长安镇党委委员范良波：“……”",
    `zh_label_role`) where no earlier sentence of the brief (`everywhere`) names him."""
    if scored.lang != "zh" or not _bare_quotation(text) or not _opens_bare(scored, i, text):
        return None
    close = _closing_sentence(scored, i, text)
    if close is None or (after := close + 1) >= len(scored.units):
        return None
    if not neighbour_in_reach(scored, scored.units[after], scored.units[close], AFTER):
        return None
    next_text = scored.units[after].text
    role_name = named_speaker(next_text)
    name = role_name or _known_speaker_opens(next_text, _article_speakers(scored))
    if name is None or any(name in point.text for point in points):
        return None
    named_before = any(name in scored.units[j].text for j in everywhere if j < i)
    role = label_role(next_text, name) if role_name and not named_before else ""
    return Carried(zh_labelled(role + name, text.strip()), scored.units[after].paragraph)


def _bare_quotation(text: str) -> bool:
    """Whether `text` is wholly a quotation, or the first ("“我们长安作为……变迁。") or last sentence
    ("在长安像……注入了新动力。”") of one that runs over several: quoted words, no speaker in them."""
    text = text.strip()
    if quote_only_zh(text):
        return True
    opens = text.startswith("“") and "”" not in text
    return opens or (text.endswith("”") and "“" not in text)


def _opens_bare(scored: Scored, i: int, text: str) -> bool:
    """Whether the quotation that `text` (sentence `i`) is part of opens its sentence: not the last
    sentence of a quotation whose first says its speaker ("李明说：“……"), which has its speaker before it."""
    if text.strip().startswith("“"):
        return True
    for j in range(i - 1, max(-1, i - 1 - MAX_QUOTE_SENTENCES), -1):
        if not neighbour_in_reach(scored, scored.units[j + 1], scored.units[j], AFTER):
            return False
        earlier = scored.units[j].text.strip()
        if "”" in earlier:
            return False
        if "“" in earlier:
            return earlier.startswith("“") and earlier.count("“") == 1
    return False


def _closing_sentence(scored: Scored, i: int, text: str) -> int | None:
    """The sentence that closes the quotation sentence `i` opens: `i` itself where `text` closes it,
    else the first of the next `MAX_QUOTE_SENTENCES` in reach that ends on "”" and opens no quotation."""
    if "”" in text:
        return i
    for j in range(i + 1, min(len(scored.units), i + 1 + MAX_QUOTE_SENTENCES)):
        if not neighbour_in_reach(scored, scored.units[j], scored.units[j - 1], AFTER):
            return None
        later = scored.units[j].text.strip()
        if "“" in later:
            return None
        if "”" in later:
            return j if later.endswith("”") else None
    return None


def _article_speakers(scored: Scored) -> frozenset[str]:
    """The names the article shows speaking, with no role before them ("……”毛立说。", "张海娜介绍，")."""
    found: set[str] = set()
    for unit in scored.units:
        found.update(m.group(1) for m in _SPOKE.finditer(unit.text))
    return frozenset(name for name in found if not name.startswith(_not_names()))


def not_speaker_name(word: str) -> bool:
    """Whether `word`, before a verb of saying, names nobody ("他们", "记者")."""
    return word.startswith(_not_names())


@cache
def _not_names() -> tuple[str, ...]:
    """Openings of words before a verb of saying that name nobody ("他们说", "记者了解")."""
    return tuple(data_lines("zh_not_speaker_names.tsv"))


def _known_speaker_opens(text: str, speakers: frozenset[str]) -> str | None:
    """The speaker of `speakers` the sentence `text` opens on, after a clause up to `LEAD_CHARS`
    ("造血干细胞分离采集完成后，毛立(化名，下同)在轻松之余难掩内心激动。"), or None."""
    if not any(name in text for name in speakers):
        return None  # it names none of them: no pattern to build
    found = _speakers_opening(speakers).match(text.strip())
    return None if found is None else found.group(1)


_SPEAKER_SETS_KEPT = 64  # an article's speakers are asked of each of its sentences


@lru_cache(maxsize=_SPEAKER_SETS_KEPT)
def _speakers_opening(speakers: frozenset[str]) -> re.Pattern[str]:
    """`_known_speaker_opens`'s pattern of an article's speakers, compiled once for its sentences,
    not once a sentence."""
    names = "|".join(sorted((re.escape(name) for name in speakers), key=len, reverse=True))
    return re.compile(rf"(?:[^，。“”：；]{{1,{LEAD_CHARS}}}，)?({names})")
