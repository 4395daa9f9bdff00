"""A Chinese feature's scene, told apart from its news, for the digest's lead point.

A feature on a worker or a place opens on a picture of the moment: where we are, and someone or
something caught in the act ("在车间中，…检查员王国柱正手持检查器，对…进行“听诊”。", "断电的动车组
内漆黑一片，…蜷缩着身子在卫生间里摸索着。"). Away from the article, in a digest that gives each
story one or two lines, such a picture reads as the story's point and tells a reader nothing of
what happened; blind reads of digests marked these leads down, where the article states a figure
or an outcome further on ("班组平均每天都会处置4至6起卫生间故障"). A report that is under way
("杭州正在加快推进…建设") is no scene: it has no setting before its verb; neither is a sentence
that says who said or counted what. A worker's routine ("机械师张庆华与往常一样，认真查看…") is
left a lead: his count alone ("当天张庆华的任务是1辆…") says less of who he is. `reports` is the
other side: a bullet that counts something and can stand for such a feature.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

# words of a report: who said, counted or decided what (a sentence holding one is news, not a picture)
_REPORTED = LazyPattern(
    r"介绍|表示|获悉|显示|宣布|发布|通报|数据|统计|同比|累计|截至|据悉|据了解|记者|(?<!被)称(?![作为])|说|指出|要求|决定"
    r"|通过|印发|启动|举行|召开|万|亿|%"
)
# a setting that opens the picture: a place ("在车间中，", "…的海面上，", "…堤坝上，") or a time
# of day's look ("夜幕降临，"), as a clause of its own
_SETTING = LazyPattern(
    r"(?:^|，)(?!除)(?:[^，。]{2,30}(?<!进行|工作)[上中里内外旁前下边畔]|夜幕降临|清晨|傍晚|黄昏|深夜|凌晨|午后|空中俯瞰[^，。]{0,30})，"
)
# an action caught under way: "正在不停地旋转", "正手持…", "正忙着…" (jieba's tags split "王国柱正手持" wrongly)
_UNDER_WAY = LazyPattern(r"正在|正(?:手持|手拿|忙着|埋头|弯腰|俯身|蹲|趴|认真|仔细|聚精会神|专注)")
DURATIVES = 2  # 着 after a verb this often in one sentence: a picture held still ("蜷缩着身子…摸索着")
_CJK_START = LazyPattern(r"[\u4e00-\u9fff“]")
_DATE = LazyPattern(r"\d{4}年|\d{1,2}月|\d{1,2}日|\d{1,2}时")
# a count: a number of things, people, times or money, or a share ("400余起", "30多位", "37%")
_COUNT = LazyPattern(
    r"\d+(?:\.\d+)?\s*(?:多|余)?\s*(?:万|亿|千|百)?\s*(?:至\d+)?\s*"
    r"(?:起|条|位|个|人|名|家|次|件|户|元|吨|辆|项|所|座|台|架|批|篇|场|只|头|亩|公顷|千瓦|兆瓦|倍|例|宗|种|套)|\d\s*[%％]"
)
# who speaks, named before the pronoun though jieba may not tag the name ("欧阳炎华告诉记者，…他共有11家门店")
_SPEAKS = LazyPattern(r"[^，。]{2,12}(?:告诉记者|对记者说|介绍|表示|说)[，：:]")
_PRONOUN = LazyPattern(r"(?<![和与及同跟])[他她](?![们的])")  # not "欧阳炎华和他的团队"


def scene(text: str) -> bool:
    """Whether a Chinese bullet is a feature's picture of the moment, not its news: it reports
    nothing (no one says, counts or decides), and either catches an action under way after a
    setting of its own ("在车间中，…正手持…"), or holds a picture still ("…蜷缩着身子…摸索着。")."""
    text = text.strip()
    if not _CJK_START.match(text) or _REPORTED.search(text):
        return False
    held = sum(1 for word, tag in tag_zh(text) if word == "着" and tag.startswith("u")) >= DURATIVES
    return held or (bool(_SETTING.search(_DATE.sub("", text).lstrip("，"))) and bool(_UNDER_WAY.search(text)))


def reports(text: str) -> bool:
    """Whether a Chinese bullet counts something ("平均每天都会处置4至6起故障", "累计处理超过400余起",
    "增长37%"): one that can stand for a feature whose opening bullets are its scene. A size or a
    height is the picture's ("身高1米85", "不到0.8米的车辆底下"), no count."""
    return bool(_CJK_START.match(text.strip())) and bool(_COUNT.search(text))


def nameless_pronoun(text: str) -> bool:
    """Whether a Chinese bullet speaks of 他/她 before it names anyone ("40个台位，百米长的大库，角角落落
    他早已了然于心。"): as a story's lead it points at a person the digest has not named."""
    at = _PRONOUN.search(text)
    if at is None or _SPEAKS.search(text[: at.start()]):
        return False
    return not any(tag == "nr" for _, tag in tag_zh(text[: at.start()]))
