"""A Chinese bullet in the first person with no quotation marks ("以前我们一般采的是全血，……") whose
speaker the sentence right before names speaking ("王贵强指出，血浆的采集是……。"): Chinese news goes
on in a speaker's voice after one such sentence, unmarked. Picked into another group than that
sentence, the bullet's 我们 is nobody the reader can name (zh-clts 10, named by a blind reader).
The bullet says the name as a label ("王贵强：以前我们……"), the way `zh_we_speakers` labels a
transcript's answer, and cites the paragraph that names him (verify reads the label off:
`text.speaker_label.ZH_SPEAKER_LABEL`). Only where the first person stands in the bullet's first
clause, the bullet names no speaker of its own, the sentence before (in reach:
`neighbour_in_reach`) opens on a name of two or three characters the tagger reads as a person's,
or a role and a name (`zh_quote_named.named_speaker`), right before a verb of saying and "，" or
"：", and no bullet of the group so far names him.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import BEFORE, Carried, Scored, neighbour_in_reach
from citebrief.engines.zh_quote_named import named_speaker, not_speaker_name
from citebrief.model import Point
from citebrief.text import speech_verbs
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import zh_labelled
from citebrief.text.tokenize import tag_zh

# the first person (我国, 我省 and the like name a place, not the speaker) in the bullet's first clause
_FIRST_PERSON = LazyPattern(r"^[^，。：“”]{0,12}?(?:我们|咱们|我(?![国省市区县州乡镇村方]))")
# a name of two or three characters opening its sentence, speaking: "王贵强指出，"
_NAME_SPEAKS = LazyPattern(rf"^([\u4e00-\u9fff]{{2,3}}?)(?:{speech_verbs.alternation('spoke')})[，：]")
# a bullet that names a speaker of its own: "他表示，……", "李明说：……", "所长 冉宏林：……"
_OWN_SPEAKER = LazyPattern(rf"^[^。“”]{{0,30}}?(?:{speech_verbs.alternation('before')})[，,：:]|^[^。“”]{{0,40}}：")


def said_before(scored: Scored, i: int, text: str, points: Sequence[Point]) -> Carried | None:
    """`text`, the bullet of sentence `i`, with the name of the speaker the sentence before names
    as a label, and the paragraph that names him; None where the bullet does not open in the
    first person, names a speaker of its own, or the group so far (`points`) names him."""
    if scored.lang != "zh" or i == 0 or not _FIRST_PERSON.match(text.strip()):
        return None
    if _OWN_SPEAKER.match(text.strip()):
        return None
    i = _first_sentence(scored, i, text.strip())
    if i == 0:
        return None
    before, unit = scored.units[i - 1], scored.units[i]
    if not neighbour_in_reach(scored, before, unit, BEFORE):
        return None
    said = before.text.strip()
    name = named_speaker(said) or _bare_name(said)
    if name is None or any(name in point.text for point in points):
        return None
    return Carried(zh_labelled(name, text.strip()), before.paragraph)


def _bare_name(said: str) -> str | None:
    """The name `said` opens on speaking ("王贵强指出，……" -> "王贵强"), where the tagger reads it as
    a person's ("会议指出，", "专家表示，" name nobody), else None."""
    bare = _NAME_SPEAKS.match(said)
    if bare is None or not_speaker_name(name := bare.group(1)):
        return None
    words = tag_zh(said[: bare.end(1)])
    return name if len(words) == 1 and words[0][1].startswith("nr") else None


def _first_sentence(scored: Scored, i: int, text: str) -> int:
    """The sentence `text` opens on: `i`, or the one before where the bullet carries it first."""
    if i == 0 or text.startswith(scored.units[i].text.strip()):
        return i
    return i - 1 if text.startswith(scored.units[i - 1].text.strip()) else i
