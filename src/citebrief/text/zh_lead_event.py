"""What a Chinese news item is about where its lead names its event once, in full, and the
article then only calls it by its head ("政协第十四届全国委员会第六次主席会议18日在北京召开" then
"会议"; "第三届长三角古树名木保护论坛在浙江杭州举办" then "论坛"): the event's own name, without
its year and its ordinals, is the headline's subject, not an agency or a side word the article
repeats ("政协", "保护论坛"). A press conference is how the news came, not the news: the thing it
was held about is the subject ("2023年拉萨雪顿节新闻发布会在拉萨召开" → 拉萨雪顿节).

`zh_lead.event_subject` reads a lead's event where the article says its phrase again; this reads
the one it says once, so it runs only where that one found none.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut

# verbs that report an event's happening: "X在Y举行" is about X, "召开X" about X
_HAPPENED = ("召开", "举行", "举办", "开幕", "启幕", "开营", "开班", "揭幕", "闭幕", "落幕", "启动")
VERB = LazyPattern("|".join(_HAPPENED))
_SITTING = "会议"
_HELD = frozenset(("召开", "举行", "举办"))  # the ones that also take the event as their object
# heads that make a phrase an event's name
EVENT_HEADS = (
    *("会议", "大会", "论坛", "峰会", "年会", "研讨会", "交流会", "推介会", "洽谈会", "博览会", "展览会"),
    *("招待会", "座谈会", "夏令营", "嘉年华", "音乐节", "文化节", "艺术节", "旅游节", "体育节"),
    *("运动会", "大赛", "锦标赛", "联赛", "典礼"),
)
# one place's part of an event ("……夏令营贵州分营"): the event is the whole
_BRANCH = LazyPattern(r"(?:分营|分会场|分赛区|分站)$")
# a press conference, a briefing: the words before it say what it was about
NEWS_HEADS = ("新闻发布会", "发布会", "新闻通气会", "通气会", "媒体见面会")
# what a lead says before the event's name: when, and where and how it happened after it
WHEN_WHERE = LazyPattern(
    r"(?:(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:上午|下午|晚间|晚|中午)?|当天|当日|日前|近日|今天|今日|昨天|昨日)?"
    r"(?:(?:在|于)[^，。；：“”《》]{1,16}?)?"
    r"(?:正式|隆重|顺利|成功|同步|共同|联合|再次|首次|即将|将|已|也|又|还)*$"
)
# what the name carries that no headline repeats: its year, its edition, a slogan it was held under
_EDITION = LazyPattern(r"(?:20[0-9]{2}|19[0-9]{2})(?:年度?)?|第[0-9一二三四五六七八九十百零〇两]+(?:届|次|期)|首届")
# a name that says only when and that it is work ("下半年工作会议"): it names no one's event
_WHEN_ONLY = LazyPattern(r"^(?:上半年|下半年|年中|年终|全年|年度|[一二三四]?季度)?(?:工作)?(?:会议|大会|座谈会|年会)$")
_HAN_ONLY = LazyPattern(r"^[\u4e00-\u9fff0-9]+$")
MIN_MODIFIER = 3  # "颁奖典礼", "专题会议": a kind of event, no event's name
MIN_AFTER_EDITION = 5  # "体育节嘉年华", not "主席会议" of "政协第十四届全国委员会第六次主席会议"
MAX_NAME = 16
MIN_TOPIC_SAID = 2  # the article is about it beyond the lead
MIN_TOPIC = 3  # "拉萨雪顿节": what a press conference was about, a name of its own
MIN_SITTING_SAID = 2  # a sitting the article never comes back to ("会议听取……") is only where it was said
LEAD_SENTENCES = 2


def lead_event(lead: list[str], texts: list[str]) -> str:
    """The name of the event the lead's first clause with an event verb reports, where that
    name ends on an event's head and the article comes back to it; '' where the first such
    clause names none (or its phrase is no name: too long, a list, a slogan only)."""
    joined = "\n".join(texts)
    for sentence in lead[:LEAD_SENTENCES]:
        # a slogan's commas are not the clause's ("以“凝聚侨界智慧力量，助推……”为主题的……交流会")
        for clause in CLAUSE.findall(SLOGANS.sub("", sentence)):
            verb = VERB.search(clause)
            if not verb:
                continue
            return _named(clause, verb.start(), verb.end(), joined)
    return ""


CLAUSE = LazyPattern(r"[^，。；！？!?;：:]+")
SLOGANS = LazyPattern(r"以?“[^“”]{2,30}”为主题的?|“[^“”]{0,30}[，、 ][^“”]{0,30}”(?:主题)?|以[^，。“”]{2,30}为主题的")
_ASIDE = LazyPattern(r"[（(][^（()）]*[)）]$")  # "……工作会议（以下简称“会议”）"
_PLAIN_TAILS = ("活动", "仪式")  # "……嘉年华活动": the event is the 嘉年华


def _named(clause: str, start: int, end: int, joined: str) -> str:
    """The event's name in `clause` around its verb: before it ("……论坛在杭州举办"), else after
    one that takes it ("……在北京召开……成立大会")."""
    before = clause[:start]
    cut = WHEN_WHERE.search(before)
    subject = _tidy(before[: cut.start()] if cut else before)
    found = _event_name(subject, clause, joined)
    if found or clause[start:end] not in _HELD:
        return found
    return _event_name(_tidy(clause[end:].lstrip("了")), clause, joined)


def _tidy(phrase: str) -> str:
    """The phrase past a dateline's close, without an aside after it, the year and edition it
    opens on (past one inside it: the words after it), what it celebrates' verb, and a plain
    tail ("活动"); a title quotes the text, so nothing is cut out of its middle."""
    phrase = _ASIDE.sub("", phrase.strip())
    phrase = phrase[max(phrase.rfind(")"), phrase.rfind("）")) + 1 :].strip()
    while opening := _EDITION.match(phrase):  # "2023年第三届……论坛": the name starts after them
        phrase = phrase[opening.end() :]
    inner = list(_EDITION.finditer(phrase))  # "……暨广州市第十九届体育节嘉年华": the name is after the last
    if inner:
        after = phrase[inner[-1].end() :]
        phrase = after if len(after) >= MIN_AFTER_EDITION else ""
    phrase = phrase.removeprefix("庆祝").removeprefix("纪念")  # "庆祝……建军96周年招待会"
    for tail in _PLAIN_TAILS:
        if phrase.endswith(tail):
            return phrase[: -len(tail)]
    return phrase


def _event_name(phrase: str, clause: str, joined: str) -> str:
    """`phrase` where it names an event the article returns to, its head's name; or what a
    press conference was about."""
    if not phrase or not _HAN_ONLY.match(phrase):
        return ""
    for head in NEWS_HEADS:
        if phrase.endswith(head):
            topic = phrase[: -len(head)]
            fits = len(topic) >= MIN_TOPIC and joined.count(topic) >= MIN_TOPIC_SAID
            return topic if fits and cleanly_cut(topic, clause, "zh") else ""
    if _BRANCH.search(phrase):
        phrase = phrase[: max(phrase.rfind(h) + len(h) if h in phrase else 0 for h in EVENT_HEADS)]
    head = next((h for h in EVENT_HEADS if phrase.endswith(h)), "")
    if not head or not MIN_MODIFIER + len(head) <= len(phrase) <= MAX_NAME or _WHEN_ONLY.match(phrase):
        return ""
    return phrase if head != _SITTING or joined.count(head) >= MIN_SITTING_SAID else ""
