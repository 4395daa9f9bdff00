"""A Chinese news group's title that is one item of a list one bullet gives, said by no other
bullet, where a quoted word hides the list's kind: the kind names the group ("画像机器人等众多“新奇特”展品"
→ "展品" over the robot fair's zones and exhibits; blind readers: "names one of several things the
bullet lists, not what the group is about"). `zh_list_head` reads a list's kind but not past
"“新奇特”"; this reads past a short quoted word between 等 (and a count) and the kind, then asks it.

An item stands next to a list mark (、) or closes a list before 等, 和, 及 or 以及. Tried and left: a
rare word most bullets end a noun phrase on; its one brief of 200 cut the title to its own head
("冈比亚输华饲料用鱼粉" → "鱼粉"), which a blind reader found said less (read 39k).
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import starts
from citebrief.text.zh_list_head import list_head
from citebrief.text.zh_shared import saying

LIST_MARK = "、"
_CLOSERS = ("等", "和", "及", "以及")  # what may follow a list's last item
MIN_BULLETS = 2  # a group of one bullet is titled by its own phrase
# a quoted word between a list's 等 (and count) and its kind ("等众多“新奇特”展品"): how the kind is
# described, read past so the kind itself is found
_COUNT = r"(?:[0-9一二三四五六七八九十两几多数]+[个项类种大批条家]|众多|各类|多种)"
_QUOTED_AFTER_CLOSE = LazyPattern(rf"(等{_COUNT}?)“[^”]{{1,6}}”")


def item_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the kind of the list it is one bullet's item of, read past a quoted word (module
    doc); `texts`: the group's paragraphs; `used`: the titles given, casefolded."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) != 1 or not listed(title, bullets):
        return title
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
