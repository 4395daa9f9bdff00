"""What a Chinese news item is about, read off its lead: the subject or object of the lead's
event verb ("……的2023年上海市产业青年创新大赛在长阳创谷启动" → 上海市产业青年创新大赛, "公开通报
3起违法占地典型问题" → 违法占地), the theme it was held under (以“党建和创”为主题), what it asks
an event does to a thing ("洪水对黑土地保护会产生何种影响" → 黑土地保护), and the work a
piece names as its own title ("《爸爸妈妈，我想对你们说》作者：……").

A lead says who did what, where and when; of its noun phrases, the one the main event is
about names the article, not a modifier inside a clause ("绿色低碳转型" of what the contest
shows) nor an aside a later sentence tells ("业余游泳联赛").
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, is_name, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_bodies import ZH_BODIES

# verbs that report an event's happening: "X在Y启动" is about X, "启动X" about X
_INTRANSITIVE = ("开幕", "闭幕", "落幕", "开赛", "开营", "开班", "竣工", "揭晓", "亮相", "启幕", "成立", "结束")
_TRANSITIVE = (
    *("启动", "举行", "召开", "举办", "发布", "印发", "出台", "公布", "开通", "启用", "上线", "签署"),
    *("揭牌", "通报", "公开"),
)
_EVENT = LazyPattern("|".join((*_INTRANSITIVE, *_TRANSITIVE)))
# when, between an event's subject and where it happened ("……推介会27日在西安举行", "8月16日—22日")
_DAY = r"(?:[0-9]{1,2}月)?[0-9]{1,2}日"
_WHEN = rf"{_DAY}(?:[—至-]{_DAY})?(?:上午|下午|晚间|晚|中午)?|当天|当日|日前|近日"
# what stands between an event's subject and its verb: where, when and how it happened
_BEFORE_VERB = LazyPattern(
    rf"(?:{_WHEN})?(?:(?:在|于)[^，。；：、“”《》]{{1,16}}?)?"
    r"(?:正式|全面|隆重|顺利|成功|同步|共同|联合|再次|首次|日前|近日|今天|今日|昨天|昨日|即将|将|已|也|又|还)*$"
)
# what opens an event's object before the thing itself ("启动了第二批征迁安置工作")
_OBJECT_LEAD = LazyPattern(
    r"^了?(?:各自的|其)?(?:第?[0-9一二三四五六七八九十两]+(?:批|届|期|次|场|轮|起|项|件)|首届|一场|一次|为期[^的]{1,8}的)?"
)
# objects any event has: "召开新闻发布会" says how the news came, not what it is about
_PLAIN_EVENTS = frozenset(
    (
        *("新闻发布会", "发布会", "会议", "座谈会", "新闻通气会", "通气会", "活动", "工作", "仪式", "启动仪式"),
        *("大会", "专题会议", "常务会议", "工作会议", "会", "调研", "行动", "报告", "通知", "消息", "应急预案"),
        *("应急响应", "预案", "预警", "首映礼", "发布仪式", "签约仪式", "揭牌仪式", "开幕式", "闭幕式"),
    )
)
_WEAK_TAILS = ("工作", "情况", "活动", "仪式", "典型问题", "问题")
_PHRASE_TAGS = frozenset({"n", "nz", "vn", "v", "t", "ns", "nt", "j", "l", "eng", "an", "b", "nr"})
_HEAD_TAGS = frozenset({"n", "nz", "vn", "j", "l", "eng", "an"})
_THEME = LazyPattern(r"以“([\u4e00-\u9fff]{2,8})”为主题")
# a lead that asks what one thing does to another: the other is what the item reports on
_CONCERN = LazyPattern(
    r"对([\u4e00-\u9fff]{2,8}?)(?:会|将|可能)?(?:产生|造成|带来|有)(?:何种|什么|怎样的?|多大的?)影响"
)
_CLAUSE = LazyPattern(r"[^，。；！？!?;]+")
LEAD_SENTENCES = 3
MIN_SUBJECT = 4
# a piece that gives its own title and author ("《爸爸妈妈，我想对你们说》作者：嵇秉容"): it is that work
_OWN_TITLE = LazyPattern(r"《([^《》]{4,16})》\s*(?:作者|文[/／：:]|——)")


def own_title(lead: list[str]) -> str:
    """The work a piece names as its own at its head, in its marks ('' when none)."""
    for sentence in lead[:LEAD_SENTENCES]:
        found = _OWN_TITLE.search(sentence)
        if found:
            return f"《{found.group(1)}》"
    return ""


def event_subject(lead: list[str], texts: list[str]) -> str:
    """The phrase the lead's first event is about: the object of a verb that takes one
    ("启动第二批征迁安置工作"), else its subject past where and how ("……大赛在长阳创谷启动"); one
    the article says again, not a name or a body (who held it), not an event any article has
    ("新闻发布会"). '' when the lead reports no event or its first one names none of these."""
    joined = "\n".join(texts)
    for sentence in lead[:LEAD_SENTENCES]:
        for clause in _CLAUSE.findall(sentence):
            theme = _THEME.search(clause)  # "以“党建和创”为主题联合开展党日活动": what the event is about
            if theme and joined.count(theme.group(1)) >= 2:
                return theme.group(1)
            asked = _CONCERN.search(clause)  # "洪水对黑土地保护会产生何种影响受到了普遍关注": what is at stake
            if asked and joined.count(asked.group(1)) >= 2 and _fits(asked.group(1), clause, 2):
                return asked.group(1)
            verb = _EVENT.search(clause)
            if not verb or "……" in clause:  # "横排座椅、绿皮车身、开通初期线路图……": a list
                continue
            if not _DATELINE.sub("", clause[: verb.start()]):
                return ""  # "启动备用水源、开动机井……": a list of acts, no one event
            span = verb.span()
            while following := _EVENT.match(clause, span[1]):  # "公开通报3起……": the last verb takes the object
                span = following.span()
            found = _work(sentence, joined) or _around(clause, *span, joined)
            # "会员大会成功举行，……促进会正式成立": a meeting that names nothing; the next clause may
            if found or verb.group() not in _PLAIN_VERBS:
                return found
    return ""


# a work by its kind ("院线电影《厦门三天》"): not a document a lead announces ("印发《……办法》")
_WORK = LazyPattern(r"(?:电影|影片|电视剧|纪录片|动画片|新书|图书|话剧|舞剧|歌剧|专辑)《([^《》]{2,10})》")
MIN_WORK_MENTIONS = 3


def _work(sentence: str, joined: str) -> str:
    """A film, book or show the lead's event launches and the article keeps naming ("……研讨会6日
    在厦门举办，会上对外发布消息称，院线电影《厦门三天》正式起航"): the news is the work, not where
    it was announced."""
    for name in _WORK.findall(sentence):
        if joined.count(f"《{name}》") >= MIN_WORK_MENTIONS:
            return f"《{name}》"
    return ""


# verbs a lead uses of its setting as often as of its news ("会员大会成功举行", "休渔期结束")
_PLAIN_VERBS = frozenset(("举行", "召开", "举办", "结束"))


def _around(clause: str, start: int, end: int, joined: str) -> str:
    """The event's own phrase: the object of a verb that takes one, else the subject."""
    verb = clause[start:end]
    after = clause[end:]
    lead_in = _OBJECT_LEAD.match(after)
    rest = after[lead_in.end() if lead_in else 0 :]
    if verb in _TRANSITIVE and rest.strip("了"):
        # "部门决算": jieba tags 决算 a verb; a run the article says again as it is stands whole
        return _fit(_run(rest, forward=True, whole=True), clause, joined) or _fit(
            _run(rest, forward=True), clause, joined
        )
    before = clause[:start]
    cut = _BEFORE_VERB.search(before)
    before = before[: cut.start()] if cut else before
    short = _SHORT_NAME.search(before)  # "……洽谈会(以下简称“跨采会”)": the event named in full
    before = before[: short.start()] if short else before
    run = _run(before, forward=False, and_nouns=True)
    # a quoted name right before ("北京地铁“时光列车”上线", "“四季村晚”之夏季主会场文艺展演"): the event's own
    quoted = _QUOTED_BEFORE.search(before[: len(before) - len(run)])
    if quoted and joined.count(quoted.group(1)) >= 2 and not _person(quoted, run, clause, len(before)):
        return quoted.group(1)
    return _fit(run, clause, joined) or named_event(run, clause, joined, short=bool(short))


