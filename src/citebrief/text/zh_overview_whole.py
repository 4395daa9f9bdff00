"""A Chinese overview subject that cuts a word and that the article never says as a phrase of its
own, given whole: "青藏高原生态环境", not "青藏高原生态" (zh-news 121), where the text says
"青藏高原生态安全屏障", "……生态环境", "……生态屏障" and "……生态建设" (生态环境, 生态建设: one word each
to the tagger, so the title ends inside a word).

The chunker may take the front that several phrases share as their subject; the front names no
thing, and the title reads cut. `zh_close.closed` adds the noun that always follows; here what
follows differs, so the word the overview's bullets cut decides, where they cut just one, else
the first the article cuts (the bullet that says it may join the overview later). A noun of its
own after the subject ("中国机器人|技术", zh-news 34 as the benches cut it) leaves a phrase the
reader finds whole, and the subject stands.
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
    """`subject` with the rest of the word it cuts, where every place `texts` say it (MIN_SAID at
    least) it runs on into a longer noun phrase: the word its overview's `bullets` cut, where they
    cut one only, else the first `texts` cut; else `subject`. `used` holds the one that stands."""
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
    # only a word the subject cuts ("生态|环境" of 生态环境) makes it read cut
    whole = {_run_on(subject, bullet, at, cut=True) for bullet in bullets for at in starts(subject, bullet)} - {""}
    if len(whole) > 1:
        return subject
    # none in the bullets (the overview takes the one that says it later): the first the article cuts
    cuts = (_run_on(subject, text, at, cut=True) for text in texts for at in starts(subject, text))
    rest = whole.pop() if whole else next(filter(None, cuts), "")
    if not rest or len(subject + rest) > MAX_CHARS:
        return subject
    # and on to the head the text always gives the whole, if any (`zh_close`)
    return swapped_title(subject, closed(subject + rest, texts), used)


def _run_on(subject: str, text: str, at: int, *, cut: bool = False) -> str:
    """The characters that take `subject`, said at `at` of `text`, on to the end of the noun
    phrase's next word: the rest of a word it cuts ("生态|环境" of 生态环境), else (not where `cut`
    asks for that only) the noun that follows it ("屏障"); '' where the phrase ends there (a verb,
    a particle, a stop follows)."""
    end = at + len(subject)
    low = max(0, at - 2)  # a word that starts before the subject is tagged whole
    place = low
    for word, tag in tag_zh(text[low : end + MAX_CHARS]):
        after = place + len(word)
        if place < end < after:
            return text[end:after] if tag in _CUT_WORD else ""
        if place == end:
            return word if tag in _GOES_ON and len(word) >= 2 and not cut else ""
        place = after
    return ""
