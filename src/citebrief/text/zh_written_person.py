"""A Chinese news group's bare title that the tagger does not read as a person's name, read as one
where the group's bullets write it as someone who acts: "战泊希" (the tagger cuts "战泊/n 希/v"),
"嘎玛西周" (a Tibetan name: "嘎玛/nrt 西周/t"). Blind readers meet such a title bare where the
title steps give every name they read "who：what" (`zh_name_deed`) or a role (`zh_person_role`):
"战泊希刚刚大学本科毕业" is a person's, yet no surname table holds 战 and none holds a Tibetan name.

A written person: the group's title, two to four Chinese characters the tagger does not read as
one word (a word it knows is no unfamiliar name), nor with a place's or a body's pieces (ns, nt),
nor ending on a common noun of two characters or more ("世界/n 经济/n", "开营/v 仪式/n": a thing's
head; "开营仪式结束后" says no person's deed), nor opening on a name part ("贺/nr 宏达/nz":
`zh_name_deed` reads those, as before), that opens a clause of a bullet of the group, the clause
going on, past time words, with a verb or an adverb ("获中央电视台……", "刚刚大学本科毕业",
"便向……提出"), not with a noun that extends it.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import tag_zh

_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,4}")
_CLAUSES = LazyPattern(r"[^，。；！？：,;!?“”]+")
_NOT_A_NAME_PIECE = ("ns", "nt")  # a place's or body's pieces: "玉树/ns 市/n"
_COMMON_NOUNS = ("n", "vn")  # a thing's head last: "世界/n 经济/n", "生命/vn 体征/n", "开营/v 仪式/n"
_ACTING = ("v", "d")  # the clause goes on acting: "获", "刚刚", "便"
_NAME_PART = "nr"  # "樊长/nr 娥/n": a name the tagger splits, which `zh_name_deed` reads (no role: "副|主任")
_TIME = "t"  # "此番": read past


def written_person(title: str, bullets: list[str]) -> bool:
    """True where `title` (a group's) is read as a person's name from how `bullets` (the group's)
    write it (module doc)."""
    if not _NAME.fullmatch(title):
        return False
    pieces = tag_zh(title)
    if len(pieces) < 2 or any(tag in _NOT_A_NAME_PIECE for _, tag in pieces):
        return False
    head, head_tag = pieces[-1]
    if (len(head) > 1 and head_tag in _COMMON_NOUNS) or pieces[0][1] == _NAME_PART:
        return False
    for bullet in bullets:
        for clause in _CLAUSES.findall(bullet):
            if not clause.strip().startswith(title):
                continue
            words = [w for w in tag_zh(clause.strip()[len(title) :]) if w[1] != _TIME]
            if words and words[0][1] in _ACTING:
                return True
    return False
