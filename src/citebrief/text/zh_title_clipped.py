"""A Chinese news group's title that every bullet saying it writes as a piece clipped out of one
longer phrase, given the phrase: "居住证办理同事同标", not "办理同事同标" (zh-news 7, the
residence permit's handling cut off its thing); "定型样机量产产线", not "样机量产产线" (zh-news 12,
the model's modifier cut off); "高架灯杆检查加固", not "高架灯杆检查" (zh-news 93, the pair of
acts cut in half); "调解优先原则", not "优先原则" (zh-news 108, the principle without what
takes priority).

Blind readers of zh-news briefs named these titles clipped. `zh_title_whole` gives a title the
end of a name; this gives it the one word that every bullet saying it writes right before it
(a thing's word or a modifier, not a place, person, figure or act: "电力|完成投资" keeps its
subject out) where the title starts on a thing's word, or any word but a name's or a light
verb's where it starts on a word that says something of the one before it (`data/zh_leaning_fronts.tsv`:
"调解|优先原则", mediation first) and goes on with a noun, or the act right after it where the
title ends on a verbal noun ("检查|加固"). The phrase is at most `MAX_CHARS` long, on word
boundaries and cleanly cut in a cited paragraph, and free of the other titles. A word saying where
the act goes ("回输|回去", `data/zh_directional_complements.tsv`) is no second act: "病人回输回去"
reads as a clause cut from its sentence (zh-clts 10).
"""

from __future__ import annotations

from functools import cache, partial

from citebrief.text.chunks import ZH_LIGHT_VERBS
from citebrief.text.data_files import data_lines
from citebrief.text.titles import (
    GroupTexts,
    cleanly_cut,
    each_retitled,
    free_of,
    on_word_boundaries,
    swapped_title,
)
from citebrief.text.tokenize import tag_zh

MAX_CHARS = 10
MIN_REST = 4  # "同事同标": what the act was done to, a phrase of its own
# acts written after the thing they are done to ("居住证|办理"); the tagger reads them as nouns
_AFTER_THING_ACTS = ("办理", "受理", "审批", "登记")
_THING_TAGS = frozenset({"n", "nz", "j", "vn", "l"})
MIN_WORD = 2  # a one-character word before or after ("会", "省") is grammar, not the phrase's
# the word a clipped phrase begins with: a modifier ("定型", "大型"); a noun before a noun is as
# often a place, a crowd or a share of them ("部分|农田", "职工|传授", "管内|京沪高铁")
_FRONT_TAGS = frozenset({"b"})
_TITLE_HEAD_TAGS = frozenset({"n", "nz", "j", "vn", "l"})  # a title starting on a verb has its subject before it
_ACT_TAGS = frozenset({"v"})  # "检查|加固": the second of two acts on one thing
_CLOSE_TAGS = frozenset({"c", "x", "uj"})  # after the pair the phrase closes: "检查加固|以及", "…|，"
# what a leaning word says something of: a thing, an act or a quality ("调解|优先", "人民|至上"); not a
# name, a figure, a pronoun or grammar
_LEANED_ON_TAGS = frozenset({"n", "nz", "j", "l", "vn", "v", "a", "an"})
_LEANING_HEAD_TAGS = frozenset({"n", "nz", "j", "l"})  # "优先|原则"; not "优先|发展": 优先 as a manner adverb


@cache
def _leaning_fronts() -> tuple[str, ...]:
    """The words that say something of the word before them (`data/zh_leaning_fronts.tsv`)."""
    return data_lines("zh_leaning_fronts.tsv")


@cache
def _complements() -> frozenset[str]:
    """The words that say where an act goes (`data/zh_directional_complements.tsv`)."""
    return frozenset(data_lines("zh_directional_complements.tsv"))


def clipped_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """Each title, or the longer phrase every bullet saying it clips it from (see the module's
    docstring). `own`: each group's bullets and paragraphs, None for a heading's group; `used`:
    the titles given (casefolded), which it updates."""
    return each_retitled(titles, own, used, _said_plain, partial(_unclipped, used=used))


