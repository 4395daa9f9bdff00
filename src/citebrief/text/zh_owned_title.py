"""A Chinese group title that names nothing without whose it is takes the owner the text writes
right before it: "成员" over a leading group's roster → "领导小组成员" (zh-policy 0, whose document
writes "成 员：" as a heading inside the list; `policy_rosters`, which takes it only with the
overview's bullet that says it), "英文版" over the state of government sites' foreign versions →
"门户网站英文版" (zh-policy 16: every group title, last, `group_titles.titles_beside_deed`).

Blind readers called such titles thin: a relational noun (`data/zh_owned_nouns.tsv`) alone says
not whose members or versions. The owner: the run of noun words the text writes right before the
title, ending on a noun (on word boundaries), two characters at least, the whole twelve at most;
of the runs written, the one the document says most (twice at least: the document's own thing,
not one sentence's "部务会议"), the longer where as often. Only where the whole is free of the
other titles, the overview's among them.

Left out on purpose: any bare noun (`zh_held_title` reads those from the group's phrases): the
words before "物资", "农田", "校园" are kinds or acts ("应急物资", "重整校园"), not owners, and over
the zh sets most such moves read no better. A bare person's name takes its role in
`zh_person_role` ("新乡贤陈啸"), not here.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.tokenize import tag_zh

MAX_CHARS = 12  # the owner and the title together, at most
MIN_OWNER = 2  # characters: one ("岛" of 上岛勘察设计) is a clause's piece, no owner
MIN_SAID = 2  # the owner said this often in the document: its own thing, not one sentence's
_OWNER_TAGS = frozenset({"n", "nz", "vn", "ng", "nt", "j", "l", "a", "b"})  # a noun run's words
_OWNER_ENDS = frozenset({"n", "nz", "ng", "nt", "j", "l"})  # what the run ends on: a noun


@cache
def owned_nouns() -> frozenset[str]:
    """The nouns that name nothing without their owner (`data/zh_owned_nouns.tsv`)."""
    return frozenset(data_lines("zh_owned_nouns.tsv"))


def owned_titles(titles: list[str], every_text: list[str], used: set[str], shown: str = "") -> list[str]:
    """Each title, or with its owner where it names nothing alone (the module's docstring);
    `used` (casefolded titles given) takes each new title in its old one's place; `shown`: the
    overview's title, which no new title holds or is held by either."""
    result: list[str] = []
    for title in titles:
        others = {t.casefold() for t in [*titles, *result, shown] if t and t != title} | (used - {title.casefold()})
        new = owned_title(title, every_text, others)
        if new != title:
            used.discard(title.casefold())
            used.add(new.casefold())
        result.append(new)
    return result


def owned_title(title: str, every_text: list[str], others: set[str]) -> str:
    """`title` with the owner the document writes before it most, or `title` (the module's docstring)."""
    ends = _ends_for(title)
    if not ends:
        return title
    counts: dict[str, int] = {}
    for text in every_text:
        for owner in _owners_before(title, text, ends):
            counts.setdefault(owner, sum(t.count(owner) for t in every_text))
    ranked = sorted(((n, len(o), o) for o, n in counts.items() if n >= MIN_SAID), reverse=True)
    for _, _, owner in ranked:
        whole = owner + title
        folded = whole.casefold()
        if not any(folded in u or u in folded for u in others):
            return whole
    return title


def _ends_for(title: str) -> frozenset[str]:
    """The tags an owner of `title` may end on; none where the title names something alone."""
    return _OWNER_ENDS if title in owned_nouns() else frozenset()


def _owners_before(title: str, text: str, ends: frozenset[str]) -> list[str]:
    """Each run of noun words `text` writes right before `title` where it says the title as words
    of its own, from the shortest: "小组", "领导小组" of "领导小组成员"."""
    found: list[str] = []
    at = text.find(title)
    while at >= 0:
        low = max(0, at - MAX_CHARS)
        words = tag_zh(text[low : at + len(title) + 1])
        starts, position = {}, 0
        for index, (word, _) in enumerate(words):
            starts[position] = index
            position += len(word)
        first = starts.get(at - low)
        end = at - low + len(title)
        if first is not None and (end in starts or end == position) and first > 0 and words[first - 1][1] in ends:
            owner = ""
            for word, tag in reversed(words[:first]):
                if tag not in _OWNER_TAGS or len(owner) + len(word) + len(title) > MAX_CHARS:
                    break
                owner = word + owner
                if len(owner) >= MIN_OWNER:
                    found.append(owner)
        at = text.find(title, at + 1)
    return found
