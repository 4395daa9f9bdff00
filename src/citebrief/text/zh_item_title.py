"""A Chinese news group's title that is one item of a list one bullet gives, said by no other
bullet: a thing most of the group's bullets say names it instead ("鱼粉" over two bullets on the
fish meal shipped, not "冈比亚输华饲料用鱼粉" of 鱼粉、鱼油等; blind readers: "names one of several
things the bullet lists, not what the group is about").

Reads a group's bullets and cited paragraphs. An item stands next to a list mark (、) or closes a
list before 等, 和, 及 or 以及. The new title is a word most bullets say, each time at a noun
phrase's end, rare (its rarest word rarer than 文化 or 服务), no place nor office nor poor shape, 2-12
characters on word boundaries of the group's paragraphs, and no piece of a title given (the
overview's among them). Where there is none, the kind the list closes on names the group, read
past a quoted word that describes it ("画像机器人等众多“新奇特”展品" → "展品": `zh_list_head` reads
the kind; the quote hid it); else the title stays.
"""

from __future__ import annotations

import re

from citebrief.text.chunks import zh_chunks
from citebrief.text.titles import cleanly_cut, on_word_boundaries, starts
from citebrief.text.zh_fragments import zh_fragment
from citebrief.text.zh_list_head import list_head
from citebrief.text.zh_most_said import MIN_IDF
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, saying, where

LIST_MARK = "、"
_CLOSERS = ("等", "和", "及", "以及")  # what may follow a list's last item
MIN_CHARS = 2
MAX_CHARS = 12
MIN_BULLETS = 2  # a group of one bullet has no word most bullets say
_LINKS = frozenset("等和及与、")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a quoted word between a list's 等 (and count) and its kind ("等众多“新奇特”展品"): how the kind is
# described, read past so the kind itself is found
_COUNT = r"(?:[0-9一二三四五六七八九十两几多数]+[个项类种大批条家]|众多|各类|多种)"
_QUOTED_AFTER_CLOSE = re.compile(rf"(等{_COUNT}?)“[^”]{{1,6}}”")


def item_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the phrase most of `bullets` say where `title` is one bullet's list item (module
    doc); `texts`: the group's paragraphs; `used`: the titles given, casefolded."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) != 1 or not listed(title, bullets):
        return title
    said = _said(title, bullets, texts, used)
    if said:
        return said
    unquoted = [_QUOTED_AFTER_CLOSE.sub(r"\1", b) for b in bullets]
    return list_head(title, unquoted, texts, used) if unquoted != bullets else title


def listed(title: str, bullets: list[str]) -> bool:
    """Whether every place a bullet says `title` is as a list's item."""
    spots = [(b, at) for b in bullets for at in starts(title, b)]
    return bool(spots) and all(_item(b, at, len(title)) for b, at in spots)


def _item(bullet: str, at: int, size: int) -> bool:
    """Whether the phrase at `at` stands next to 、 or closes a list before 等, 和, 及 or 以及."""
    after = bullet[at + size : at + size + 2]
    if bullet[at - 1 : at] == LIST_MARK or after[:1] == LIST_MARK:
        return True
    return after.startswith(_CLOSERS) and LIST_MARK in bullet[:at]


def _said(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The rarest word most bullets say, each time as the end of a noun phrase ("鱼粉等",
    "用鱼粉、"), fit to title (module doc); '' when there is none."""
    need = max(MIN_BULLETS, (len(bullets) + 1) // 2)
    chunks = [c for b in bullets for c in zh_chunks(b) if c.kind == "np" and c.whole and not c.name_only]
    words = {w for c in chunks for w in c.words if MIN_CHARS <= len(w) <= MAX_CHARS}
    shared = [w for w in words if title not in w and saying(w, bullets) >= need]
    if not shared:
        return ""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    rarity = dict(zip(shared, background_idf().lookup(shared).tolist(), strict=True))
    for word in sorted(shared, key=lambda w: (-rarity[w], w)):
        if rarity[word] < MIN_IDF:
            break
        if all(_headed(word, b) for b in bullets if word in b) and _fit(word, bullets, texts, used):
            return word
    return ""


def _fit(phrase: str, bullets: list[str], texts: list[str], used: set[str]) -> bool:
    """Whether `phrase` may title the group: no place nor office nor poor shape, no piece of a
    title given, whole on word boundaries of a paragraph."""
    if where(phrase, bullets) or office((phrase,)) or poor_zh_title(phrase, texts):
        return False
    folded = phrase.casefold()
    if any(folded in u or u in folded for u in used if u):
        return False
    if all(zh_fragment(phrase, t) for t in texts if phrase in t):
        return False
    return any(on_word_boundaries(phrase, t, "zh") and cleanly_cut(phrase, t, "zh") for t in texts if phrase in t)


def _headed(word: str, bullet: str) -> bool:
    """Whether each time `bullet` says `word` it ends a noun phrase: what follows is no Han
    character, or a list's link."""
    for at in starts(word, bullet):
        after = bullet[at + len(word) : at + len(word) + 1]
        if after and _HAN.match(after) and after not in _LINKS:
            return False
    return True
