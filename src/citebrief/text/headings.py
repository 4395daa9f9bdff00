"""The phrase a section's heading titles its group by: its noun phrase ("（二）加快建设全国统一电力
市场" → "全国统一电力市场"), but a heading any document has whole ("保障措施", not "措施") and a
short heading whose noun phrase names nothing in its own words ("加强领导，明确职责", not "领导"),
unless a frame verb opens it on a noun phrase of its own ("打造发展平台" → "发展平台", not "平台")."""

from __future__ import annotations

from citebrief.model import Lang
from citebrief.text.brief_memo import per_brief
from citebrief.text.chunks import word_list
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.noun_phrases import noun_phrase
from citebrief.text.title_choice import is_generic_heading
from citebrief.text.titles import on_word_boundaries
from citebrief.text.zh_compared_heading import compared_subject
from citebrief.text.zh_heading_cut import mend_cut, unquoted
from citebrief.text.zh_policy_title_frame import past_frame, past_tail_word

MIN_HEADING_PHRASE = 2
SHORT_HEADING = 10
# what a heading does with its subject, where the tagger left it on the noun phrase ("切实做好"
# read as one idiom, "全面推行" as a noun, "落实" and "丰富" as adjectives, "紧扣" a verb noun_phrase
# does not drop): no part of what the section is on
_FRAME_LEADS = tuple(
    word_list("切实做好 全面推行 全面推进 牢固树立 树立 打造 理顺 落实 做好 创建 塑造 承接 丰富 紧扣 履行 维护 狠抓")
)
# a tail that says "the matter of" ("知识产权保护方面", "组织保障力度") or "see it done" ("决策权落实到位"):
# the subject is before it
_FRAME_TAILS = ("方面", "力度", "落实到位")
MIN_BARE = 4
_CLAUSE_FREE = LazyPattern(r"[^，,；;：:、\s]+")


@per_brief(maxsize=256)  # a policy's sections' titles ask it ~14 times of ~9 headings
def heading_phrase(label: str, lang: Lang) -> str:
    """A heading's noun phrase; a heading any document has is kept whole ("保障措施", "实施步骤",
    "发展目标": cut to "措施", "步骤", "目标" they name nothing)."""
    whole = label.strip(" 。.：:；;，,")
    if lang != "zh":
        return noun_phrase(label, lang)
    phrase = whole if is_generic_heading(whole) else compared_subject(whole, noun_phrase(label, lang))
    # "加强领导，明确职责" cut to "领导" names any section's part: the author's words say which
    if len(phrase) <= MIN_HEADING_PHRASE and len(whole) <= SHORT_HEADING:
        return _short_object(whole)
    bare = _bare(phrase)
    # not inside a word (工作|力度), read without the quotes noun_phrase dropped ("牢固树立“安全第一”思想")
    # "煤矿安全监管监察", not "……工作力度" whose tail is inside a word (`zh_policy_title_frame`)
    phrase = bare if on_word_boundaries(bare, unquoted(whole), lang) else past_tail_word(phrase, _FRAME_TAILS)
    phrase = past_frame(phrase)  # "农业绿色生产", not "推行农业绿色生产" beside "工业绿色生产"
    return mend_cut(whole, phrase)  # where its length cut fell inside a name or a coordination's part


def _short_object(whole: str) -> str:
    """A short heading whose noun phrase was cut too far ("打造发展平台" → "平台", 发展 read as a lead
    verb): what its frame verb acts on ("发展平台"); the heading whole where it has no such frame or
    is two clauses ("加强领导，明确职责")."""
    bare = _bare(whole)
    if bare == whole or not _CLAUSE_FREE.fullmatch(bare) or not on_word_boundaries(bare, whole, "zh"):
        return whole
    return bare


def _bare(phrase: str) -> str:
    """A heading's phrase without the frame around its subject ("切实做好组织实施" → "组织实施",
    "理顺黄金工业投资渠道" → "黄金工业投资渠道", "知识产权保护方面" → "知识产权保护"), where what is
    left is a phrase of its own."""
    lead = next((w for w in _FRAME_LEADS if phrase.startswith(w)), "")
    if lead and (len(phrase) - len(lead) >= MIN_BARE or is_generic_heading(phrase[len(lead) :])):
        phrase = phrase[len(lead) :]
    tail = next((w for w in _FRAME_TAILS if phrase.endswith(w)), "")
    if tail and len(phrase) - len(tail) >= MIN_BARE:
        phrase = phrase[: -len(tail)]
    return phrase
