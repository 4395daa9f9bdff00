"""A case's title in a Chinese news item that lists cases: a noun phrase, no sentence.

A report of "典型案例" or "违法问题" gives each case a title before its story: "1、临汾市洪洞县……
建设项目违法占地问题。", "……门诊部发布违法广告案。". It ends with a stop, so it passes for a
sentence, but it is the source's heading: whose case and what kind, nothing that happened. As a
bullet it reads as a heading turned into a claim (readers quoted one among the worst bullets),
while the case's next sentence says what happened ("2023年4月底，……违法占用6.633亩耕地……"). The
numbered-heading rows of text/data/lines.tsv catch only short numbered lines. Where the story
after it names its party only as "当事人"/"该公司", the title is the one place that says whom the
case is about, and stays — unless the report lists two or more cases so (`parallel_titles`): then each
title opens its case's passage and theme, and the story's own first sentence is the bullet
(readers quoted "……门诊部发布违法广告案。" as a heading turned bullet, though "经查，当事人……" leaned on it).

A title is one clause standing as a sentence (its own "。"; no colon or semicolon) that
ends on the case's head noun (问题/案/案件/情况/事件) with no predicate outside its modifiers: no
time, number, adverb, aspect particle, pronoun or preposition, no verb opening it (a title names
its party first: "督促检查……的落实情况" is a duty), and no verb that takes the head noun as its
object ("……不存在补助问题", "……介绍……发展情况", "警方破获一起诈骗案" stay sentences).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

# the head nouns a case's title ends on ("诈骗案" is one jieba word ending in 案)
_HEADS = ("问题", "案", "案件", "情况", "事件")
# words ending in 案 that name a document or a record, not a case: "……试点工作方案" is a title line
_NOT_CASES = ("方案", "草案", "预案", "提案", "议案", "档案", "答案", "图案", "备案", "法案", "文案", "教案", "立案")
# a list marker before the title: "1、", "（一）", "二、", "案例一："
_MARKER = LazyPattern(
    r"^(?:[（(]?[0-9一二三四五六七八九十]{1,3}[、.．)）]|案例[0-9一二三四五六七八九十]{1,3}[：:]?)\s*"
)
# a clause's marks; a comma may stand in a title between a party's posts ("……原党组书记、主任，
# 柽柳林场……主任孙卫东以权谋私、“靠林吃林”问题"), where the tags below find no predicate either
_CLAUSE_MARKS = frozenset('；;：:！？!?"')
# tags (first letters) a sentence has and a title does not: time, number, adverb, pronoun, preposition
_SENTENCE_TAGS = frozenset("tmdrp")
_ASPECT_TAGS = frozenset({"ul", "uz", "ug", "uguo"})  # 了, 着, 过
_TITLE_PREPOSITIONS = frozenset({"关于", "对于"})  # "关于……问题" is a heading's own frame
# verbs that take the head noun as their object (the clause is a predicate on it, not its
# title), and the modals of a duty
_PREDICATE_VERBS = frozenset(
    {
        "是",
        "有",
        "存在",
        "没有",
        "解决",
        "破解",
        "介绍",
        "通报",
        "公布",
        "查处",
        "侦破",
        "破获",
        "发现",
        "审理",
        "处理",
        "反映",
        "涉及",
        "出现",
        "发生",
        "回应",
        "聚焦",
        "披露",
        "曝光",
        "揭示",
        "了解",
        "调查",
        "研究",
        "讨论",
        "关注",
        "说明",
        "报告",
        "汇报",
        "部署",
        "分析",
        "梳理",
        "整改",
        "排查",
        "化解",
        "协调",
        "答复",
        "举报",
        "受理",
        "办理",
        "宣判",
        "审结",
        "起诉",
        "移送",
        "督办",
        "召开",
        "举行",
        "通过",
        "听取",
        "审议",
        "提出",
        "指出",
        "表示",
        "称",
        "要",
        "应",
        "应当",
        "需要",
        "能",
        "能够",
        "可以",
        "会",
        "将",
    }
)
MIN_TITLE_CHARS = 8  # "违法占地问题" alone is a topic word, not a case
MAX_TITLE_CHARS = 70  # a title names its party's posts in full
MIN_PARALLEL_TITLES = 2  # titles in one text for it to be a report of parallel cases


def case_title(text: str, after: str = "") -> bool:
    """True when `text` is a case's title standing as a sentence: a noun phrase ending on
    问题/案/案件/情况/事件 with no predicate of its own (see the module's docstring), and the
    sentence `after` it does not lean on it for whom the case is about ("经查，当事人……": the title
    is the only place that names the party, and stays)."""
    body = text.strip()
    if not body.endswith("。"):
        return False  # an item of a "；" list ("……；督促检查……落实情况；") is a list's part, no title
    body = body[:-1]
    if not body.endswith(_HEADS) or body.endswith(_NOT_CASES):
        return False  # the cheap checks first: most sentences end otherwise
    body = _MARKER.sub("", body, count=1)
    if any(mark in _CLAUSE_MARKS for mark in body) or not MIN_TITLE_CHARS <= len(body) <= MAX_TITLE_CHARS:
        return False
    tagged = tag_zh(body)
    if tagged[0][1].startswith("v"):
        return False  # "督促检查……落实情况": a duty opening on its verb, no party's case
    for word, tag in tagged:
        if tag in _ASPECT_TAGS or word in _PREDICATE_VERBS:
            return False
        if tag[:1] in _SENTENCE_TAGS and word not in _TITLE_PREPOSITIONS:
            return False
    return not leans_on_title(after)


def leans_on_title(after: str) -> bool:
    """Whether the sentence after a case's title names its party only through the title ("经查，
    当事人……"): `case_title(text, after)` is `case_title(text)` and not this, so a reader that
    has each sentence's `case_title` (`parallel_from`) asks only this of the sentence after."""
    return _leans_on_title().match(after) is not None


@cache
def _leans_on_title() -> re.Pattern[str]:
    """A case's story that names its party only through the title: "经查，当事人……", "该公司……", "其……"
    (the verbs after 经 are `data/zh_finding_openers.tsv`'s kind "case"; read on first use)."""
    verbs = word_alternation(rows_by_kind("zh_finding_openers.tsv")["case"])
    return re.compile(rf"^\s*(?:经(?:{verbs})[，,]?)?(?:当事人|涉案|该|其|上述|此)")


def parallel_titles(texts: Sequence[str]) -> list[bool]:
    """Which sentences (`texts`, in order) title a case of a report that lists two or more cases
    (MIN_PARALLEL_TITLES): each opens its case (a passage and a theme start there) and none is a
    bullet, whether or not its story leans on it; all False in a text of fewer titles."""
    return parallel_from([case_title(text) for text in texts])


def parallel_from(is_case_title: list[bool]) -> list[bool]:
    """`parallel_titles` of the texts whose `case_title` verdicts (no sentence after) are `is_case_title`."""
    return is_case_title if sum(is_case_title) >= MIN_PARALLEL_TITLES else [False] * len(is_case_title)


def case_openings(texts: Sequence[str]) -> list[bool]:
    """Which sentences of a one-block text open a passage as a listed case's title
    (`parallel_titles`): the case then is cited as a passage of its own, not from the end of the
    passage before. Not a numbered title ("1、……违法占地问题。"): passages opening on numbers
    are read as an essay's numbered sections (engines/essay_sections.py), whose first section
    the overview then draws on, where a report of cases keeps its overview to the intro."""
    titles = parallel_titles(texts)
    return [title and not _MARKER.match(text.strip()) for title, text in zip(titles, texts, strict=True)]
