"""A Chinese overview subject the lead says as the tail of its thing's full name, given the
name: "全国政协", not "政协"; "秦岭生态环境保护", not "生态环境保护" (the court's pact is about the
Qinling's ecology); "阿尔金山国家级自然保护区", not "保护区"; "城镇职工基本养老保险".

A lead introduces its thing by the full name and later sentences shorten it, so the phrase
spread most through the article is often the bare head ("保护区" eleven times, the name three).
A reader of "核心要点：保护区" asks which one. The name: the nouns, places, bodies and
distinguishing words the opening sentences write right before the subject (no verb, figure,
date or "的" between: "位于……境内的|阿尔金山国家级自然保护区"), said again in the article
(twice at least, on word boundaries: a lead's one-off detail, "四川阿坝局地暴雨" of a national
rain forecast, is no name), and by a bullet of the overview; the longest such. Where none is,
the subject stays.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from citebrief.text.titles import cleanly_cut, free_of, on_word_boundaries, starts
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title

NAME_SENTENCES = 2  # the lead's sentences, where a report names its thing in full
MIN_SAID = 2  # the name said again: the article's own name for its thing, not the lead's detail
MAX_CHARS = 12  # a title's most characters, titles.py's bound ("阿尔金山国家级自然保护区" is 12)
MAX_FRONT_WORDS = 4
_MARKS = ("《", "“")
# who a contest or a camp is for, read by the tagger as a time word ("海峡两岸|青年|创新创业大赛")
_AGE_GROUPS = frozenset({"青年", "少年", "青少年", "中年", "老年"})
# the lone characters a name may follow: particles, prepositions, conjunctions ("境内的|阿尔金山…")
_GLUE = frozenset("的在和与对为将把被从向及等是了由以于即或并至到给让使")
MAX_NR_CHARS = 2  # a place the tagger reads as a person ("秦岭"); a longer "person" is mostly a verb
# the words a name's front is made of: nouns, places, bodies, abbreviations, distinguishing words
# ("国家级"), a two-character "person" (the tagger's "秦岭"); not a verb ("检修|动车组卫生间"), an
# idiom ("建立健全|律师行业"), a figure, a date or "的"
_FRONT_TAGS = frozenset({"n", "nz", "ns", "nt", "j", "b", "nr"})
# words that judge the thing ("假劣|辅酶Q10功能性食品", "优质|采购商") or say how much of it
# ("全部|恢复供电", "全市|法院系统"), not which it is
_NOT_NAMES = frozenset(
    {"假劣", "优质", "优秀", "良好", "重要", "重点", "主要", "先进", "知名", "著名", "相关"}
    | {"全部", "所有", "全市", "全省", "全县", "全区", "各地", "部分", "多地"}
)


def named_subject(subject: str, opening: list[str], bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`subject`, or the full name `opening` (the lead's sentences) gives it (module doc);
    `bullets`: the overview's; `texts`: the article's paragraphs; `used`: the titles given,
    casefolded (the subject's own excepted), which the name may not hold nor be held by."""
    if not subject or subject.startswith(_MARKS):  # a marked name is whole already (《厦门三天》)
        return subject
    others = used - {subject.casefold()}
    best = subject
    for sentence in opening:
        for name in fronted_names(subject, sentence):
            if len(name) > len(best) and name_fits(name, bullets, texts, others):
                best = name
    return best


def fronted_names(subject: str, sentence: str) -> list[str]:
    """The subject with one, two, … of the name's words the sentence writes before it, where the
    sentence says the subject ending where a word does (a word's tail may open it: "全国|政协" is
    one word of the tagger, "自然|保护区" too)."""
    spots = starts(subject, sentence)
    if not spots:  # most sentences: no tagging asked
        return []
    words = tag_zh(sentence)
    ends = list(accumulate(len(word) for word, _ in words))
    names: list[str] = []
    for at in spots:
        if at + len(subject) not in ends:
            continue
        k = bisect_right(ends, at)  # the word the subject starts in
        word, tag = words[k]
        head = word[: at - (ends[k] - len(word))]  # the word's own front before the subject
        if head and not _front_word(head, tag):
            continue
        if head and _opens(words, k):
            names.append(head + subject)
        front = head
        for j in range(k - 1, max(-1, k - 1 - MAX_FRONT_WORDS), -1):
            if not _front_word(*words[j]):
                break
            front = words[j][0] + front
            if _opens(words, j):
                names.append(front + subject)
    return names


def _opens(words: list[tuple[str, str]], k: int) -> bool:
    """Whether a name may open on the `k`th word: no lone character of the name's own stands
    before it ("新|时代中国特色社会主义思想" goes on before 时代), only a particle or a mark."""
    if k == 0:
        return True
    before = words[k - 1][0]
    return len(before) > 1 or not before.isalnum() or before in _GLUE


def _front_word(word: str, tag: str) -> bool:
    """A word a name's front may hold (see `_FRONT_TAGS`), no judgement nor scope."""
    if tag == "nr" and len(word) > MAX_NR_CHARS:  # the tagger's person for a verb ("建立健全")
        return False
    if tag == "t":  # a time word is no name's, but the tagger reads an age group as one ("青年")
        return word in _AGE_GROUPS
    return tag in _FRONT_TAGS and word not in _NOT_NAMES and word.isalnum()


def name_fits(name: str, bullets: list[str], texts: list[str], used: set[str]) -> bool:
    """A name of a title's length, said again in the article and by a bullet of the overview on
    word boundaries (somewhere cut so by every reading), no poor shape, free of the titles given."""
    if len(name) > MAX_CHARS or not free_of(name, used) or sum(t.count(name) for t in texts) < MIN_SAID:
        return False  # the plain counts first: most fronts are said once, and no reading is asked
    if not any(name in b for b in bullets) or poor_zh_title(name, texts):
        return False
    if sum(t.count(name) for t in texts if name in t and on_word_boundaries(name, t, "zh")) < MIN_SAID:
        return False
    if not any(on_word_boundaries(name, b, "zh") for b in bullets if name in b):
        return False
    return any(cleanly_cut(name, t, "zh") for t in texts if name in t)
