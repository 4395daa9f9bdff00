"""A Chinese news group's title that is one broad common noun gives way to the longer noun
phrase its bullets write it in: "白鹿收费站" over the traffic police's bus check at that toll
station, not the bare "收费站" (zh-news 28).

Blind readers of zh-news read such a title ("赛场", "渔港", "收费站", "民俗") as generic: it says
where, or what kind of thing, not what the group says of it. The sure reading is narrow: the
title is one word the tagger reads as a common noun (n; no name, no act), said as a word by a
bullet of the group; the phrase is a run of noun words holding it, no noun going on after (a
modifier of a longer run), written by two bullets or more; or, else, a run that ends on the
title (the same thing, narrowed by what the group says of it) whose words before are nouns or
names, one of them rare (`_narrows`): not a distinguishing word ("主要河道" says no more than
"河道"), nor a common one ("国家中心渔港", "距离开学"). No item of a "、" list
("封山造林" of 修建梯田、封山造林: one work of several), and no other group's bullet may write it.
3–12 characters, on word boundaries and cleanly cut in a paragraph, no place, no poor shape,
free of the titles given (`zh_shared_act.fits`). Of several, the one more bullets write, then
the longer, then the first written; else the title stays. Most such titles have no such phrase
in their group ("赛场", "地名", "客服", "农田" stay).
"""

from __future__ import annotations

from citebrief.text.titles import GroupTexts, each_swapped, group_bullets
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared_act import fits

MIN_BULLETS = 2  # a phrase the title sits in, not ending on it, that the group writes more than once
MAX_SIDE_WORDS = 3  # words on each side of the title a phrase may hold
MIN_MODIFIER_IDF = 9.0
MIN_SAID_UNKNOWN = 2  # times the paragraphs say a modifier the IDF table does not know
_COMMON_NOUN = "n"
_LIST_MARK = "、"
# the words a noun phrase holds
_RUN_TAGS = frozenset({"n", "nz", "vn", "j", "l", "nt", "ns", "nr", "ng"})
# the words that narrow a head noun: a thing's or a name's, not a distinguishing word ("主要", b)
_MODIFIER_TAGS = frozenset({"n", "nz", "j", "nt", "ns", "nr", "nrt", "nrfg"})


def bare_noun_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each one-word common noun given the phrase its group writes it in (module
    docstring); `own`: each group's bullets and paragraphs, None for a heading's group; `used`:
    the titles given (casefolded), which follows each change."""
    return each_swapped(titles, own, group_bullets(own), used, bare_noun, _noun_phrase)


def bare_noun(title: str, bullets: list[str], texts: list[str]) -> bool:
    """One word the tagger reads as a common noun, said as a word by a bullet of the group."""
    words = tag_zh(title)
    if len(words) != 1 or words[0][1] != _COMMON_NOUN:
        return False
    return any(any(w == title for w, _ in tag_zh(b)) for b in bullets)


def _noun_phrase(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The noun run holding the title that the group's bullets write (module docstring); '' where none fits."""
    writing: dict[str, set[int]] = {}
    headed: set[str] = set()
    paragraphs = list(dict.fromkeys(texts))
    for at, bullet in enumerate(bullets):
        for phrase, front in _held_in(title, bullet):
            writing.setdefault(phrase, set()).add(at)
            if _narrows(front, paragraphs):
                headed.add(phrase)
    ranked = sorted(writing, key=lambda p: (-len(writing[p]), -len(p)))  # stable: first written on ties
    for phrase in ranked:
        if len(writing[phrase]) < MIN_BULLETS and phrase not in headed:
            continue
        if any(phrase in other for other in others) or not fits(phrase, bullets, paragraphs, taken):
            continue
        return phrase
    return ""


def _held_in(title: str, sentence: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each run of noun words holding `title` as a word that the sentence writes, with no noun
    going on after it, and the tagged words before the title where the run ends on it, else []."""
    words = tag_zh(sentence)
    found = []
    for at, (word, _) in enumerate(words):
        if word != title:
            continue
        for start in range(max(0, at - MAX_SIDE_WORDS), at + 1):
            for end in range(at, min(len(words), at + MAX_SIDE_WORDS + 1)):
                if start == at == end:
                    continue
                run = words[start : end + 1]
                if any(tag not in _RUN_TAGS for _, tag in run):
                    continue
                if end + 1 < len(words) and words[end + 1][1] in _RUN_TAGS:
                    continue  # a modifier of a longer run
                if _LIST_MARK in _beside(words, start, end):
                    continue  # one item of a list ("修建梯田、封山造林等"), not what the group says
                found.append(("".join(w for w, _ in run), words[start:at] if end == at else []))
    return found


def _narrows(front: list[tuple[str, str]], paragraphs: list[str]) -> bool:
    """Whether the words before a head noun narrow it: nouns or names, one of them a name or a
    rare thing's word (background IDF MIN_MODIFIER_IDF or more: 白鹿 9.4, 楹联 12.1), not a
    common word that says a kind again (国家 4.0, 学校 5.7, 智慧 7.4) or leans on what follows
    (距离 6.1: "距离开学" is how long until school starts). A word the table does not know counts
    where the paragraphs say it twice or more (a name the story keeps to, "古桑洲"), not once (a
    cut the tagger made of "见证了祥芝渔港": "了祥芝")."""
    if not front or any(tag not in _MODIFIER_TAGS for _, tag in front):
        return False
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    table = background_idf()
    for (word, _), value in zip(front, table.lookup([word for word, _ in front]).tolist(), strict=True):
        unknown = value == table.median
        if value >= MIN_MODIFIER_IDF and (not unknown or sum(p.count(word) for p in paragraphs) >= MIN_SAID_UNKNOWN):
            return True
    return False


def _beside(words: list[tuple[str, str]], start: int, end: int) -> tuple[str, str]:
    """The words right before and after the run `start`..`end`, '' at the sentence's edges."""
    return (words[start - 1][0] if start else "", words[end + 1][0] if end + 1 < len(words) else "")
