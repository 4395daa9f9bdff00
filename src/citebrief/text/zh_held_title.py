"""A Chinese news group's title that is a bare generic word ("渔船", "达标率", "客服", "农田"), the
other title steps done: blind readers of zh-news briefs mark such a title as no theme (a word most
bullets happen to share), while the group's own sentences often write the word inside the longer
noun phrase that names the thing: "近海捕捞渔船", "饮用水源水质达标率", "客服热线". That phrase
still reads as the group's word and says which one, so it takes the title's place.

The English counterpart is `en_title_held`. A bare word: one word of the tagger, or two characters,
of a plain noun's kind (not a name, a place or a body: those say who or where, and a longer
phrase of a name is mostly a detail of it). The phrase: a noun phrase the bullets (then the cited
paragraphs) make (`zh_chunks_into`) that holds the word on word boundaries, 3–12 characters, no
poor shape (`zh_poor_titles`), no place, no name alone, whole where one clause says it whole
(`zh_whole_said`: "道路积水" of "……排除道路积水", though first said in "道路积水问题"), longer than
the word; the one most bullets hold, else the one the group's paragraphs say most often, said
twice at least (once is one sentence's detail, not the group's thing). Not the overview's
subject or another group's title, nor a piece of one.
"""

from __future__ import annotations

from citebrief.text.chunks import Chunk
from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_detail_title import MEASURE_HEADS
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, saying, side_word, where
from citebrief.text.zh_whole_said import whole_said_chunks_into

MIN_CHARS = 3
MAX_CHARS = 12
MAX_BARE_CHARS = 2  # a word of two characters is bare whatever the tagger makes of it
MIN_SAID = 2  # a phrase said once is one sentence's detail
_PLAIN_TAGS = frozenset({"n", "vn", "nz", "an"})  # a thing's word; not nr, ns, nt (who, where)
_NOUN_TAGS = frozenset({"n", "vn", "nz", "an", "ng", "j"})
# a figure of the thing one sentence reports, not the thing ("发电量同比", "游客人数")
_MEASURES = (*MEASURE_HEADS, "同比", "环比", "比重", "占比", "人数", "数量", "全部")
_NOT_MODIFIER = frozenset({"v", "vd", "m", "q", "r", "p", "c", "d", "u", "ul", "f", "nr"})
# a judgement of the thing one sentence makes ("优质采购商"), not which thing it is
_JUDGEMENTS = ("优质", "优秀", "良好", "重要", "重点", "主要", "先进", "知名", "著名")


def held_zh_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the longer noun phrase the group writes it in where it is a bare generic word
    (see the module's docstring). `texts`: the group's paragraphs; `used`: the titles given
    already (casefolded), this one's excepted."""
    if not bare_zh(title, bullets):
        return title
    verdicts: dict[Chunk, bool] = {}  # each phrase's `_fits`, asked once: the paragraphs hold the bullets' phrases
    for pool in (bullets, texts):  # the bullets' phrases first, then the paragraphs'
        phrase = _holder(title, pool, bullets, texts, used, verdicts)
        if phrase:
            return phrase
    return title


def _holder(
    title: str, pool: list[str], bullets: list[str], texts: list[str], used: set[str], verdicts: dict[Chunk, bool]
) -> str:
    """The noun phrase of `pool` holding `title` that most bullets hold, else the one ending on it
    the paragraphs say most, twice at least (a longer phrase said as often wins: the whole name); ''.
    `verdicts` keeps each chunk's `_fits` for this title, group and `used`."""
    found: dict[str, Chunk] = {}
    for sentence in pool:
        if title in sentence:  # a phrase one clause says whole is whole ("……排除道路积水")
            whole_said_chunks_into(sentence, found)
    ranked: list[tuple[int, int, int, str]] = []
    for phrase, chunk in found.items():
        if phrase == title:  # the word alone, whole where a clause says it so, holds nothing more
            continue
        fits = verdicts.get(chunk)
        if fits is None:
            fits = verdicts[chunk] = _fits(title, phrase, chunk, bullets, texts, used)
        if fits:
            ranked.append((saying(phrase, bullets), sum(t.count(phrase) for t in texts), len(phrase), phrase))
    ranked.sort(key=lambda r: (-r[0], -r[1], -r[2], r[3]))
    for held, said, _, phrase in ranked:
        if held >= MIN_SAID and held * 2 > len(bullets):  # what most bullets say
            return phrase
        if said >= MIN_SAID and phrase.endswith(title):  # which one, said twice ("国家中心渔港")
            return phrase
    return ""


def bare_zh(title: str, bullets: list[str]) -> bool:
    """A generic word alone: one tagger word of a plain noun's kind (or two characters), no place."""
    words = tag_zh(title)
    if len(words) != 1 and len(title) > MAX_BARE_CHARS:
        return False
    if len(words) == 1 and words[0][1] not in _PLAIN_TAGS:
        return False
    return not where(title, bullets)


def _fits(title: str, phrase: str, chunk: Chunk, bullets: list[str], texts: list[str], used: set[str]) -> bool:
    """A noun phrase (not a verb's object: a clause) of 3–12 characters that opens or ends on
    `title` ("客服热线", one word of the tagger, holds it too) and ends on a noun, said on word
    boundaries, no poor shape, no place, name or body, free of the titles given."""
    if chunk.kind != "np" or chunk.name_only or not chunk.whole:
        return False
    if not MIN_CHARS <= len(phrase) <= MAX_CHARS or (not phrase.startswith(title) and not phrase.endswith(title)):
        return False
    if poor_zh_title(phrase, texts) or side_word(phrase, bullets) or not free_of(phrase, used):
        return False
    if phrase.endswith(_MEASURES) or office(chunk.words) or office(chunk.words[:-1]):  # "发电量同比", "研究院财政"
        return False
    words = tag_zh(phrase)
    if words[-1][1] not in _NOUN_TAGS or phrase.startswith(_JUDGEMENTS):  # "客服表示满意", "优质采购商"
        return False
    if words[0][1] == "vn" and phrase.endswith(title):  # "影响大运河": a verb's object
        return False
    if any(tag in _NOT_MODIFIER for _, tag in words[:-1]):  # "了祥芝渔港": a clause's piece, a name's
        return False
    return any(phrase in t and on_word_boundaries(phrase, t, "zh") for t in texts)
