"""A Chinese news group title that says again what a title before it says gives way to what the
group's bullets say more.

Blind readers of zh-news briefs mark a group title that repeats the overview's or an earlier
group's: "强降雨" under the overview's "最大规模降雨" (both 降雨). Reads a news group's title
beside the titles given before it (the overview's subject and the earlier groups', casefolded in
the `used` set the title steps get): where the title is inside one of them, or is its head word
of two characters or more with at most one character before it ("强|降雨"), the title gives way
to the group's noun phrase that more of its bullets say than say the title (two at least), of
2-12 characters, on word boundaries of the group's cited paragraphs, as rare as a term (not
"孩子", "地面"), not a place, a body or a poor title, not a piece of the title ("线下" of
"线下论坛"), and neither inside another title nor holding one nor ending on its head: "积水" (all
four bullets on flooded roads), not "强降雨" again. Where the group has none the title stays.

Over zh-news' 200 items such repeats are few (8 by shared head or one inside the other) and most
are parallel strands ("防汛三级应急响应" beside a four-level one, "外汇管理与服务" beside
"金融管理和服务", clts' "X潜在危险" list) or a name ("沈德咏" under his case), which stay. Tried and
left: any title sharing a word with another and adding only common words ("救援队伍" beside
"应急救援"), whose new titles read worse ("团队" for "设计团队"); a modifier of two characters or
more ("京味文化" beside "北京中轴线文化" is a strand of its own: "市集" read worse).
"""

from __future__ import annotations

from citebrief.text.chunks import MAX_ZH_CHARS, zh_chunks
from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_all_said_word import MIN_IDF
from citebrief.text.zh_place_title import place_alone
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, saying, where

MIN_BULLETS = 2  # a phrase two bullets say names what the group adds, one bullet's is a detail
MIN_CHARS = 2
MIN_HEAD = 2  # a head word of one character ("会", "案") is no repeat
# characters a title may put before another's head and still say only it ("强|降雨"); one that
# says more is a strand of its own ("京味文化" beside "北京中轴线文化": its modifier names it)
MAX_ADDED = 1


def head_word(title: str) -> str:
    """The title's last word (its head in Chinese), '' when it is shorter than `MIN_HEAD`."""
    words = tag_zh(title.rpartition("：")[2])
    head = words[-1][0] if words else ""
    return head if len(head) >= MIN_HEAD else ""


def repeats(title: str, other: str) -> bool:
    """Whether `title` says again what `other` says: it is a piece of it, or both end on one head word."""
    own, theirs = title.rpartition("：")[2].casefold(), other.rpartition("：")[2].casefold()
    if len(own) < MIN_CHARS or len(theirs) < MIN_CHARS or own == theirs:
        return False
    if own in theirs:
        return True
    return _ends_on(own, theirs)


def _ends_on(own: str, theirs: str) -> bool:
    """Whether `own` is the other's head word with a character at most before it ("强|降雨")."""
    head = head_word(theirs)  # "最大规模|降雨" ends on 降雨; "强降雨" is one word of it
    return bool(head) and own.endswith(head) and len(own) - len(head) <= MAX_ADDED


def _free(phrase: str, taken: set[str]) -> bool:
    """A phrase no title in `taken` holds, holds, or shares its head word with."""
    folded = phrase.casefold()
    return not any(t and (t in folded or folded in t or _ends_on(folded, t)) for t in taken)


def distinct_zh_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or where it repeats a title in `used` the group's noun phrase most of its
    `bullets` say (more than say the title, two at least; the longer where they tie, the first
    then) that is free of every title in `used` (see the module's docstring); `texts`: the
    group's paragraphs."""
    if not title or "：" in title or "、" in title or len(bullets) < MIN_BULLETS:
        return title  # a heading's title and a run's two things are the steps' before
    taken = used - {title.casefold()}
    if not any(repeats(title, other) for other in taken):
        return title
    own = saying(title, bullets)  # the new name must be the group's more than the repeat is
    found: dict[str, int] = {}
    for bullet in bullets:
        for chunk in zh_chunks(bullet):
            phrase = chunk.text
            if chunk.kind != "np" or phrase in found or not MIN_CHARS <= len(phrase) <= MAX_ZH_CHARS:
                continue
            said = saying(phrase, bullets)
            if said < max(MIN_BULLETS, own + 1) or phrase in title or not _free(phrase, taken):
                continue  # "线下" of "线下论坛" adds nothing
            if _common(phrase) or poor_zh_title(phrase, texts) or where(phrase, bullets):
                continue
            if place_alone(phrase, texts) or office(tuple(w for w, _ in tag_zh(phrase))):
                continue
            cited = [t for t in texts if phrase in t]
            if cited and all(on_word_boundaries(phrase, t, "zh") and cleanly_cut(phrase, t, "zh") for t in cited):
                found[phrase] = said
    if not found:
        return title
    return max(found, key=lambda p: (found[p], len(p)))


def _common(phrase: str) -> bool:
    """A word as common as "孩子" or "地面" (background IDF under `MIN_IDF`): who or where, no strand."""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    return float(background_idf().lookup([phrase]).tolist()[0]) < MIN_IDF
