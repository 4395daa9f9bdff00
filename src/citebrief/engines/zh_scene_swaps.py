"""A Chinese news bullet that sets a scene gives way to a sentence of its theme that states a fact.

Readers of Chinese news briefs mark down a key point spent on scene-setting prose ("好生态催生新业态，
走进山坡中心村，绿树掩映，……享受着惬意的生活。", "伴随着耳边巨大的轰鸣声，一架架航班平稳降落在跑道上。",
"润色添彩、绿植焕新……走进……景区，……映入眼帘。"), in the overview as much as in a group, while the
article says nearby who did what ("近日，三明学院……服务团开展暑期社会实践，……") or counts something.
`zh_hollow_swaps` swaps such a bullet only for a figure, and colour only outside the overview; a
feature's scene often has no free figure near it, and stays. Here a scene is read from the sentence
alone: colour (`text/colour.py`, its words of the senses and landscape, once an idiom of chatter such
as 有说有笑 is no longer taken for speech) or a cue of walking in, a view or a season's look
(`text/data/zh_scene_cues.tsv`), with no figure, no one quoted, no news peg's time opening it
("日前，……严先生祠再次缓缓开启" is the news) and no outcome in it ("重塑后的……铜像……，增设的……匾额").
A worker's picture at work (`digest_scene.scene`: "……王国柱正手持……进行“听诊”") is a profile's
point and is left alone. A scene gives way to the nearest usable sentence no bullet cites that
states a fact: a figure, a named actor (a person, a body) doing something, or a named outcome; one
with a figure first, a quotation last. Where none stands near, a theme group of three or more drops
it; an overview keeps it. It stays too where the article is a feature whose point is the scene (a
third or more of its sentences are scenes).
Run after `zh_hollow_swaps`, on a Chinese brief that is not a policy's."""

from __future__ import annotations

import re

from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_hollow_swaps import nearest_stand_in
from citebrief.text.colour import is_colour
from citebrief.text.data_files import any_row_pattern
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

MIN_CHARS = 16  # a shorter sentence is a caption or a heading, no point
MIN_GROUP = 2  # a theme group with more bullets than this drops a scene that has no fact near it
FEATURE_SHARE = 1 / 3  # this share of an article's sentences as scenes: the scene is its point

# chatter that is no reported speech ("有说有笑", "谈天说地"): colour reads 说 as someone speaking
_CHATTER = LazyPattern(r"有说有笑|谈天说地|说说笑笑|欢声笑语|谈笑风生")
# a figure that is not a date, and a date
_FIGURE = LazyPattern(r"\d|[０-９]|[上数几近][十百千万]|[十百千万亿][余多]")
_DATE = LazyPattern(r"\d{4}年|\d{1,2}月|\d{1,2}日|\d{1,2}时|\d{1,2}点|第\d+[号届次期]")
# someone quoted or reporting: a scene with a speaker says something
_SPEECH = LazyPattern(r"(?<!有)说(?!笑)|表示|介绍|告诉|指出|透露|获悉|据了解|数据显示")
# a named outcome: what was done, decided, built, won or handed over
_OUTCOME = LazyPattern(
    r"完成|建成|落成|竣工|开通|投入|投用|入选|获得|获评|荣获|签约|签署|成立|启动|开展|举办|发布|通过|决定|破获|侦破"
    r"|抓获|查处|捐赠|实现|达成|推出|开设|设立|提供|打造|引导|带动|增设|新增|重塑|修缮|改造"
)
# a body that acts: an organisation's head noun
_BODY = LazyPattern(
    r"(?:公司|集团|学院|大学|学校|政府|[^，。]局|部门|委员会|协会|团队|服务团|中心|企业|警方|法院|检察院|医院|机场|景区|村委会|合作社)"
)
# a clause that leans on the one before, or a speaker's words without their quotation marks
_LEANS = LazyPattern(r"^(?:因为|所以|但是?|而且|并且|同时|此外|不过|于是)|^[^“”]*我们?")
# a long quotation or a quoted name is said; a short quoted word ("闷热如“蒸笼”") is still the scene
_QUOTE = LazyPattern(r"“[^”]{16,}”")
_QUOTED = LazyPattern(r"“[^”]*”")
# a news peg's time: a sentence opening on it tells what happened ("日前，", "连日来，", "15日，")
_PEG = LazyPattern(r"^(?:日前|近日|近期|连日来|今年以来|当天|当日|\d{1,2}日)")
_NAMED = frozenset({"nr", "nt", "nrt", "nrfg"})  # jieba's tags of a person or an organisation


def _figure(text: str) -> bool:
    """Whether a sentence states a figure that is not a date."""
    return _FIGURE.search(_DATE.sub("", text)) is not None


def scenic(text: str) -> bool:
    """Whether a Chinese sentence sets a scene: colour, a still picture or a cue of a view, with
    no figure and no one quoted or reporting."""
    text = text.strip()
    if _figure(text) or _QUOTE.search(text) or _SPEECH.search(_CHATTER.sub("", text)):
        return False
    if _PEG.search(text) or _OUTCOME.search(text):
        return False  # "日前，……严先生祠再次缓缓开启": the news told with colour; "重塑后的……铜像": what was done
    if "。" in text.rstrip("。") and not scenic(text.rstrip("。").rpartition("。")[2]):
        return False  # a scene, then what it shows: "走进……时，人们……。原来，这些雕塑作品出自……之手。"
    return is_colour(_CHATTER.sub("", text), "zh") or any_row_pattern("zh_scene_cues.tsv").search(text) is not None


def factual(text: str) -> bool:
    """Whether a Chinese sentence states a fact: a figure, a named outcome, or a named person or
    body that acts (jieba's name tags, an organisation's head noun) beside a verb."""
    if scenic(text):
        return False
    if _figure(text) or _OUTCOME.search(text):
        return True
    tags = tag_zh(_QUOTED.sub("", text))  # a name in quotation marks is a nickname or a title
    named = _BODY.search(text) is not None or any(tag in _NAMED for _, tag in tags)
    return named and any(tag.startswith("v") for _, tag in tags)


def _stands(text: str) -> bool:
    """Whether a sentence can be a bullet on its own: long enough, whole, a fact in it."""
    return len(text) >= MIN_CHARS and not dangling(text, "zh") and _LEANS.search(text) is None and factual(text)


def _rank(text: str) -> int:
    """0 for a figure, 1 for another fact, 2 for a quotation (who said it is a fact, less one)."""
    if re.match(r"^[“「]", text):
        return 2
    return 0 if _figure(text) else 1


def swap_scenes(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each scene bullet (`scenic`), the overview's too, gives way to the nearest usable sentence
    within `NEAR` paragraphs that no bullet cites, stands alone and states a fact (a figure first);
    one that repeats another bullet is passed over. A feature whose sentences are a third or more
    scenes keeps its scenes."""
    if scored.lang != "zh" or not drafts:
        return
    trimmed = scored.trimmed
    scenes = [k for d in drafts for k in d.picked if scenic(trimmed[k])]
    if not scenes or sum(scenic(trimmed[i]) for i in scored.usable) >= FEATURE_SHARE * len(scored.usable):
        return
    for number, draft in enumerate(drafts):
        for k in [k for k in draft.picked if k in scenes]:
            best = nearest_stand_in(scored, k, chosen, _stands, first=_rank)
            if best is not None:
                draft.swap(k, best, chosen, in_order=number != 0)
            elif number and len(draft.picked) > MIN_GROUP:
                draft.drop(k, chosen)  # no fact near: a group of three says its two others
