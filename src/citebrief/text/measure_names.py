"""A group of a list's measures titled by the field each one rewards, where the list has no kinds.

A notice of incentives lists thirty measures, each "对[field]成效明显的[places]，[support]" ("对棚户区
改造、农村危房改造工作积极主动、成效明显的市……"). Where its lead names no kinds, its groups keep list
order, and a phrase of one item ("交通债务风险") names none of the others: the title names the
field of each ("社会投资、固定资产投资、公路水路交通建设"), as merged sections are each named.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a measure for whom: "对……" up to the first pause ("对在推动“双创”政策落地、……")
_FOR_WHOM = LazyPattern(r"^对在?([^，、；。（）]{2,40})")
_QUOTES = LazyPattern(r"[“”‘’\"]")
# what the places did to the field, before its name ("大力培育发展|战略性新兴产业")
_LEAD = LazyPattern(
    r"^(?:年度|地方|深化|促进|推进|推动|实施|落实|改善|开展|大力|培育壮大|培育|发展|防范|化解|按时完成|鼓励和支持|有关|积极)"
)
# where the name ends and what was achieved in it begins ("社会投资|健康发展", "校企合作|推进力度大")
_ACHIEVED = LazyPattern(
    r"成效|力度|积极主动|保持|推进|落实|健康发展|年度目标|任务|政策落地|支持政策|政策措施|调整|考核|和"
)
_NO_FIELD = frozenset({"重大", "相关", "有关", "各项"})  # "落实有关重大|政策措施": no field
MAX_NAME = 9  # characters of one field's name
MIN_NAME = 2
MAX_NAMES = 3
MAX_TITLE = 22  # the names together, at most
# the plain work a field's name may end on, shed where the names together are too long for a title
# ("高标准农田建设" → "高标准农田" beside "土地节约集约利用" and "农产品流通现代化")
_PLAIN_ENDS = ("建设", "工作")
MIN_SHED = 3  # characters left of a name that sheds its plain end ("质量工作" keeps it)


def field_name(bullet: str) -> str:
    """The field a measure rewards, between what the places did and what they achieved ("对大力
    培育发展战略性新兴产业、……" → "战略性新兴产业"); '' where none is left or it is too long."""
    found = _FOR_WHOM.match(bullet)
    if found is None:
        return ""
    name = _QUOTES.sub("", found.group(1))
    while (lead := _LEAD.match(name)) is not None and lead.end() < len(name):
        name = name[lead.end() :]
    stop = _ACHIEVED.search(name, 1)
    name = name[: stop.start()] if stop else name
    if name.endswith("工作") and len(name) - 2 > MIN_NAME:
        name = name[:-2]  # "扶贫开发工作" → "扶贫开发"; "质量工作" stays
    return name if MIN_NAME <= len(name) <= MAX_NAME and name not in _NO_FIELD else ""


def measures_title(bullets: list[str]) -> str:
    """The fields of a group's measures, each named ("棚户区改造、公立医院综合改革、养老服务业"),
    where every bullet is such a measure and the names fit a title, a name's plain end shed where
    they would not ("土地节约集约利用、高标准农田、农产品流通现代化"); '' otherwise."""
    names = [field_name(b) for b in bullets]
    if len(names) < 2 or not all(names):
        return ""
    names = list(dict.fromkeys(names))
    if sum(map(len, names)) > MAX_TITLE:  # one field too many characters: its plain end goes
        names = list(dict.fromkeys(_shed(name) for name in names))
    if len(names) > MAX_NAMES or sum(map(len, names)) > MAX_TITLE:
        return ""
    return "、".join(names)


def _shed(name: str) -> str:
    """`name` without a plain end ("建设") where enough is left to name the field."""
    for end in _PLAIN_ENDS:
        if name.endswith(end) and len(name) - len(end) >= MIN_SHED:
            return name[: -len(end)]
    return name
