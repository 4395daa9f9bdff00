"""A case report's groups titled by their cases: the party and what it did, from the case's title.

A report of 2-5 titled parallel cases (`engines.zh_case_runs`) makes each case a group, and the
normal title steps then name a group by a phrase of its bullets: readers marked "谋取利益", "支付
管理费" down as fragments and "孙丙柱利用职务便利" as a clause. The case's own title sentence names
the case ("东阿县政协原常委、县水利局原正科级干部孙丙柱利用工程项目谋取私利问题。"); cut past its
ordinal, its place chain and its party's posts, it is a title: "孙丙柱利用工程项目谋取私利问题",
"下寨村违法占地问题". A title is a contiguous part of the case's title sentence, so the group's
paragraphs say it where they hold that sentence; a case whose title is too long, or lies in
paragraphs its group does not cite, keeps the title the steps gave.

A case whose party and act do not fit ("菲凡医学美容门诊部有限公司发布违法广告案") is titled by its party
alone where the party is a body (`zh_case_party`), past its places and company form, as a reader
knows it ("菲凡医学美容门诊部"): a case's bullets tell its party's deeds as "当事人", and a
title from one bullet's detail ("专家团队", "毒性药品") names no case. Only where every case of the
report gets its act or its party: one group named by its party beside its siblings' topics read as
a mix of kinds.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from citebrief.engines.zh_case_runs import case_starts
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_bodies import CASE_PARTIES
from citebrief.text.zh_case_party import known_name, party_name

# a list marker before the title: "1、", "（一）", "案例一："
_MARKER = LazyPattern(
    r"^(?:[（(]?[0-9一二三四五六七八九十]{1,3}[、.．)）]|案例[0-9一二三四五六七八九十]{1,3}[：:]?)\s*"
)
_HEADS = ("问题", "案件", "案")  # kept: the case's own word for what it is
# a post a person's name follows in a discipline case's title ("……干部孙丙柱", "……科科长李欣")
_POSTS = (
    "书记",
    "主任",
    "干部",
    "科长",
    "局长",
    "处长",
    "县长",
    "市长",
    "镇长",
    "乡长",
    "村长",
    "主席",
    "委员",
    "常委",
    "经理",
    "董事长",
    "会计",
    "出纳",
    "所长",
    "站长",
    "院长",
    "校长",
    "队长",
    "部长",
    "厅长",
    "组长",
    "行长",
    "社长",
    "科员",
    "民警",
    "负责人",
    "工作人员",
)
_UNITS = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "村", "街道")  # an administrative place's last word
_NAME_TAGS = ("nr", "zg")  # jieba's person name, and the lone surname it splits off ("孙/zg 卫东/nr")
MAX_CASE_TITLE = 12  # characters, as every title (`titles.py`: 2–12): a title, not the case's whole heading
MIN_PLACE, MAX_PLACE = 2, 6  # a place's name: "长子经济开发区" is a zone's, the party's own
MIN_PARTY = 3  # a body's name shorter than this is no name ("公司")
MIN_NAME, MAX_NAME = 2, 4  # a person's name in characters ("李欣", "孙卫东")


def case_title_phrase(sentence: str) -> str:
    """The case title `sentence` ("2、朔州市怀仁市下寨村违法占地问题。") cut to its party and act
    ("下寨村违法占地问题"): past its ordinal, its place chain (the last place kept where the place
    is the party) and a person's posts (from the name: "孙丙柱利用工程项目谋取私利问题"); "" where
    no party is found."""
    body = _MARKER.sub("", sentence.strip(), count=1).rstrip("。")
    if not body.endswith(_HEADS):
        return ""
    post = max((body.rfind(p) + len(p) for p in _POSTS if p in body), default=-1)
    tagged = tag_zh(body[post:]) if post > 0 else []
    if tagged and tagged[0][1].startswith(_NAME_TAGS):  # a person's case: from the name after the last post
        return _first_act(body[post:])
    start = _past_places(body)
    rest = body[start:]
    ends = [rest.rfind(b) + len(b) for b in CASE_PARTIES if b in rest]
    if ends and MIN_PARTY <= max(ends) < len(rest):  # a body is the party ("星之地医疗美容门诊部发布违法广告案")
        return _first_act(rest)
    acted = bool(rest) and tag_zh(rest)[0][1].startswith("v")
    if start and not ends and acted:  # a place is the party: the last one kept ("下寨村违法占地问题")
        last = _last_place(body[:start])
        return body[start - len(last) :]
    return ""


def person_act(sentence: str) -> str:
    """The act of a person's case title `sentence`, past the name ("……干部孙丙柱利用工程项目谋取私利
    问题。" → "利用工程项目谋取私利问题"): the title where party and act together overflow one, the
    bullets naming the person; "" where the case's party is no person or the name reads unsure
    (a name of one character is jieba's mis-cut "王/健在")."""
    body = _MARKER.sub("", sentence.strip(), count=1).rstrip("。")
    post = max((body.rfind(p) + len(p) for p in _POSTS if p in body), default=-1)
    if post <= 0 or not body.endswith(_HEADS):
        return ""
    name = ""
    for word, tag in tag_zh(body[post:]):
        if not tag.startswith(_NAME_TAGS):
            break
        name += word
    if not MIN_NAME <= len(name) <= MAX_NAME:
        return ""
    return _first_act(body[post + len(name) :])


def _first_act(phrase: str) -> str:
    """The party with its first act where the title lists several ("孙卫东以权谋私、“靠林吃林”问题"):
    a title's "、" reads as a list of groups."""
    return phrase.split("、", 1)[0]


def _place_words(body: str) -> list[str]:
    """The words of `body`, a lone unit glued back to its name ("怀仁/市" → "怀仁市")."""
    words: list[str] = []
    for word, _ in tag_zh(body):
        if word in _UNITS and words:
            words[-1] += word
        else:
            words.append(word)
    return words


def _place_chain(body: str) -> list[str]:
    """The leading administrative places of `body` ("合肥市高新区星之地……" → 合肥市, 高新区): each
    a run of words ending on a unit, MAX_PLACE characters at most ("谷/山村" is one place)."""
    places: list[str] = []
    pending = ""
    for word in _place_words(body):
        pending += word
        if len(pending) > MAX_PLACE:
            break
        if len(pending) >= MIN_PLACE and pending.endswith(_UNITS):
            places.append(pending)
            pending = ""
    return places


def _past_places(body: str) -> int:
    """Where `body` goes on past its leading chain of administrative places (`_place_chain`)."""
    return sum(map(len, _place_chain(body)))


def _last_place(chain: str) -> str:
    """The last place of a chain ("朔州市怀仁市下寨村" → "下寨村")."""
    places = _place_chain(chain)
    return places[-1] if places else chain


def case_group_titles(sentences: Sequence[str], themes: Sequence[int] | np.ndarray | None) -> dict[int, str]:
    """Each case's theme's title in a report of parallel cases (`case_starts` over `sentences`;
    `themes`: each sentence's theme, None where the themes are no runs of sentences): its party
    and act (`case_title_phrase`) where it fits MAX_CASE_TITLE, without its head noun where only
    that tips it, else a person's act alone (`person_act`: "利用工程项目谋取私利", not a clause of
    a bullet), else its party alone where it is a body (`case_party_title`) and every case has
    one of the two (a case too long keeps the title it had). None for an article that is no such
    report, or whose cases are not its themes."""
    if themes is None or len(themes) != len(sentences):
        return {}
    starts = case_starts(sentences, range(len(sentences)))
    if not starts or any(k and themes[k] == themes[k - 1] for k in starts):
        return {}
    fitted = [_fitted(case_title_phrase(sentences[k])) or _fitted(person_act(sentences[k])) for k in starts]
    parties = [case_party_title(sentences[k]) for k in starts]
    if all(a or p for a, p in zip(fitted, parties, strict=True)):  # "菲凡医学美容门诊部" beside other cases
        fitted = [a or p for a, p in zip(fitted, parties, strict=True)]
    return {int(themes[k]): title for k, title in zip(starts, fitted, strict=True) if title}


def case_party_title(sentence: str) -> str:
    """The body a case's title `sentence` is about, as a reader knows it: past its ordinal, its
    places and its company form ("六安市裕安区菲凡医学美容门诊部有限公司发布违法广告案。" →
    "菲凡医学美容门诊部"); "" where its party is no body or its name is no title's length."""
    name = party_name(_MARKER.sub("", sentence.strip(), count=1))
    known = known_name(name[_past_places(name) :])
    return known if MIN_PARTY <= len(known) <= MAX_CASE_TITLE else ""


def _fitted(act: str) -> str:
    """A party-and-act that fits a title, its head noun dropped where only that tips it; "" else."""
    if len(act) <= MAX_CASE_TITLE:
        return act
    bare = next((act.removesuffix(h) for h in _HEADS if act.endswith(h)), act)
    return bare if len(bare) <= MAX_CASE_TITLE else ""


def names_act(name: str, title: str, texts: Sequence[str]) -> bool:
    """Whether `title` is the act a case title in `texts` writes right past the person `name`
    ("孙丙柱利用工程项目谋取私利问题", its head noun perhaps dropped): the case's own title, which the
    bare name beside its siblings' names would lose (`zh_feature_names`)."""
    bare = next((title.removesuffix(h) for h in _HEADS if title.endswith(h)), title)
    return any(f"{name}{bare}{h}" in text for text in texts for h in _HEADS)


def case_titled(title: str, case: str, texts: Sequence[str], guard: set[str]) -> tuple[str, set[str]]:
    """The group's title as its case's (`case`) where its paragraphs (`texts`) say it on word
    boundaries and no other group has it; `title` as it was otherwise. The guard (titles given)
    with the one that stands."""
    if not case or case.casefold() in guard - {title.casefold()}:
        return title, guard
    if not any(on_word_boundaries(case, text, "zh") for text in texts):
        return title, guard
    return case, (guard - {title.casefold()}) | {case.casefold()}
