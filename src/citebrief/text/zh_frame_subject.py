"""Whether a Chinese news sentence opens on frame clauses and then an action with no subject:
"以制度创新、政策创新为重点，以自贸试验区……为主战场，对接国际高标准经贸规则，……" and "同时以产业链供应链
招商为重点，千方百计招引……" say what is to be done but not who does it nor when; the sentence before
said both ("下半年，浙江将以路径创新、模式创新为重点，……"). A blind reader took such a bullet, filed among
the first half's results, for a result (zh-news 199). `zh_subject.subjectless_zh` reads only
"同时，"/"此外，" and a verb; this reads the frames ("以……为……，", "根据……，", "围绕……，": the frame
verbs and the tags that open an action in `data/zh_frame_openers.tsv`). A policy's clauses are
all subjectless (the document acts): the caller reads news only.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import rows_by_kind, word_alternation
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

OPENING_CHARS = 8  # the first word after the frames is all that is asked of: its first characters tagged
# "以……为重点，" / "以……为主战场，": the frame's object and its role, then a comma
_WITH_AS = r"以[^，。；：“”]{1,30}为[\u4e00-\u9fff]{1,6}，"


@cache
def _frames() -> LazyPattern:
    table = rows_by_kind("zh_frame_openers.tsv")
    verbs, leads = word_alternation(table["frame"]), word_alternation(table["lead"])
    return LazyPattern(rf"(?:{leads})?(?:(?:{_WITH_AS}|(?:{verbs})[^，。；：“”]{{2,30}}，))+")


@cache
def _not_actions() -> tuple[str, ...]:
    """Words that, opening the clause after the frames, make it no subjectless action (the table's
    `not_action` rows)."""
    return rows_by_kind("zh_frame_openers.tsv")["not_action"]


@cache
def _openings() -> frozenset[str]:
    return frozenset(rows_by_kind("zh_frame_openers.tsv")["opening"])


def framed_subjectless(text: str) -> bool:
    """True when the sentence opens on one frame clause or more ("以……为重点，", "根据……，") and the
    clause after them on an action (a verb, an adverb: `data/zh_frame_openers.tsv`), not a subject."""
    flat = text.strip()
    found = _frames().match(flat)
    if found is None:
        return False
    rest = flat[found.end() :]
    if not rest or rest.startswith(_not_actions()):
        return False
    tags = tag_zh(rest[:OPENING_CHARS])
    return bool(tags) and tags[0][1] in _openings()
