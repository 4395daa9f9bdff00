"""A Chinese overview subject that is a site or a body alone ("金马镇中心小学", "西丁市口学校",
"政协") says where a story happens or who holds it, not what happened: readers of
"核心要点：金马镇中心小学" learn a school's name, not that the flood reached it. Where the lead's
first sentences write, as whole words, a run of nouns that ends on an event ("舒兰洪灾",
"主席会议", "洪涝灾情"), that event is the subject (the lead names it once; the article goes on
by its pieces: "洪水", "会议"). A
site without such an event in its lead (a shrine reopened, a farm's founder) keeps its name:
the next phrase a chooser finds there is mostly another site or a person ("校园", "郑某台胞家属").
A press conference is how the news was told, never the event (`_FRAMES`).
"""

from __future__ import annotations

from itertools import accumulate

from citebrief.text.tokenize import tag_zh

MAX_CHARS = 14  # a title's most characters
MIN_CHARS = 3  # "洪灾" alone says less than the place did
# the word a site or body ends on: a township, a school, a police force, a committee
_SITE_HEADS = (
    "乡", "镇", "村", "社区", "学校", "小学", "中学", "幼儿园", "医院", "卫生院",
    "公安", "公安局", "派出所", "政协", "协会", "农场", "车间", "景区", "公园",
)  # fmt: skip
# the word an event ends on: a meeting, a disaster, a contest
_EVENT_HEADS = (
    "会议", "大会", "洪灾", "灾情", "灾害", "水灾", "火灾", "地震", "事故", "暴雨",
    "大赛", "比赛", "论坛", "博览会", "展览会", "运动会",
)  # fmt: skip
# how the news was told: a press conference holds the report, not the event
_FRAMES = ("发布会", "通气会", "见面会", "座谈会")
# the words a run of nouns is made of ("舒兰|洪灾", "主席|会议")
_NOUNISH = frozenset({"n", "nz", "ns", "nt", "nr", "j", "vn", "l", "an"})
_NO_OPEN = frozenset({"vn", "l", "an"})


def site_only(subject: str) -> bool:
    """True when `subject` ends on a site's or body's word ("…镇中心小学", "山西公安", "政协")."""
    words = tag_zh(subject)
    return bool(words) and any(words[-1][0].endswith(head) for head in _SITE_HEADS)


def event_over_site(subject: str, lead: list[str]) -> str:
    """The event the lead writes, where `subject` is a site or body alone (`site_only`): the
    first run of nouns in `lead` ending on an event, whole words, that fits a title; else
    `subject` as it is."""
    if not subject or not site_only(subject):
        return subject
    for sentence in lead:
        for run in _noun_runs(sentence):
            if _event(run) and MIN_CHARS <= len(run) <= MAX_CHARS and run != subject:
                return run
    return subject


def _event(run: str) -> bool:
    """Whether a run of nouns ends on an event's word and is no press conference."""
    return run.endswith(_EVENT_HEADS) and not run.endswith(_FRAMES)


def _noun_runs(sentence: str) -> list[str]:
    """The sentence's maximal runs of nouns, each on word boundaries, in order."""
    pairs = tag_zh(sentence)
    ends = list(accumulate(len(w) for w, _ in pairs))
    runs, start = [], None
    for index, (word, tag) in enumerate(pairs):
        if tag in _NOUNISH:  # a run opens on no nominal verb ("启动|海洋灾害")
            opens = start is not None or tag not in _NO_OPEN
            start = ends[index] - len(word) if start is None and opens else start
            continue
        if start is not None:
            runs.append(sentence[start : ends[index - 1]])
        start = None
    if start is not None:
        runs.append(sentence[start:])
    return runs