# an event's plain part after its name ("广东非遗生活空间揭幕仪式"): the name is what it is about
_EVENT_TAILS = ("揭幕仪式", "启动仪式", "发放仪式", "开幕式", "启动会", "仪式", "活动")


def _person(quoted: re.Match[str], run: str, clause: str, end: int) -> bool:
    """True where the quoted name before the verb reads as a person's, not the event's: a quote
    right before an event's plain part ("“海燕集结”活动", "“夏日狂欢”仪式") names that event even
    where the tagger reads its front as a given name (海燕), as no one's name is quoted so."""
    if quoted.end(1) + 1 == end - len(run) and run in _EVENT_TAILS:  # the close mark, then the part
        return False
    return is_name(quoted.group(1), [clause], "zh")


def named_event(run: str, clause: str, joined: str, *, short: bool = False) -> str:
    """An event the lead names in full once and the article then calls by its head or a short
    name ("……夏季推介会27日在西安举行" then "推介会", "……跨国采购洽谈会(以下简称“跨采会”)"): its
    full name, the headline's words; '' where the article never comes back to it."""
    phrase = run
    for tail in _EVENT_TAILS:
        if phrase.endswith(tail) and len(phrase) - len(tail) >= MIN_SUBJECT:
            phrase = phrase[: -len(tail)]
            break
    tagged = tag_zh(phrase)
    if not tagged or len(phrase) < MIN_SUBJECT or phrase in _PLAIN_EVENTS or phrase.endswith(ZH_BODIES):
        return ""
    head, tag = tagged[-1]
    called = short or joined.count(head) >= 2 or _abbreviated([w for w, _ in tagged], joined)
    if tag not in _HEAD_TAGS or len(head) < 2 or head in _PLAIN_EVENTS or not called:
        return ""
    if any(t in ("nr", "nt") for _, t in tagged):  # "王昱携……": who, not what
        return ""
    return phrase if on_word_boundaries(phrase, clause, "zh") and cleanly_cut(phrase, clause, "zh") else ""


