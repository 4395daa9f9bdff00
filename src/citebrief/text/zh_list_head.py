"""A Chinese news group's title that is one item of a list its bullet gives, said nowhere else in
the group: the kind the list is of names the group ("赛道", not "制造业低碳化" of the contest's
three tracks; "强对流天气", not "雷暴大风" of 短时强降水、雷暴大风或冰雹等强对流天气; "重大案件", not
one "污染环境案" of those cracked). An item is one of several things picked by chance (blind
readers: "制造业低碳化 names one of a contest's three tracks").

The kind is the noun phrase the list closes on ("……等一批重大案件", "……五个主题体验区") or the one
that opens it ("三个赛道，分别是……"), a rare one (rarer than 文化 or 服务: not "产品", "犯罪",
"形式"), no place, no poor shape, on word boundaries of the group's paragraphs and free of the
titles given; where there is none, the title stays.
"""

from __future__ import annotations

from citebrief.text.chunks import zh_chunks
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, free_of, on_word_boundaries, starts
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, where

LIST_MARK = "、"
# what closes a list before the kind: "等", "等等", a count ("五个", "一批", "10大") or both
_COUNT = r"(?:[0-9一二三四五六七八九十两几多数]+[个项类种大批条家所名场支]|一系列|众多|各类|多种)"
_CLOSE = LazyPattern(rf"(?:等等|等)?{_COUNT}?")
# what opens a list after the kind: "三个赛道，分别是A、B、C", "包括A、B"
_OPEN = LazyPattern(r"，?(?:分别是|分别为|包括)")
MAX_KIND_CHARS = 12
_CLAUSE_END = LazyPattern(r"[，。；：！？,;:!?]")
_COUNT_FRONT = LazyPattern(rf"^{_COUNT}")
MIN_IDF = 7.0  # as zh_most_said's: the kind's rarest word is rarer than 文化, 服务, 产品
MIN_WORD = 2
MIN_CHARS = 2
# a list of places closes on what they are ("台南、高雄、花莲等县市"): where, not what the group reports
_PLACE_KINDS = tuple("市县省区镇乡村州国")


def list_head(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the kind of the list it is an item of where the bullets say it only as an
    item (module doc); `texts`: the group's paragraphs; `used`: the titles given, casefolded."""
    spots = [(b, at) for b in bullets for at in starts(title, b)]
    if not spots or not all(_item(b, at, len(title)) for b, at in spots):
        return title
    for bullet, at in spots:
        for kind in (_closing_kind(bullet, at + len(title)), _opening_kind(bullet, at)):
            if kind and _good(kind, bullets, texts, used):
                return kind
    return title


def _item(bullet: str, at: int, size: int) -> bool:
    """Whether the phrase at `at` stands next to a list mark, or closes a list before 等."""
    after = bullet[at + size : at + size + 1]
    return bullet[at - 1 : at] == LIST_MARK or after == LIST_MARK or (after == "等" and LIST_MARK in bullet[:at])


def _closing_kind(bullet: str, end: int) -> str:
    """The noun phrase the list the item ending at `end` belongs to closes on: past its later
    items to the first 等 of the clause, then past a count ("等一批重大案件" → "重大案件")."""
    clause_end = _CLAUSE_END.search(bullet, end)
    rest = bullet[end : clause_end.start() if clause_end else len(bullet)]
    marker = rest.find("等")
    if marker < 0:
        return ""  # no 等: where the last item ends is not known
    after = rest[marker:]
    close = _CLOSE.match(after)
    return _np_at(after[close.end() if close else 0 :], front=True)


def _opening_kind(bullet: str, at: int) -> str:
    """The noun phrase before "分别是" or "包括" that opens the list the item at `at` is of (no
    clause mark between the opener and the item)."""
    openers = [m for m in _OPEN.finditer(bullet, 0, at) if not _CLAUSE_END.search(bullet, m.end(), at)]
    if not openers:
        return ""
    before = bullet[: openers[-1].start()].rsplit("，", maxsplit=1)[-1]
    return _np_at(before[-MAX_KIND_CHARS:], front=False)


def _np_at(text: str, *, front: bool) -> str:
    """The longest whole noun phrase that `text` opens on (`front`) or ends on, its count cut."""
    best = ""
    for chunk in zh_chunks(text):
        if chunk.kind != "np" or not chunk.whole or chunk.name_only:
            continue
        placed = text.startswith(chunk.text) if front else text.endswith(chunk.text)
        if placed and len(chunk.text) > len(best):
            best = chunk.text
    best = _COUNT_FRONT.sub("", best)
    return best if len(best) >= MIN_CHARS and _rare(best) else ""


def _rare(phrase: str) -> bool:
    chunk = next((c for c in zh_chunks(phrase) if c.text == phrase), None)
    words = list(chunk.words) if chunk else [phrase]
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    values = [v for w, v in zip(words, background_idf().lookup(words).tolist(), strict=True) if len(w) >= MIN_WORD]
    return bool(values) and max(values) >= MIN_IDF and not office(tuple(words))


def _good(kind: str, bullets: list[str], texts: list[str], used: set[str]) -> bool:
    if not free_of(kind, used) or kind.endswith(_PLACE_KINDS) or where(kind, bullets) or poor_zh_title(kind, texts):
        return False
    return any(on_word_boundaries(kind, t, "zh") and cleanly_cut(kind, t, "zh") for t in texts if kind in t)
