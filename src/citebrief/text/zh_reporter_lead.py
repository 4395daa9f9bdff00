"""A Chinese news sentence opened by how the reporter came by it: "记者现场获悉，", "记者13日从陕西省消防救援
总队获悉，", "7日记者从杭州市卫生健康委员会获悉，", "记者了解到，". It says how the story was reported, not
what happened; the bullet cites its paragraph, and drops it as `bullets._strip_hearsay` drops "据悉，"
(zh-news 55, 78, 80, 89, 131, 177, 188: "记者从会上获悉，2020年至2022年，天津全市法院……"), last, from
the finished bullets (`engines/zh_reporter_drops`), so that the picks are made on the sentence whole.
It stays where it says what the brief needs (`_needed`: a short name, a named occasion, who is
behind a vague subject or a document; blind read, session 46).

It stays where what follows leans on it: on a pronoun ("该省严禁……", zh-news 122; "受降雨天气影响，该省……",
3), on the place or
the event only the preamble named ("当地不断壮大新乡贤人才库", 194; "大赛自报名启动以来", 195), or where
what follows is too short to be a claim. A preamble with nothing after it but a short, figureless
remark ("记者现场获悉，此次体育节活动丰富，品类众多。", zh-news 125) is no bullet at all: the reporter
heard that the event was rich, and the brief has better to say (`hollow_report`).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.anaphora import needs_antecedent
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import is_dangling

# the preamble: an optional day ("8月17日，", "7日", "近日，"), the reporter (an outlet's: "中新网记者"),
# when and from whom ("13日从陕西省消防救援总队", "今天从……举办的……大会上"), and "获悉，" or "了解到，"
_DAY = r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚间|晚上|早间|凌晨|傍晚|晚)?"
_REPORTER = LazyPattern(
    rf"^(?:{_DAY}，?|(?:近日|日前|今天|昨天|当天)，)?"
    r"[^，。；：“”]{0,6}?记者"
    rf"(?:{_DAY}|今天|今日|昨天|昨日|近日|日前)?"
    r"(?:(?:从|在)(?P<source>[^，。；]{2,48}?))?(?:现场)?(?:获悉|了解到)[，,]"
)
# a short name the preamble gives, which the brief then uses: "(简称“海油工程”)", "（下称“省防办”）"
_DEFINES = LazyPattern(r"[（(][^）)]*(?:简称|下称|以下称)")
# a named occasion: "从……中国敦煌吐鲁番学会成立四十周年国际学术研讨会上" (not a bare "从会上")
_OCCASION = LazyPattern(r"(?P<name>.*?)(?:研讨|座谈|发布|推进|论坛|年|大)?会(?:议)?上$")
_SET_UP = LazyPattern(r"^(?:\d{1,2}月)?(?:\d{1,2}日)?(?:召开|举行|举办)?的?")
MIN_OCCASION_NAME = 4  # characters naming the occasion, less its date and "召开的"
# who did it, unnamed: "我国科研团队成功研制出……" (zh-news 197): the preamble named the lab
_VAGUE = LazyPattern(r"^(?:我国|中国|国内)?(?:的)?(?:科研|研究|科技)?(?:团队|人员|工作者|科学家)")
# what follows leans on the place or the event the preamble named ("记者从吉安县委统战部了解到，当地……")
_LEANS = LazyPattern(r"(?:当地|本地|全[省市县区镇村]|大赛|赛事|会议|会上|活动|双方|本次|本届|上述)")
# "该省", "该局": what it points back to is the last thing named ending so
_THIS = LazyPattern(r"该([\u4e00-\u9fff])")
MIN_REST_CHARS = 15  # as bullets.MIN_REST_CHARS_ZH: less than this after the preamble is no claim
HOLLOW_REST_CHARS = 20  # a remark this short with no figure, after the preamble, says nothing
_FIGURE = LazyPattern(r"\d|[一二三四五六七八九十百千万亿两]+(?:个|项|条|类|家|所|名|人|元|万|亿|倍|场|次)")


def strip_reporter(text: str, others: Sequence[str] = ()) -> str:
    """`text` without a reporter's preamble, where what follows stands alone and the preamble says
    nothing the brief needs; else `text`. `others`: the brief's other bullets."""
    if "记者" not in text[:40]:
        return text  # most sentences name no reporter near their start: let go after one look
    match = _REPORTER.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    if (
        len(rest) < MIN_REST_CHARS
        or needs_antecedent(rest, "zh")
        or is_dangling(rest)
        or _LEANS.match(rest)
        or rest.count("“") != rest.count("”")
        or _unnamed_this(rest)
        or _needed(match.group(0), match["source"] or "", rest, others)
    ):
        return text
    return rest


def _needed(preamble: str, source: str, rest: str, others: Sequence[str]) -> bool:
    """Whether the preamble says what the brief needs: a short name it gives (zh-news 169), the
    occasion it names (a society's 40th-anniversary symposium, whose "40年来" follows: 62), or who
    is behind news whose own subject is vague ("我国科研团队", 197) or a document's title whose
    issuer no other bullet names ("《杭州市育儿补助实施办法(试行)》……于近日发布", 139)."""
    if _DEFINES.search(preamble) or _VAGUE.match(rest):
        return True
    occasion = _OCCASION.match(source)
    if occasion is not None:
        name = occasion["name"]
        return len(name) - _SET_UP.match(name).end() >= MIN_OCCASION_NAME  # type: ignore[union-attr]
    return rest.startswith("《") and bool(source) and not any(source in other for other in others)


def _unnamed_this(rest: str) -> bool:
    """Whether `rest` says "该省", "该局" of what only the preamble named: no "省", "局" before it
    ("受降雨天气影响，该省10个市……", zh-news 3); "白银市景泰县……在该县" names its county itself."""
    return any(rest.find(found.group(1), 0, found.start()) < 0 for found in _THIS.finditer(rest))


def hollow_report(text: str) -> bool:
    """Whether `text` is a reporter's preamble and a short remark with no figure ("记者现场获悉，此次
    体育节活动丰富，品类众多。"): no bullet."""
    if "记者" not in text[:40]:
        return False
    match = _REPORTER.match(text)
    if match is None:
        return False
    rest = text[match.end() :]
    return len(rest) < HOLLOW_REST_CHARS and not _FIGURE.search(rest)
