"""A Chinese news overview on the meeting, campaign or response its lead says an organ held:
"国家发展改革委……举行上半年发展改革形势通报会", "市交管局……联合开展夏季交通安全整治行动",
"国家防总……启动防汛防台风四级应急响应". Such a lead reports the event, and the event's name says
what happened; the phrase the chunker found is the organ that held it ("国家发展改革委"), the
event's bare kind ("工作会议", "专项行动") or a topic word inside its name ("发展改革", "交通违法"):
a reader of "核心要点：发展改革" does not learn that a briefing on the half year's reform was held.
Where the subject is one of these (it stands in the words before the verb, or shares a word with
the event's name), the event's name is shown, whole as the lead gives it and on word boundaries
of an overview bullet: a title quotes its group, so no organ is spliced onto a name
("政协第十四届全国委员会第六次主席会议", too long whole, leaves "全国政协"). A press conference is
not such an event (what it told is the subject: `zh_briefed_topic`), nor one the reporter heard
the news at ("记者从……召开的……推进会获悉"), nor a name that opens on a theme clause
("以……为主题的……交流会") or runs past MAX_CHARS: cut, it would misname the event.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries
from citebrief.text.tokenize import cut_zh
from citebrief.text.zh_overview_named import named_subject

_KINDS = (
    r"(?:会议|通报会|推进会|座谈会|研讨会|洽谈会|交流会|推介会|论坛|峰会|大会"
    r"|整治行动|专项行动|专项检查|专项整治|专项治理|应急响应)"
)
_NAME = r"[^，。；：！？、（()“”‘’《》\s]"
# who held it, the verb, then the event's name up to the kind of event it is; or a sentence
# that opens on the event's name and says where it was held ("全省防汛工作会议8日在石家庄召开")
_HELD = LazyPattern(
    rf"(?P<host>[^，。；：！？]{{0,40}}?)(?:召开|举行|举办|开展|启动)了?(?P<event>{_NAME}{{1,16}}?{_KINDS})"
    rf"|^(?P<opening>{_NAME}{{3,30}}?{_KINDS})\d{{1,2}}日(?:[上下]午|晚)?(?:在{_NAME}{{1,12}}?)?(?:召开|举行|开幕)"
)
# "记者从……召开的……推进会获悉": the event is where the reporter heard the news, not the news
_SOURCE = ("从", "据")
_THEME = ("以", "的", "关于", "主题")  # a theme clause ("以……为主题的") or an event held "的": a frame
MIN_CHARS = 5  # "工作会议" alone is the kind, not the event
MAX_CHARS = 12


def held_or_named(subject: str, opening: list[str], bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The subject's full name the `opening` gives it (`zh_overview_named`: "国家发展改革委", not
    "发展改革委"), or the meeting or campaign the opening says it held (`held_event`)."""
    named = named_subject(subject, opening, bullets, texts, used)
    return held_event(named, opening, bullets, used) or named


def held_event(subject: str, lead: list[str], bullets: list[str], used: set[str]) -> str:
    """The name of the meeting or campaign the `lead`'s first sentences say was held, where
    `subject` is its host, its kind or a word of its name (module doc) and an overview bullet
    says the name on word boundaries; else ''."""
    for sentence in lead:
        for found in _HELD.finditer(sentence):
            host = found.group("host") or ""
            name = found.group("event") or found.group("opening")
            if any(mark in host for mark in _SOURCE) or not _names_event(name, subject, host):
                continue
            if name.casefold() in used or not any(on_word_boundaries(name, b, "zh") for b in bullets):
                continue
            return name
    return ""


def _names_event(name: str, subject: str, host: str) -> bool:
    """True when `name` is an event's whole name MIN_CHARS to MAX_CHARS long and `subject` is
    what a reader would take for it: its host, or a part of the name shorter than the name."""
    if not MIN_CHARS <= len(name) <= MAX_CHARS or name.startswith(_THEME) or "发布会" in name:
        return False
    if not subject or subject == name:
        return False
    if subject in host or subject in name:
        return True
    return any(len(word) >= 2 and word in name for word in cut_zh(subject))  # "交通违法": "交通安全整治行动"
