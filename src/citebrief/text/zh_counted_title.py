"""A Chinese news group's title that its bullets say after a count, where the one chosen is one
bullet's detail: "生产生活用水" over two counties' water trucks, each "保障……2.64万人生产生活用水",
not "全天候补水" of one of them. Blind readers of zh-news briefs mark a title they find under one
bullet as a detail, not what the group is about.

The chunker reads a count's unit as a noun ("2.64|万人|生产|生活|用水": 万人 is tagged n), so
the phrase every bullet shares opens inside a number ("万人生产生活用水") and the title steps
pass it by as a fragment, while its rest ("生产生活用水") looks cut from the noun run before
it. Here the rest is taken where each place the bullets say it follows a number and its unit
(`_COUNT_BEFORE`): the count says how many, the rest says of what. The rest is two words or more
(a word alone after a count is mostly the unit's thing, "人", "户"), said by every bullet (two
or more) while the title is said by one at most, as rare as `zh_most_said` asks a shared phrase
to be, no place, office or poor shape, and free of the titles given.
"""

from __future__ import annotations

from citebrief.text.chunks import Chunk, zh_chunks_into
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of
from citebrief.text.zh_most_said import MIN_IDF
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, saying, where

MIN_BULLETS = 2
MIN_CHARS = 4
MAX_CHARS = 12
MIN_WORDS = 2
# a count's unit the tagger reads as a noun: a magnitude or "more than" and what is counted
# ("万人", "余名", "多户"); the phrase after it is what there are so many of
_COUNT_UNIT = LazyPattern(r"[万千百亿余多][人名户家]")
# a number and its unit right before a place a bullet says the phrase ("2.64万人", "2000余名")
_COUNT_BEFORE = LazyPattern(r"[0-9０-９.]+[万千百亿余多][人名户家]$")


def counted_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or what every one of `bullets` says there are so many of, where `title` is said by
    one of them at most (see the module's docstring). `texts`: the group's paragraphs; `used`: the
    titles given already (casefolded), this one's excepted."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) > 1:
        return title
    if not any(_COUNT_UNIT.search(b) for b in bullets):  # most groups: no count of people or homes
        return title
    chunks: dict[str, Chunk] = {}
    for bullet in bullets:
        zh_chunks_into(bullet, chunks)
    found: list[tuple[str, tuple[str, ...]]] = []
    for text, chunk in chunks.items():
        if chunk.kind != "np" or not _COUNT_UNIT.fullmatch(chunk.words[0]) or len(chunk.words) <= MIN_WORDS:
            continue
        rest, words = text[len(chunk.words[0]) :], chunk.words[1:]
        if MIN_CHARS <= len(rest) <= MAX_CHARS and saying(rest, bullets) == len(bullets) and _counted(rest, bullets):
            found.append((rest, words))
    if not found:
        return title
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    table = background_idf()
    for rest, words in sorted(found, key=lambda f: (-len(f[0]), f[0])):
        if max(table.lookup(list(words)).tolist()) < MIN_IDF or where(rest, bullets) or office(words):
            continue
        if poor_zh_title(rest, texts) or not free_of(rest, used):
            continue
        return rest
    return title


def _counted(phrase: str, bullets: list[str]) -> bool:
    """Whether every place the bullets say `phrase` follows a number and its unit ("2.64万人")."""
    for bullet in bullets:
        start = bullet.find(phrase)
        while start >= 0:
            if not _COUNT_BEFORE.search(bullet, 0, start):
                return False
            start = bullet.find(phrase, start + 1)
    return True
