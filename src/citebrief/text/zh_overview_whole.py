"""A Chinese overview subject the article never says as a phrase of its own, only as the front of
longer ones, given whole as its overview's bullets say it: "青藏高原生态环境", not "青藏高原生态"
(zh-news 121), where the text says "青藏高原生态安全屏障", "……生态环境", "……生态屏障", "……生态建设".

The chunker may take the front that several phrases share as their subject; the front names no
thing, and the title reads cut. `zh_close.closed` adds the noun that always follows; here the nouns
differ, so the one the overview's own bullets say decides, where they say just one.
"""

from __future__ import annotations

from citebrief.text.titles import starts, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_close import closed

MAX_CHARS = 12  # a title's most characters
MIN_SAID = 2  # said once, the phrase's one reading is `closed`'s to give
# the tags of a word that goes on a noun phrase: a noun, a noun-like adjective ("安全" of 安全屏障),
# a verbal noun ("建设"), an abbreviation
_GOES_ON = frozenset({"n", "an", "vn", "j", "nz"})
_CUT_WORD = _GOES_ON | {"l"}  # a word the subject cuts may be a set phrase too ("生态环境")


def said_whole(subject: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`subject` with the rest of the phrase its overview's `bullets` say it in, where every place
    `texts` say it (MIN_SAID at least) it runs on into a longer noun phrase and the bullets give it
    one such phrase only; else `subject`. `used` holds the one that stands."""
    if not subject or len(subject) >= MAX_CHARS:
        return subject
    said = 0
    for text in texts:
        for at in starts(subject, text):
            if not _run_on(subject, text, at):  # said alone once: a phrase of its own
                return subject
            said += 1
    if said < MIN_SAID:
        return subject
    whole = {_run_on(subject, bullet, at) for bullet in bullets for at in starts(subject, bullet)}
    if len(whole) != 1:
        return subject
    (rest,) = whole
    if not rest or len(subject + rest) > MAX_CHARS:
        return subject
    # "青藏高原生态安全" goes on to its head as the text always does ("……安全屏障")
    return swapped_title(subject, closed(subject + rest, texts), used)


def _run_on(subject: str, text: str, at: int) -> str:
    """The characters that take `subject`, said at `at` of `text`, on to the end of the noun
    phrase's next word: the rest of a word it cuts ("生态|环境" of 生态环境), else the noun that
    follows it ("屏障"); '' where the phrase ends there (a verb, a particle, a stop follows)."""
    end = at + len(subject)
    low = max(0, at - 2)  # a word that starts before the subject is tagged whole
    place = low
    for word, tag in tag_zh(text[low : end + MAX_CHARS]):
        after = place + len(word)
        if place < end < after:
            return text[end:after] if tag in _CUT_WORD else ""
        if place == end:
            return word if tag in _GOES_ON and len(word) >= 2 else ""
        place = after
    return ""


def rewholed(title: str, bullets: list[str], texts: list[str]) -> str:
    """The phrase `said_whole` now gives the front of `title` that the overview's `bullets` no
    longer say whole: "青藏高原生态环境" where "青藏高原生态安全屏障" was taken from a bullet that
    moved on (zh-news 121); '' where `title` is said in the bullets or no front of it runs on."""
    if not title or any(title in bullet for bullet in bullets):
        return ""
    for size in range(len(title) - 1, 1, -1):
        front = title[:size]
        whole = said_whole(front, bullets, texts, set())
        if whole != front:
            return whole if whole != title and any(whole in bullet for bullet in bullets) else ""
    return ""
