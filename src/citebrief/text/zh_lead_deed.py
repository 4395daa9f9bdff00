"""A Chinese news overview on what its lead says a place or a body did, not on the place or the
body alone: "核心要点：海河流域" where the lead raises "洪水防御应急响应" for it, "珠江口海域" where the
province pushes "珠江口海域综合治理", "中国体育彩票" where the lead says "由中国体育彩票发起的……全民健身
系列活动". The subject steps find the name (the lead and the article repeat it), but a reader of
a place or an organiser alone does not learn what happened there: the story is the deed.

The deed is the noun phrase before one of the heads `data/zh_lead_deeds.tsv` lists (a response, a
campaign, a clean-up, a reform), read back from its head to the clause's start, past a governing
verb ("推进|……综合治理") and the words no name opens on; it is whole in the lead (nothing past
MAX_CHARS is cut) and an overview bullet says it on word boundaries, so the title quotes its group;
a deed with the level the lead moves it from ("三级应急响应提升至二级") would name a stale state.
It replaces only a subject that is a place or a body by its last word (the same table), the
organiser the lead names in "由……发起的" before the deed, or the one the clause running into the
deed opens on, acting ("欧阳炎华带着几名员工……开展爱心义剪活动": zh-news 194's barber, whose free
haircuts the feature is about, not his bare name, which blind readers marked as no theme); a
subject that is an event already, or any other thing, stands.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from citebrief.text.data_files import rows_by_kind
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries
from citebrief.text.tokenize import tag_zh

MIN_CHARS = 5  # "应急响应" alone is the kind of deed, not which one
MAX_CHARS = 12
LEAD_SENTENCES = 3  # a lead's first sentences; the first is sometimes the dateline alone
# where a deed's phrase starts at the latest: a clause's punctuation, a quote's end, "的"
_CLAUSE_START = LazyPattern(r"[，。；：！？、（）()“”‘’《》「」\s—·]|的")
_CLAUSE_BREAK = LazyPattern(r"[，。；：！？,;:!?]")
# "由中国体育彩票发起的……": the subject organised the deed the clause goes on to name
_ORGANISED = LazyPattern(r"由(?P<host>[^，。；：！？]{2,30}?)(?:发起|主办|承办|举办|组织|牵头)的")
# "……三级应急响应提升至二级": a level the lead moves the deed from, stale once it is moved
_LEVEL = LazyPattern(r"[一二三四五Ⅰ-Ⅴ1-5IV]+级")
_MOVED = ("提升至", "提升为", "提高至", "升至", "升级为", "调整为", "调整至", "降至", "降为", "降低至")
# "山西省公安厅将优化法治化营商环境列为……重点任务": what a body makes its task is what it does
_LISTED = LazyPattern(r"将(?P<task>[^，。；：！？、]{2,20}?)列为")
# what a deed's phrase may open on: a noun, a place, a body, a nominal verb, an abbreviation
_PHRASE_START = frozenset({"n", "nz", "vn", "ns", "nt", "j", "l", "b", "nr", "nrt", "an"})


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """`data/zh_lead_deeds.tsv` by kind (head, verb, place, body), heads longest first."""
    kinds = rows_by_kind("zh_lead_deeds.tsv")
    return {kind: tuple(sorted(words, key=len, reverse=True)) for kind, words in kinds.items()}


@cache
def _heads() -> LazyPattern:
    return LazyPattern("|".join(_table()["head"]))


def lead_deed(subject: str, opening: list[str], bullets: list[str], used: set[str]) -> str:
    """The deed the `opening` sentences report where `subject` is a place, a body, the deed's
    organiser or its doer (module doc) and an overview bullet says it on word boundaries; else ''."""
    if not subject or subject.endswith(_table()["head"]):
        return ""
    place_or_body = subject.endswith((*_table()["place"], *_table()["body"]))
    for sentence in opening[:LEAD_SENTENCES]:
        if not place_or_body and not _ORGANISED.search(sentence) and subject not in sentence:
            continue  # no deed of this sentence could stand for the subject: none read
        for start, deed in _deeds(sentence):
            if (
                not place_or_body
                and not _organised(subject, sentence[:start])
                and not _acted(subject, sentence[:start])
            ):
                continue
            if deed == subject or deed.casefold() in used:
                continue
            if any(on_word_boundaries(deed, bullet, "zh") for bullet in bullets):
                return deed
    return ""


def _organised(subject: str, before: str) -> bool:
    """True when the words `before` a deed say `subject` organised it ("由……发起的")."""
    return any(subject in found.group("host") for found in _ORGANISED.finditer(before))


def _acted(subject: str, before: str) -> bool:
    """True when the clause that runs into a deed opens on `subject` acting: "欧阳炎华|带着……开展"."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    if not clause.startswith(subject):
        return False
    words = tag_zh(clause[len(subject) :])
    return bool(words) and words[0][1].startswith("v")


def _deeds(sentence: str) -> Iterator[tuple[int, str]]:
    """Each deed's phrase in `sentence` with where it starts: what the sentence says a body
    lists as its task ("将|优化|法治化营商环境|列为……重点任务"), then each phrase from its clause's
    start (or past the last governing verb) to a head; less the words no name opens on,
    MIN_CHARS to MAX_CHARS long and on the sentence's word boundaries."""
    for listed in _LISTED.finditer(sentence):
        yield from _phrase(sentence, listed.start("task"), listed.end("task"), "")
    for head in _heads().finditer(sentence):
        low = max((found.end() for found in _CLAUSE_START.finditer(sentence, 0, head.start())), default=0)
        yield from _phrase(sentence, low, head.end(), head.group())


def _phrase(sentence: str, low: int, high: int, head: str) -> Iterator[tuple[int, str]]:
    """The deed `sentence[low:high]` past its last governing verb and the words no name opens
    on, where it is longer than its `head`, fits and holds no level the sentence moves it from."""
    verbs = _table()["verb"]
    words = tag_zh(sentence[low:high])
    cut = 0
    for at, (word, _) in enumerate(words):
        if word in verbs:
            cut = at + 1
    while cut < len(words) and words[cut][1] not in _PHRASE_START:
        cut += 1
    start = low + sum(len(word) for word, _ in words[:cut])
    deed = sentence[start:high]
    if _LEVEL.search(deed) and sentence.startswith(_MOVED, high):
        return
    if MIN_CHARS <= len(deed) <= MAX_CHARS and len(deed) > len(head) and on_word_boundaries(deed, sentence, "zh"):
        yield start, deed
