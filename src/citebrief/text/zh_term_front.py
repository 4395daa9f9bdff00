"""A Chinese title that starts inside a term, given the term's front: "进博会企业商业", not
"博会企业商业" (the tagger cuts 进|博会); "造血干细胞捐献者", not "干细胞捐献者"; "诊断治疗建议书".

The tagger's dictionary lacks many terms, so a title may start on a word that the article never
says alone: every place the article says the title's first word, one and the same word goes
before it, and that word is never said without it. The two are one term to the reader, who
finds "进博会" in the text and never "博会". A word of one character is the tagger's cut
(twice together is a term); a longer one joins where the two stand together three times or more
("突发|山洪" twice is what happened, not a name). Not a function word, a figure, a measure word
after one ("19项|支持政策"), a verb that introduces a name ("叫|广东桥") or a scope
("全省|社会融资规模"); and where even the grown title is the tail of a longer term the article
always says ("新|时代中国特色社会主义思想" past the title's length), the title stays as it was:
half a name is no better than the other half.
"""

from __future__ import annotations

from citebrief.text.titles import cleanly_cut, on_word_boundaries, starts
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_units import MAX_CHARS, unit_whole, word_counts
from citebrief.text.zh_word_places import word_ending, word_starting

MAX_STEPS = 2
MIN_TOGETHER = 2  # a one-character front: the tagger's cut, as soon as the article says it twice
MIN_TOGETHER_WORD = 3  # a front of two characters or more: a name only where said often
# tags of words that never open a term: particles, prepositions, conjunctions, pronouns,
# figures, measure words, adverbs, marks, locatives
_NOT_PART_TAGS = frozenset({"u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "r", "m", "mq", "q", "d", "x", "f"})
# characters that stand before a name without being part of it: function words, counts, and the
# verbs that introduce a name or an object ("一座叫|广东桥的桥")
_NOT_FRONT = frozenset(
    "的之和与及或在于为对从向给把被将是也都就又还再才了着过等第届个年月日这那该本各每全其叫称有到去来让使当成作做"
)
_SCOPES = frozenset("全本各该")  # "全省", "本市", "各地": how far, not which
_NUMERALS = frozenset("一二两三四五六七八九十百千万几多每")  # "19项", "三项": a count before a measure word


def front_whole(title: str, texts: list[str]) -> str:
    """`title` with the word the article always says before its first word, where the two are
    one term (see the module's docstring), as long as the whole fits a title and is a clean
    phrase of `texts`; else `title`."""
    if not title:
        return title
    whole = title
    for _ in range(MAX_STEPS):
        front = _front(whole, texts)
        if not front or len(front + whole) > MAX_CHARS:
            break
        grown = front + whole
        if poor_zh_title(grown, texts) or not any(
            on_word_boundaries(grown, t, "zh") and cleanly_cut(grown, t, "zh") for t in texts
        ):
            break
        whole = grown
    if whole != title and _tail_of_term(whole, texts):
        return title
    return whole


def term_whole(title: str, bullets: list[str], texts: list[str]) -> str:
    """`title` given its term's front (`front_whole`) and, where it was, its end too where the
    bullets say the term on (`unit_whole`): "进博会企业商业展", whole at both ends, not
    "进博会企业商业"."""
    front = front_whole(title, texts)
    return title if front == title else unit_whole(front, bullets, texts)


def _front(title: str, texts: list[str]) -> str:
    """The word every place in `texts` says before the title's first word, where the two are
    one term; '' where there is none."""
    words = tag_zh(title)
    if not words:
        return ""
    first = words[0][0]
    if not _han(first):
        return ""
    before: set[tuple[str, str]] = set()
    for text in texts:
        for at in starts(first, text):
            tagged = _word_before(text, at, first)
            if _counted(text, at - len(tagged[0])):
                return ""  # a measure word after a figure ("19项|支持政策"): how many, not which
            before.add(tagged)
            if len(before) > 1:
                return ""
    if len(before) != 1:
        return ""
    ((word, tag),) = before
    if not word or not _han(word) or tag in _NOT_PART_TAGS or word[0] in _SCOPES:
        return ""
    if len(word) == 1 and word in _NOT_FRONT:
        return ""
    said, together = word_counts(word, (word, first), texts)
    least = MIN_TOGETHER if len(word) == 1 else MIN_TOGETHER_WORD
    # never said apart: the front is the term's own, not a word that acts on it here and there
    return word if together >= least and said == together else ""


def _word_before(text: str, at: int, first: str) -> tuple[str, str]:
    """The (word, tag) that ends right where `at` starts, as the tagger cuts the paragraph, where
    `first` is a word there; ('', '') where the place is inside a word or opens the text."""
    if at == 0 or word_starting(text, at)[0] != first:
        return "", ""
    return word_ending(text, at)


def _counted(text: str, at: int) -> bool:
    """Whether a figure ends right before `at` ("19", "三")."""
    return at > 0 and (text[at - 1].isdigit() or text[at - 1] in _NUMERALS)


def _tail_of_term(phrase: str, texts: list[str]) -> bool:
    """Whether every place the texts say `phrase` the same character (no function word) goes
    before it: the phrase is still a longer term's tail ("北车辆段" of 杭州北车辆段); not a measure
    word after a figure ("第157例|造血干细胞捐献者")."""
    before = {
        text[at - 1] if at and not _counted(text, at - 1) else "" for text in texts for at in starts(phrase, text)
    }
    if len(before) != 1:
        return False
    char = before.pop()
    return _han(char) and char not in _NOT_FRONT


def _han(word: str) -> bool:
    return bool(word) and all("\u4e00" <= c <= "\u9fff" for c in word)
