"""A Chinese sentence that opens on a bare modal and then acts, with no subject ("要夯实企业发展
基础，……", "第三，要做一些检测。"): who must act was said sentences before (the overseas
businessmen who spoke, zh-news 18; the consultation that decided, zh-news 117; the plasma donation
the doctor compared, zh-clts 10). Alone as a bullet it reads as an order from no one; blind readers
mark it down. A purpose clause ("要实现半导体量子计算，需要……") says its own need: it is no such
sentence. The modals are `data/zh_bare_modals.tsv`; `engines.zh_modal_leans` mends the bullets.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

OPENING_CHARS = 12
# a second clause that opens on these says what the first (a purpose) needs: "要实现……，需要……"
_NEEDS = ("需要", "就要", "就得", "必须", "得", "应", "须")
_CLAUSE_ENDS = ("，", ",")
# a list's later item or a "go on" link before the modal: "第三，要……", "同时，要……", "另外，要……"
_LEAD = LazyPattern(r"(?:第[一二三四五六七八九十]+|其[一二三四五六七八九十]|同时|此外|另外)[，,、]")


@cache
def bare_modals() -> frozenset[str]:
    """The modals a subjectless sentence opens on (`data/zh_bare_modals.tsv`)."""
    return frozenset(data_lines("zh_bare_modals.tsv"))


@cache
def _modal_openings() -> tuple[str, ...]:
    """The modals as `str.startswith` takes them: a text that opens on none is no bare modal's,
    whatever jieba cuts (its first word starts the text), and is let go without a cut."""
    return tuple(bare_modals())


def bare_modal(text: str) -> bool:
    """True when `text` (a sentence as its bullet says it; after "第三，", "同时，") opens on a
    modal of the data file and a word after it (jieba tags the verb after one loosely: "层层压实"
    a noun), and is no purpose clause (module doc)."""
    lead = _LEAD.match(text)
    text = text[lead.end() :] if lead else text
    if not text.lstrip().startswith(_modal_openings()):
        return False  # most bullets: no cut of their opening (~700 a hundred news briefs)
    tags = tag_zh(text[:OPENING_CHARS])
    if len(tags) < 2 or tags[0][0] not in bare_modals() or tags[1][1] == "x":
        return False
    clause = min((text.find(end) for end in _CLAUSE_ENDS if end in text), default=-1)
    return clause < 0 or not text[clause + 1 :].lstrip().startswith(_NEEDS)
