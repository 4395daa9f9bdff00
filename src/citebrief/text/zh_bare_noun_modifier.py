"""A Chinese news group's title still one bare two-character noun, no phrase nor name found for it
(`zh_bare_noun_title`, `zh_bare_noun_name`), takes the modifier its bullets write before it where
the bullets dwell on that modifier: "电源投资" over power investment by source (one bullet writes
"电源完成投资" and "电源投资"), not the bare "投资" (zh-news 6).

Blind readers of zh-news score a two-character title ("投资", "渔港", "气温") as naming nothing
they can place: it says what kind of figure or place, not whose. The modifier is a theme of the
group, not one bullet's passing detail, only where the group's bullets say its word twice or more
("单场直播" of one live stream, zh-news 65, and "特色民俗", zh-news 26, stay bare). The phrase:
one word the tagger reads as a thing's (noun, verbal noun, abbreviation, distinguishing word; no
place, person or adjective) right before the title, which ends it (no noun goes on after: the
title is its head, not a modifier of a longer run), with no noun before it ("中心渔港" is the tail
of 国家中心渔港), not one item of a "、" list, not negated where said, written by no other group's
bullet and not the overview's ("最高气温", zh-news 187, is the overview's); 3–12 characters, on
word boundaries and cleanly cut in a paragraph, no place, free of the titles given
(`zh_shared_act.fits`). Of several, the one more bullets write, then the one whose modifier is
said more, then the first.
"""

from __future__ import annotations

from citebrief.text.negated_phrases import negated_everywhere
from citebrief.text.titles import GroupTexts, each_swapped
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_bare_noun_name import bullets_with_overview
from citebrief.text.zh_shared_act import fits

MAX_TITLE_CHARS = 2  # a bare two-character title; longer ones name more already
MIN_MODIFIER_SAID = 2  # times the group's bullets say the modifier: a theme, not a detail
_HEAD_TAGS = frozenset({"n", "vn"})  # the title: a thing, or an act named as a thing ("投资")
# the modifier: a thing's word ("电源"), a verbal noun, an abbreviation or a distinguishing word;
# no place or person (where, whose: the name step reads those), no verb, no adjective ("小渔港")
_MODIFIER_TAGS = frozenset({"n", "vn", "nz", "j", "b"})
# the words a noun run goes on with: the title is a modifier of a longer run where one follows
_RUN_TAGS = frozenset({"n", "nz", "vn", "j", "l", "nt", "ns", "nr", "ng"})
_LIST_MARK = "、"


def modified_titles(
    titles: list[str], own: list[GroupTexts], used: set[str], overview_bullets: tuple[str, ...]
) -> list[str]:
    """`titles` with each bare two-character noun given the modifier its group dwells on (module
    docstring); `own`: each group's bullets and paragraphs, None for a heading's group; `used`: the
    titles given (casefolded), which follows each change; `overview_bullets`: the overview's."""
    return each_swapped(titles, own, bullets_with_overview(own, overview_bullets), used, _bare_head, _modified)


def _bare_head(title: str, bullets: list[str], texts: list[str]) -> bool:
    """One word of two characters or fewer the tagger reads as a noun or verbal noun."""
    del bullets, texts  # the title tells
    words = tag_zh(title)
    return len(title) <= MAX_TITLE_CHARS and len(words) == 1 and words[0][1] in _HEAD_TAGS


def _modified(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The modifier-and-title phrase the group dwells on (module docstring); '' where none fits."""
    writing: dict[str, set[int]] = {}
    said: dict[str, int] = {}
    for at, bullet in enumerate(bullets):
        for modifier in _modifiers(title, bullet):
            writing.setdefault(modifier + title, set()).add(at)
            said[modifier + title] = sum(b.count(modifier) for b in bullets)
    paragraphs = list(dict.fromkeys(texts))
    ranked = sorted(writing, key=lambda p: (-len(writing[p]), -said[p]))  # stable: first written on ties
    for phrase in ranked:
        if said[phrase] < MIN_MODIFIER_SAID or any(phrase in other for other in others):
            continue
        if negated_everywhere(phrase, bullets, "zh") or not fits(phrase, bullets, paragraphs, taken):
            continue
        return phrase
    return ""


def _modifiers(title: str, sentence: str) -> list[str]:
    """The thing's word right before each place the sentence writes `title` as a word heading its
    run (no noun after it), the run's first word (no noun before it), outside a "、" list."""
    words = tag_zh(sentence)
    found = []
    for at in range(1, len(words)):
        if words[at][0] != title or words[at - 1][1] not in _MODIFIER_TAGS:
            continue
        if at + 1 < len(words) and words[at + 1][1] in _RUN_TAGS:
            continue  # a modifier of a longer run ("河道恢复方案")
        if at > 1 and words[at - 2][1] in _RUN_TAGS:
            continue  # the tail of a longer modifier ("国家|中心|渔港")
        if _LIST_MARK in (words[at - 2][0] if at > 1 else "", words[at + 1][0] if at + 1 < len(words) else ""):
            continue  # one item of a list ("火电、水电投资"), not what the group says
        found.append(words[at - 1][0])
    return found
