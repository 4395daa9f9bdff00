"""A Chinese bullet in the first person ("当野外工作将结束的时候，我们就已经在着手安排……") from a
transcript's answer: a television report writes "四川省文物考古研究院三星堆考古研究所所长 冉宏林：其实……"
and lets the sentences after it go on in the speaker's voice. Picked without that line, the bullet's
我们 is nobody the reader can name (zh-news 98, named by a blind reader: three such bullets, no
speaker in the group). The group's first such bullet says the label before it; the bullets after
it read on from there. Only where the label opens a sentence of the paragraph (or of the passage
before, where the tool cut one block into passages) no more than `MAX_BACK` sentences up, and no
bullet of the group says it already. A quotation alone ("“希望喜欢音乐，……音乐会带给我们最美好的东西。”")
whose speaker the sentence right before names as speaking ("嘎玛西周对孩子们说，在开心时，我们要唱歌……")
says that sentence first, where the brief does not have it and the two fit one bullet (zh-news 175;
`zh_quote_carry` joins the speaker's sentence after a quotation). Where they do not fit, or that
sentence closes the paragraph before ("……秘书长黄某认为，……。" then "“我们运用……”"), the bullet says
his name as a label, after his role (`zh_quote_named.named_speaker`): a long quotation in the first
person stood with nobody speaking (zh-news 87, named by a blind reader).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.lead_points import WHOLE_SENTENCE_CHARS
from citebrief.engines.scored import BEFORE, Carried, Scored, neighbour_in_reach
from citebrief.engines.zh_party_brackets import named_party
from citebrief.engines.zh_project_brackets import named_project
from citebrief.engines.zh_pronoun_speakers import named_pronoun
from citebrief.engines.zh_quote_named import named_speaker, quote_named
from citebrief.engines.zh_we_said import said_before
from citebrief.model import Point
from citebrief.text import speech_verbs
from citebrief.text.anaphora import quote_only_zh
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import zh_labelled
from citebrief.text.zh_label_role import label_role

MAX_BACK = 4  # sentences up from the bullet to the speaker's label
# "三星堆博物馆馆长 雷雨：": a role, a space, a name and the colon, opening the sentence
_LABEL = LazyPattern(r"^\s*([^，。！？“”：:、；\s（）()]{2,30} [\u4e00-\u9fff·]{2,5})[：:]")
# the first person outside a quotation (我国, 我省 and the like name a place, not the speaker)
_FIRST_PERSON = LazyPattern(r"我们|我(?![国省市区县州乡镇村])")
_QUOTED = LazyPattern(r"“[^”]*”")
# a sentence that names its speaker speaking: "嘎玛西周对孩子们说，……", "李明表示，……"
_SPEAKS = LazyPattern(rf"^[^，。“”]{{2,20}}?(?:{speech_verbs.alternation('before')})[，,：:]")


def with_speaker(
    scored: Scored, i: int, text: str, points: Sequence[Point], everywhere: frozenset[int]
) -> tuple[str, tuple[int, ...]]:
    """`text`, the bullet of sentence `i`, saying whose words it speaks where its group does not
    (`points`: its bullets so far): "他（孟磊）认为，……" (`zh_pronoun_speakers`), "……所长 冉宏林：……我们……";
    and the paragraphs its added words stand in (a label may stand in the passage before);
    `everywhere`: the brief's sentences (a speaker's sentence the brief has is not said again)."""
    if (said := said_before(scored, i, text, points)) is not None:  # "王贵强：以前我们……" (zh_we_said)
        return said.text, (said.paragraph,)
    named = named_pronoun(scored, i, text, points)
    text, cited = (named.text, (named.paragraph,)) if named is not None else (text, ())
    if (party := named_party(scored, i, text, points)) is not None:  # "当事人（某公司）" (zh_party_brackets)
        return party.text, (*cited, party.paragraph)
    if (project := named_project(scored, i, text, points)) is not None:  # "该项目（某建设项目）" (zh_project_brackets)
        return project.text, (*cited, project.paragraph)
    labelled = speaker_label(scored, i, text, points) or _speaker_before(scored, i, text, points, everywhere)
    labelled = labelled or quote_named(scored, i, text, points, everywhere)  # "宗金才：“……”" (zh_quote_named)
    return (text, cited) if labelled is None else (labelled.text, (*cited, labelled.paragraph))


def _speaker_before(
    scored: Scored, i: int, text: str, points: Sequence[Point], everywhere: frozenset[int]
) -> Carried | None:
    """The quotation `text` with the sentence before it where that one names its speaker speaking;
    its speaker's name before it where the two are too long for one bullet, or where that sentence
    closes the paragraph before (a quotation that opens its paragraph bare is still his)."""
    if scored.lang != "zh" or i == 0 or i - 1 in everywhere or not quote_only_zh(text):
        return None
    before, unit = scored.units[i - 1], scored.units[i]
    said = before.text.strip()
    if before.heading or unit.paragraph - before.paragraph > 1 or not _SPEAKS.match(said):
        return None
    if said.endswith("”") or any(said in point.text for point in points):
        return None
    if neighbour_in_reach(scored, before, unit, BEFORE) and len(said) + len(text) <= WHOLE_SENTENCE_CHARS:
        return Carried(f"{said}{text}", before.paragraph)
    return _labelled_before(said, text, before.paragraph, points)


def _labelled_before(said: str, text: str, paragraph: int, points: Sequence[Point]) -> Carried | None:
    """The quotation `text` too long to say with `said`, the sentence before it, labelled with the
    name `said` opens on speaking, after his role ("……秘书长李明认为，" -> "……秘书长李明：“我们……”",
    as `zh_quote_named` labels one whose speaker the sentence after names); None where `said` opens
    on no role and name, or the group (`points`) names him."""
    name = named_speaker(said, "before")
    if name is None or any(name in point.text for point in points):
        return None
    return Carried(zh_labelled(label_role(said, name) + name, text.strip()), paragraph)


def speaker_label(scored: Scored, i: int, text: str, points: Sequence[Point]) -> Carried | None:
    """`text`, the bullet of sentence `i`, with the speaker's label before it, and the paragraph
    the label stands in; None where the bullet speaks in no first person, names its speaker, or
    the group says the label already (`points`: its bullets so far)."""
    if scored.lang != "zh" or not _FIRST_PERSON.search(_QUOTED.sub("", text)):
        return None
    if "：" in text[:40] or _LABEL.match(scored.units[i].text):
        return None  # "张卫平：下一步，我们将……" says whose words
    unit = scored.units[i]
    for j in range(i - 1, max(-1, i - 1 - MAX_BACK), -1):
        before = scored.units[j]
        if not neighbour_in_reach(scored, before, unit, BEFORE):
            return None
        if (label := _LABEL.match(before.text)) is not None:
            said = label.group(1)
            if any(said in point.text for point in points):
                return None
            return Carried(f"{said}：{text}", before.paragraph)
    return None
