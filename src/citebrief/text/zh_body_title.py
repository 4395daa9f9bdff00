"""A Chinese news group's title that only names a body: "国家开发银行" over three of its loans,
"成都海关大运会工作专班" over how the games' people and goods clear customs. Who reported or acted
is in every bullet of such a group, which is why the chooser finds it; a reader wants what the
group is about: the phrase of two words or more most of its bullets say
(`zh_most_said.said_phrase`), else the word most of them say that is rare enough to name a
thing ("通关"; not "融合", not an office nor a place, nor a crowd like "市民游客"), else the act
every bullet says (`zh_body_act`: "预约"). Where none is found the body stays: the group's next
phrase with the body set aside is mostly one bullet's act or aside ("安排部署", "隶属于吉林省红十字会"),
read worse than the body.
"""

from __future__ import annotations

from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_bodies import BODY_ENDINGS, ZH_OFFICES
from citebrief.text.zh_body_act import said_act
from citebrief.text.zh_most_said import said_by_most, said_phrase
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, where

# the last word of a body's name, as the tagger cuts it: offices, banks, associations, units
# of the police and fire service, a newsroom; not a school or a hospital, whose story (a flood
# at a school) is often the group's own
_BODY_HEADS = frozenset(
    (
        *("银行", "协会", "商会", "学会", "促进会", "联合会", "指挥部", "总队", "支队", "大队", "气象台"),
        *("频道", "专班", "部门", "办公室", "警方", "公安局", "气象局", "分库", "动物园", "管理局"),
    )
)
_NOT_BODIES = ("大学", "医院", "中学", "小学", "学校")
_NAME_TAGS = frozenset(("ns", "nt", "nz"))  # a place or a name before the head: which body
MIN_BULLETS = 2
MIN_WORD_IDF = 6.0  # a phrase's rarest word rarer than 发展, 金融, 贷款 (the background table's IDF)
MIN_TERM_IDF = 8.0  # one word alone is a term ("通关"), not a plain one ("融合", "车辆", "通信")
MIN_WORD_CHARS = 2


def body_only(title: str) -> bool:
    """True when `title` is the name of one body and nothing else: a place or a name and a
    body's head ("海西州公安局警航支队", "福建省气象局"), or one word the tagger reads as an
    organisation ("国家开发银行", "中新社"); not a kind of body ("图片公司", "商会")."""
    if not title or title.endswith(_NOT_BODIES):
        return False
    words = tag_zh(title)
    if len(words) == 1:
        return words[0][1] == "nt"
    last = words[-1][0]
    named = any(tag in _NAME_TAGS for _, tag in words[:-1])
    return named and (last in _BODY_HEADS or (len(last) >= MIN_WORD_CHARS and last.endswith(BODY_ENDINGS)))


def past_body(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or where it only names a body, what most of the group's bullets say (see the
    module's docstring). `texts`: the group's paragraphs; `used`: the titles given already."""
    if len(bullets) < MIN_BULLETS or not body_only(title):
        return title
    found = said_phrase(title, bullets, texts, used) or _said_word(title, bullets, texts, used)
    return found or said_act(title, bullets, texts, used) or title


def _said_word(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The noun or noun phrase most of `bullets` say, rare enough to name a thing, no piece of
    `title` nor of a title given already, no office, place or name; '' when none."""
    found = said_by_most(title, bullets, min_chars=MIN_WORD_CHARS)
    if not found:
        return ""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    table = background_idf()
    for text, chunk in found:
        if max(table.lookup(list(chunk.words)).tolist()) < (MIN_WORD_IDF if len(chunk.words) > 1 else MIN_TERM_IDF):
            continue
        if text.endswith(ZH_OFFICES) or office(chunk.words) or where(text, bullets) or poor_zh_title(text, texts):
            continue  # "部委", "红十字会": another body
        if any(text.casefold() in u or u in text.casefold() for u in used if u):
            continue  # `used` is casefolded: "辅酶Q10" is a given "辅酶q10"
        if any(on_word_boundaries(text, t, "zh") and cleanly_cut(text, t, "zh") for t in texts if text in t):
            return text
    return ""