def _abbreviated(words: list[str], joined: str) -> bool:
    """True where the article calls the event by a short name made of its words' first
    characters and its last ("世界|大学生|夏季|运动会" → 大运会, said twice or more)."""
    name = "".join(words)
    starts = {w[0] for w in words}
    for size in (3, 4):
        for at in range(len(joined) - size + 1):
            short = joined[at : at + size]
            if short[-1] != name[-1] or short[0] not in starts or short in name:
                continue
            if _in_order(short, name) and joined.count(short) >= 2:
                return True
    return False


def _in_order(short: str, name: str) -> bool:
    """True where the characters of `short` appear in `name` in the same order."""
    rest = iter(name)
    return all(char in rest for char in short)


_SHORT_NAME = LazyPattern(r"[（(](?:以下)?简称[^（()）]{1,12}[)）]$")
_QUOTED_BEFORE = LazyPattern(r"“([\u4e00-\u9fff]{2,12})”(?:[之的]?[\u4e00-\u9fff“”]{0,8})?$")
_DATELINE = LazyPattern(r"^.*[)）]|^\s+")


def _run(text: str, *, forward: bool, whole: bool = False, and_nouns: bool = False) -> str:
    """The run of content words at the start (forward) or end of `text`, at most 12 characters;
    `and_nouns`: going back, a "和" between two nouns stays ("广东文化和旅游夏季推介会")."""
    words = tag_zh(text)
    if not forward:
        words = words[::-1]
    taken: list[str] = []
    for k, (word, tag) in enumerate(words):
        if sum(map(len, taken)) + len(word) > MAX_CHARS:
            break
        if word in _JOINERS and and_nouns and taken and k + 1 < len(words) and words[k + 1][1] in _HEAD_TAGS:
            taken.append(word)
            continue
        if tag not in _PHRASE_TAGS or word in _FUNCTION_WORDS:
            break
        taken.append(word)
    if not forward:
        taken.reverse()
        # a subject opens on a noun, not on the verb of the clause it came in ("激发|产业青年")
        while taken and tag_zh(taken[0])[0][1] == "v" and len(taken) > 1:
            taken = taken[1:]
    elif not whole:
        while taken and (taken[-1] in _WEAK_TAILS or tag_zh(taken[-1])[-1][1] not in _HEAD_TAGS) and len(taken) > 1:
            taken = taken[:-1]
    return "".join(taken)


_FUNCTION_WORDS = frozenset("的之和与及等了着过在于为对")
_JOINERS = frozenset("和与")
MAX_CHARS = 12


def _fit(run: str, clause: str, joined: str) -> str:
    """The run, or its end, where it can title the article: a thing the article says again
    (the longer the better), no name nor body, no plain event's word ("……工作")."""
    if not run or not on_word_boundaries(run, clause, "zh") or not cleanly_cut(run, clause, "zh"):
        return ""
    tagged = tag_zh(run)
    words = [w for w, _ in tagged]
    for k in range(len(words)):
        if k and tagged[k - 1][1] not in _WHERE_WHEN:
            break  # "长三角|古树名木保护论坛" may lose where, never what ("保护论坛")
        phrase = whole = "".join(words[k:])
        for tail in _WEAK_TAILS:  # "考察活动": the event is what it is about, where a word ends before the tail
            cut = phrase[: -len(tail)]
            if phrase.endswith(tail) and len(cut) >= MIN_SUBJECT and on_word_boundaries(cut, clause, "zh"):
                phrase = cut
        said = joined.count(phrase)
        if _fits(phrase, clause, said) and cleanly_cut(whole, clause, "zh"):
            return phrase  # the longest the article says again
    return ""


_WHERE_WHEN = frozenset({"ns", "m", "t", "a", "b", "f", "s"})


def _fits(phrase: str, clause: str, said: int) -> bool:
    """Long enough, said twice or more, and neither a plain event, a body nor a name."""
    if len(phrase) < MIN_SUBJECT or phrase in _PLAIN_EVENTS or phrase.endswith(ZH_BODIES):
        return False
    return not is_name(phrase, [clause], "zh") and said >= 2
