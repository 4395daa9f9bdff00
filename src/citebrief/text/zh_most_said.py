"""A Chinese news group's title that most of its bullets say, where the one chosen is one
bullet's detail: "心血管疾病" over two bullets on heart disease, not "疾病发病率" of one of them;
"敦煌文献" over the scholar's three works, not "文献全集".

The covering title (`title_choice._covering_title`) asks a phrase most bullets say to be as
rare as a name (it keeps out 发展, 工作, 会议); a phrase of two words or more that two bullets
or more say, whose rarest word is rarer than 文化 or 服务, names the group too, and better than
a phrase a reader finds under one bullet alone. Not a place or an office (where or who acted),
not a piece of the chosen title ("那达慕" of 那达慕大会 names the same thing less exactly), nor
a longer form of it.
"""

from __future__ import annotations

from collections import Counter

from citebrief.text.chunks import Chunk, zh_chunks_into
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.zh_fragments import zh_fragment
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, rarest_word_idf, saying, where
from citebrief.text.zh_shared_part import shared_part

MIN_IDF = 7.0  # the rarest word is rarer than 文化, 服务, 企业, 产业 (the background table's IDF)
MIN_CHARS = 4  # two words: "动车组卫生间", "敦煌文献"; a word alone that many say is mostly a generic one
MAX_CHARS = 12
MIN_BULLETS = 2
_HAN_RUNS = LazyPattern(rf"[\u4e00-\u9fff]{{{MIN_CHARS},}}")  # a title's Chinese characters


def most_said(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the phrase of two words or more most of `bullets` say where `title` is said
    by one of them at most (see the module's docstring); the phrase occurs on word boundaries
    in `texts` (the group's paragraphs). `used`: the titles already given, which it may not repeat.
    Where there is none, the part of `title` most of them say (`zh_shared_part`: "诚信", not "诚信之光")."""
    said = _most_said(title, bullets, texts, used)
    return shared_part(title, bullets, texts, used) if said == title else said


def _most_said(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    if len(bullets) < MIN_BULLETS or saying(title, bullets) >= MIN_BULLETS:
        return title
    return said_phrase(title, bullets, texts, used) or title


def said_phrase(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The phrase of two words or more most of `bullets` say, neither a piece of `title` nor
    holding it, no place nor office (see the module's docstring); '' when there is none, however
    many bullets say `title`."""
    if len(bullets) < MIN_BULLETS:
        return ""
    need = max(MIN_BULLETS, (len(bullets) + 1) // 2)
    if not _shares_run(bullets, need, [title, *used]):  # most groups: nothing new that `need` bullets say
        return ""
    found = said_by_most(title, bullets, min_chars=MIN_CHARS, max_chars=MAX_CHARS, min_words=MIN_BULLETS)
    if not found:  # most groups: no phrase of several words that two bullets say
        return ""
    for text, chunk in found:
        if rarest_word_idf(chunk.words) < MIN_IDF or where(text, bullets) or office(chunk.words):
            continue
        if not _free(text, used) or poor_zh_title(text, texts):
            continue
        if all(zh_fragment(text, t) for t in texts if text in t):
            continue
        if any(on_word_boundaries(text, t, "zh") and cleanly_cut(text, t, "zh") for t in texts if text in t):
            return text
    return ""


def _shares_run(bullets: list[str], need: int, taken: list[str]) -> bool:
    """Whether `need` of the bullets say a run of MIN_CHARS characters in common that no title
    in `taken` holds: each run of a phrase they share is one, read before their phrases are (a
    set of runs a bullet, no tagger). Most share only the article's subject, the overview's title."""
    said: Counter[str] = Counter()
    for bullet in bullets:
        said.update({run for text in _HAN_RUNS.findall(bullet) for run in _runs(text)})
    return any(n >= need and not any(run in t for t in taken) for run, n in said.items())


def _runs(text: str) -> set[str]:
    """Every MIN_CHARS characters of `text` in a row (the slices made in C, not a loop's steps)."""
    last = len(text) - MIN_CHARS + 1
    return set(map(text.__getitem__, map(slice, range(last), range(MIN_CHARS, last + MIN_CHARS))))


def _free(phrase: str, used: set[str]) -> bool:
    """Neither a title given already nor a piece of one, nor one of them a piece of it (`used`
    is casefolded, so the phrase is too: "辅酶Q10功能性食品" is the overview's "辅酶q10功能性食品")."""
    folded = phrase.casefold()
    return not any(folded in u or u in folded for u in used if u)


def said_by_most(
    title: str, bullets: list[str], *, min_chars: int, max_chars: int | None = None, min_words: int = 1
) -> list[tuple[str, Chunk]]:
    """The whole noun phrases of `bullets` that most of them say (no name alone, no piece of
    `title` nor holding it; `min_chars` long at least, `max_chars` at most where given,
    `min_words` words at least), the most said and then the longest first: what a group's title
    may be where its own names one bullet's detail or a body."""
    need = max(MIN_BULLETS, (len(bullets) + 1) // 2)
    chunks: dict[str, Chunk] = {}
    for bullet in bullets:
        zh_chunks_into(bullet, chunks)
    found = []
    for text, chunk in chunks.items():
        if len(text) < min_chars or (max_chars is not None and len(text) > max_chars):
            continue
        if chunk.kind != "np" or len(chunk.words) < min_words:
            continue
        if not chunk.whole or chunk.name_only or text in title or title in text:
            continue
        said = saying(text, bullets)  # counted once a phrase
        if said >= need:
            found.append((said, len(text), text, chunk))
    found.sort(key=lambda f: (-f[0], -f[1], f[2]))
    return [(text, chunk) for _, _, text, chunk in found]