def _said_plain(title: str, bullets: list[str]) -> bool:
    """Whether `title` is one thing (no "A、B", no "A：B") that a bullet says."""
    return "、" not in title and "：" not in title and any(title in b for b in bullets)


def _unclipped(title: str, bullets: list[str], texts: list[str], taken: set[str], *, used: set[str]) -> str:
    """The phrase the bullets saying `title` clip it from, cut cleanly in a paragraph, free of the
    `taken` titles and swapped into `used`; '' where none."""
    sayers = [b for b in bullets if title in b]
    phrase = _phrase(title, sayers) or _rest(title, sayers)
    # a leaning word's phrase adds the tagger's own word before the title, whose cut there the title
    # passed: a stray dictionary word across the new front ("提|出调|解") refuses no such phrase
    leaning = phrase.endswith(title) and phrase != title and title.startswith(_leaning_fronts())
    if (
        phrase
        and len(phrase) <= MAX_CHARS
        and free_of(phrase, taken)
        and any(
            on_word_boundaries(phrase, t, "zh") and cleanly_cut(title if leaning else phrase, t, "zh")
            for t in texts
            if phrase in t
        )
    ):
        return swapped_title(title, phrase, used)
    return ""


def _rest(title: str, sayers: list[str]) -> str:
    """The title without the act it opens on, where every one of `sayers` writes that act right
    after the thing it is done to ("居住证|办理|同事同标"): the act has lost its object, and the
    rest is what the bullets are about; '' where not so."""
    act = next((a for a in _AFTER_THING_ACTS if title.startswith(a)), "")
    rest = title[len(act) :]
    if not act or len(rest) < MIN_REST:
        return ""
    for bullet in sayers:
        words, position = tag_zh(bullet), 0
        for index, (word, _) in enumerate(words):
            if position == bullet.find(title):
                if index == 0 or words[index - 1][1] not in _THING_TAGS:
                    return ""
                break
            position += len(word)
        else:
            return ""
    return rest


def _phrase(title: str, sayers: list[str]) -> str:
    """The title with the word every one of `sayers` writes right before it (a thing's) or right
    after it (a second act); '' where they differ or none is."""
    befores, afters = set(), set()
    for bullet in sayers:
        words = tag_zh(bullet)
        starts, ends, position = {}, {}, 0
        for index, (word, _) in enumerate(words):
            starts[position] = index
            position += len(word)
            ends[position] = index
        at = bullet.find(title)
        while at >= 0:
            first, last = starts.get(at), ends.get(at + len(title))
            if first is None or last is None:  # cut inside a word: another step's matter
                return ""
            head = words[first][1] in _TITLE_HEAD_TAGS or words[first][0] in _leaning_fronts()  # "人民|至上/d"
            befores.add(words[first - 1] if first > 0 and head else None)
            after = words[last + 1] if last + 1 < len(words) and words[last][1] == "vn" else None
            if after and last + 2 < len(words) and words[last + 2][1] not in _CLOSE_TAGS:
                after = None  # "挑战|指明|方向": the sentence's verb, not a second act
            if after and after[0] in _complements():
                after = None  # "回输|回去": where the act goes, no second act (a clause cut, not a title)
            afters.add(after)
            at = bullet.find(title, at + 1)
    before = befores.pop() if len(befores) == 1 else None
    if before and len(before[0]) >= MIN_WORD and (before[1] in _FRONT_TAGS or _leaned_on(title, before)):
        return before[0] + title
    if len(afters) == 1 and (after := afters.pop()) and after[1] in _ACT_TAGS and len(after[0]) >= MIN_WORD:
        return title + after[0]
    return ""


def _leaned_on(title: str, before: tuple[str, str]) -> bool:
    """Whether `title` opens on a leaning word and a noun ("优先|原则") and `before`, the word its
    bullets write before it, is what that word says something of ("调解"), not a light verb ("提出")."""
    lean = next((w for w in _leaning_fronts() if title.startswith(w)), "")
    if not lean or before[1] not in _LEANED_ON_TAGS or before[0] in ZH_LIGHT_VERBS:
        return False
    rest = tag_zh(title[len(lean) :])
    return bool(rest) and rest[0][1] in _LEANING_HEAD_TAGS
