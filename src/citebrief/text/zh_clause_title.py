"""A Chinese news group's title that is a clause's people and their act, given as the act alone.

The tagger reads some verbs as nouns ("联系", "传授", "利用"), so the title picker finds a run of
"nouns" that is in fact who and what they do, cut from a clause that a preposition opens: "向青年
职工传授专业知识" gives "职工传授专业知识", "与村组干部联系核查灾情" gives "干部联系核查灾情". Readers
meet a sentence's middle as a title, led by a people word (workers, cadres) the group is not about.
The act and its object that follow ("传授专业知识"; of two acts run together, "联系|核查灾情", the
one on the object: "核查灾情") are what the bullet reports.

Reads Chinese news. Only where every place a bullet says the title it stands right after a
preposition (向, 与, 和, 同, 对, 给, 为, 跟) and at most one modifier ("青年", "村组"); where the title
opens on a word for people (a role, `zh_most_said_word.role_word`, or a crowd of PEOPLE: 职工, 干部,
村民), one word; and where what follows it is four characters or more, ends on a noun, stands on
word boundaries in a paragraph the group cites, is no poor title and is free of the titles given.
"""

from __future__ import annotations

from citebrief.text.titles import free_of, on_word_boundaries, starts
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_most_said_word import role_word
from citebrief.text.zh_poor_titles import poor_zh_title

MIN_ACT_CHARS = 4
MIN_WORDS = 3  # the people, the act, what it is on
MAX_MODIFIERS = 1  # "向|青年|职工", "与|村组|干部": one word between the preposition and the people
# words for people the tagger reads as plain nouns and no role table ends on
PEOPLE = frozenset(("职工", "干部", "员工", "工人", "村民", "群众", "市民", "居民", "学生", "教师", "老师", "家长"))
_PREPOSITIONS = frozenset(("向", "与", "和", "同", "对", "给", "为", "跟"))
_NOUN_TAGS = frozenset(("n", "nz", "vn", "j", "an"))
_ACT_TAGS = frozenset(("v", "vn"))


def clause_act(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the act and its object after the people word it opens on where the bullets
    say it only inside a clause a preposition opens (module doc). `texts`: the group's
    paragraphs; `used`: the titles given, casefolded."""
    words = tag_zh(title)
    if len(words) < MIN_WORDS or not _people(words[0][0]):
        return title
    act = title[len(words[0][0]) :]
    if len(words) > MIN_WORDS and words[2][1] in _ACT_TAGS and len(act) - len(words[1][0]) >= MIN_ACT_CHARS:
        act = act[len(words[1][0]) :]  # two acts run together ("联系|核查灾情"): the one on the object
    if len(act) < MIN_ACT_CHARS or words[-1][1] not in _NOUN_TAGS:
        return title
    spots = [(b, at) for b in bullets for at in starts(title, b)]
    if not spots or not all(_after_preposition(b, at) for b, at in spots):
        return title
    if poor_zh_title(act, texts) or not free_of(act, used - {title.casefold()}):
        return title
    return act if any(on_word_boundaries(act, t, "zh") for t in texts) else title


def _people(word: str) -> bool:
    """Whether `word` names people: a crowd or a role ("职工", "干部", "志愿者")."""
    return word in PEOPLE or role_word(word)


def _after_preposition(bullet: str, at: int) -> bool:
    """Whether the text before `at` ends on a preposition and at most MAX_MODIFIERS words."""
    before = [w for w, _ in tag_zh(bullet[:at]) if w.strip()]
    tail = before[-(MAX_MODIFIERS + 1) :]
    return any(w in _PREPOSITIONS for w in tail)
