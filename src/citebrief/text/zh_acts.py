"""A Chinese title that opens on a plain act, given as the thing acted on: "防汛应急物资", not
"部署防汛应急物资"; "A型肉毒毒素", not "宣传A型肉毒毒素" (the ads are about the drug); "农产品牌化",
not "助力农产品牌化".

The chunker reads a verb with its object as a phrase, and where the verb says only that
something was done to the thing (optimised, deployed, promoted, sought), the thing is what the
group is about. The verbs are kept as data, as the tagger reads several of them as nouns
("部署", "助力"); an event whose verb is the news ("撤出液晶面板业务", "恢复供电") keeps it, and so
does a title whose thing is one word ("协助游客": "游客" alone says less), a place or a body.
Where the sentence that says the title says the act again on other things ("衢州市引进青年大学生
2.7万人……引进企业员工1.3万人"), the things are items of one list and the act is what they share:
"引进企业员工" says what the group's figures count, the bare "企业员工" only one of them.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, where

# verbs that say something was done, not what happened ("优化", "部署", "宣传", "寻求")
_PLAIN_ACTS = frozenset(
    (
        *("优化", "宣传", "寻求", "助力", "引进", "部署", "惠及", "推出", "提升", "打造", "开展"),
        *("实施", "落实", "完善", "支持", "保障", "提供", "做好", "强化", "深化", "聚焦", "围绕"),
        *("培育", "鼓励", "健全", "构建", "扩大", "引导", "协助", "规范", "加快", "加大"),
    )
)
MIN_WORDS = 2  # the thing is a phrase of its own ("防汛应急物资"), not a word alone ("游客")
MIN_CHARS = 4
_HEADS = frozenset({"n", "vn", "nz", "j", "ng"})
MIN_ACTS = 2  # the act said on the title's thing and on another
_SENTENCE_END = LazyPattern(r"(?<=[。！？!?])")  # a sentence of a paragraph ends after its stop


def acted_on(title: str, texts: list[str]) -> str:
    """`title` without the plain act it opens on, where what follows is a noun phrase of two words
    or more that `texts` say on word boundaries no other reading crosses, and no place nor body;
    else `title` ("优化|生态安全屏障体系" stays: the tagger reads the text across that cut)."""
    words = tag_zh(title)
    if len(words) <= MIN_WORDS or words[0][0] not in _PLAIN_ACTS:
        return title
    thing = title[len(words[0][0]) :]
    if len(thing) < MIN_CHARS or words[-1][1] not in _HEADS:
        return title
    if where(thing, texts) or office(tuple(w for w, _ in words[1:])) or poor_zh_title(thing, texts):
        return title
    if not any(on_word_boundaries(thing, t, "zh") and cleanly_cut(thing, t, "zh") for t in texts if thing in t):
        return title
    return title if acts_listed(title, words[0][0], texts) else thing


def acts_listed(title: str, act: str, texts: list[str]) -> bool:
    """Whether a sentence of `texts` that says `title` has `act` as a word of its own twice or
    more: the act done to several listed things (module doc)."""
    for text in texts:
        if title not in text:  # most paragraphs: no sentence of them says it
            continue
        for sentence in _SENTENCE_END.split(text):
            # counted as characters first: most sentences say the act once, and are not tagged
            if title in sentence and sentence.count(act) >= MIN_ACTS and _acts(sentence, act) >= MIN_ACTS:
                return True
    return False


def _acts(sentence: str, act: str) -> int:
    """How many of `sentence`'s words are `act` (not a piece of a longer word: "保障" of 社会保障)."""
    return sum(word == act for word, _ in tag_zh(sentence))
