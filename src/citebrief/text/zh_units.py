"""A Chinese title cut inside a term the article keeps together, given whole: "次生灾害", not
"灾害" (次生|灾害); "黄河滩区迁建", not "黄河滩区"; "因子分解", not "因子"; "监测违法率", not
"监测违法" (违法|率).

The tagger's dictionary lacks many terms (次生灾害, 全民健身, 因子分解), so it reads them as two
words and a title may end (or start) between them: the word-boundary checks pass, and the reader
sees a modifier without its head. The article itself says which words belong together: where two
words stand side by side twice or more and the title's word seldom stands without the other,
they are one term to the reader (a verb joins only where it too seldom stands apart: 全民健身).
A term the article says once counts too where the title's word is said nowhere else and a noun
follows it, or, after a title of one word, a verb that ends a list item ("因子分解、优化、模拟").
One character that heads noun phrases (率, 论, 亭 …), split off as a word of its own, goes back
on wherever the bullets say the title before it.
Not a verb a figure follows ("同比|增长3.8%": the sentence's news, not the thing's name), nor
a word that only says which part ("方面", "领域"), a scope before ("全省"), a place or a body
after, nor a word a single character goes before ("新|时代"). A term said once whose second
word the tagger reads as a verb ("营业|收入超过", beside "队伍集中|驻防") is left as it is: the
article gives no sign which is a term.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from citebrief.text.titles import cleanly_cut, on_word_boundaries, starts
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title

MAX_CHARS = 12  # a title's most characters
MIN_TOGETHER = 2  # twice side by side: a term; once is chance, unless the word is never apart
APART_SHARE = 0.5  # the word stands without its partner at most half as often as with it
MAX_STEPS = 2
MIN_PART = 2  # a character alone is grammar more often than a term's part ("叫|广东桥", "19项|支持政策")
_NOUNS = frozenset({"n", "vn", "nz", "j", "ng"})
_VERBS = frozenset({"v", "vn"})
# what a part of a term may be tagged: a noun, a verb (健身, 迁建), a distinguishing word (跨境)
_PART_TAGS = _NOUNS | _VERBS | {"b", "an", "a", "ns", "nt", "l"}
# a second part that says which part or what kind, not what: the title without it says the same
_PLAIN = frozenset({"方面", "领域", "工作", "情况", "问题", "过程", "活动", "有关", "相关", "总体", "方式"})

_NAMES = frozenset({"ns", "nt", "nr", "nrt"})
# one character that heads a noun phrase ("违法率", "血脉论", "微笑亭"), read as a word of its own
# where the dictionary lacks the whole; not a place's (市, 镇: `where` tells those) nor a body's
_SUFFIXES = frozenset("率量论亭馆园库节展赛奖费额值者品")
_SCOPES = frozenset("全本各该")  # "全省", "本市", "各地", "该县": how far, not which
_ITEM_ENDS = frozenset({"x", "c", "u", "uj"})  # a mark, a conjunction, 等 or 的 after a list item
_PARTICLES = frozenset("的在和与及对将是把被从向给为了由等")
CONTEXT = 6  # characters before a phrase tagged to find the word that goes before it

Pair = tuple[str, str]


def word_counts(word: str, pair: Pair, texts: Iterable[str]) -> tuple[int, int]:
    """How often the article says `word` as a word, and the two words of `pair` side by side: read
    off the paragraphs that hold `word` at all (a few; the rest are never tagged for it)."""
    alone = together = 0
    for text in texts:
        if word not in text:
            continue
        said = [w for w, _ in tag_zh(text)]
        alone += said.count(word)
        together += sum(1 for two in pairwise(said) if two == pair)
    return alone, together


def _figured(pair: Pair, texts: tuple[str, ...]) -> bool:
    """Whether a figure follows the two words somewhere in the article ("同比增长3.8%")."""
    term = "".join(pair)
    return any(text[at + len(term) : at + len(term) + 1].isdigit() for text in texts for at in starts(term, text))


def _unit(
    pair: Pair, tags: tuple[str, str], after: str, lone: str, texts: tuple[str, ...], *, bare: bool = False
) -> bool:
    """Whether the article keeps the two words together as one term; `lone` is the one of them
    that must seldom stand without the other (the title's word), `after` the tag of the word
    after the pair ('' at a title's start: a term said once is not read there); `bare`: the
    title is that one word."""
    if tags[0] not in _PART_TAGS or tags[1] not in _PART_TAGS:
        return False
    said, together = word_counts(lone, pair, texts)
    if not together:
        return False
    if tags[1] in _VERBS and _figured(pair, texts):  # "同比|增长3.8%": the news, not a name
        return False
    apart = said - together
    if together >= MIN_TOGETHER:  # a verb (健身, 迁建) is the term's only where it too seldom stands apart
        other = pair[1] if lone == pair[0] else pair[0]
        verb = tags[1] == "v" and word_counts(other, pair, texts)[0] - together > APART_SHARE * together
        return apart <= APART_SHARE * together and not verb
    # said once: a term where the word is said nowhere else and a noun follows it (营业|收入 is
    # tagged a verb: not read, as a verb after a noun is mostly what the thing did), or, after a
    # bare word, a verb that ends a list item or a clause ("在因子|分解、优化、模拟等方面")
    heads = tags[1] in _NOUNS - {"vn"} or (tags[1] == "vn" and after in _NOUNS)
    heads = heads or (bare and tags[1] == "v" and after in _ITEM_ENDS)
    return bool(after) and apart == 0 and heads


def _neighbours(title: str, bullets: list[str]) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    """The words right after and right before `title` where the bullets say it on word
    boundaries: (word, tag, tag of the word after it) and (word, tag)."""
    following: set[tuple[str, str, str]] = set()
    preceding: set[tuple[str, str]] = set()
    for bullet in bullets:
        if title not in bullet:
            continue
        tagged = tag_zh(bullet)
        ends = {}
        at = 0
        for k, (word, _) in enumerate(tagged):
            ends[at] = k
            at += len(word)
        ends[at] = len(tagged)
        start = bullet.find(title)
        while start >= 0:
            first, past = ends.get(start), ends.get(start + len(title))
            if first is not None and past is not None:
                nxt = tagged[past] if past < len(tagged) else ("", "x")
                after = tagged[past + 1][1] if past + 1 < len(tagged) else "x"
                following.add((*nxt, after))
                preceding.add(tagged[first - 1] if first > 0 else ("", "x"))
            start = bullet.find(title, start + 1)
    return following, preceding


def unit_whole(title: str, bullets: list[str], texts: list[str]) -> str:
    """`title` with the word after (or before) it where, wherever the group's bullets say it,
    that word and the title's last (or first) word are one term of the article (see the
    module's docstring), as long as the whole fits a title and is a clean phrase of `texts`;
    else `title` as it is."""
    article = tuple(texts)
    whole = title
    for _ in range(MAX_STEPS):
        grown = _grown(whole, bullets, article)
        if grown == whole or len(grown) > MAX_CHARS:
            break
        if poor_zh_title(grown, texts) or not any(
            on_word_boundaries(grown, t, "zh") and cleanly_cut(grown, t, "zh") for t in texts
        ):
            break
        whole = grown
    return whole


def _grown(title: str, bullets: list[str], article: tuple[str, ...]) -> str:
    words = tag_zh(title)
    if not words:
        return title
    following, preceding = _neighbours(title, bullets)
    (last, last_tag), (first, first_tag) = words[-1], words[0]
    if len(following) == 1:
        word, tag, after = next(iter(following))
        if word in _SUFFIXES:  # "监测违法|率", "《达摩血脉|论》": the tagger split the head's one character off
            return title + word
        # not a place or a body after it: the next thing the sentence names ("…水晶|曼哈顿")
        if (
            _part(word)
            and tag not in _NAMES
            and len(last) >= 2
            and _unit((last, word), (last_tag, tag), after, last, article, bare=len(words) == 1)
        ):
            return title + word
    if len(preceding) == 1:
        ((word, tag),) = preceding
        # a word before the title that acts on it ("镇得|好村": a misread verb) is no part of its
        # name, nor is a scope ("全省|社会融资规模"), nor a word a character goes before ("新|时代")
        if not _part(word) or tag in _VERBS or word[0] in _SCOPES or not _opens_name(word + title, bullets):
            return title
        if _unit((word, first), (tag, first_tag), "", first, article):
            return word + title
    return title


def _opens_name(phrase: str, bullets: list[str]) -> bool:
    """Whether no single character goes before `phrase` where the bullets say it, other than
    a particle: "新|时代中国特色社会主义思想" is a piece of a longer name, "的|统战综合体品牌" none."""
    for bullet in bullets:
        at = bullet.find(phrase)
        while at >= 0:
            before = [w for w, _ in tag_zh(bullet[max(0, at - CONTEXT) : at])]
            if before and len(before[-1]) == 1 and "\u4e00" <= before[-1] <= "\u9fff" and before[-1] not in _PARTICLES:
                return False
            at = bullet.find(phrase, at + 1)
    return True


def _part(word: str) -> bool:
    """A word that may be part of a term: Chinese characters, not one that says which part."""
    return len(word) >= MIN_PART and all("\u4e00" <= c <= "\u9fff" for c in word) and word not in _PLAIN
