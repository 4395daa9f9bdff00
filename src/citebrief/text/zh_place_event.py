"""A Chinese news group titled by a bare site ("白鹿收费站", a toll station; "校园") takes the act
its bullets report done there: "例行检查", the routine check the traffic police run at the station
and the coach pulled into its check area (zh-news 28); "分类指导" over the farm experts sent out
to the townships (zh-news 61: "乡镇"); "校园重修", where two bullets write the site as what the
act is done to (as pasted, zh-news 44: "对校园进行多天重整", "对校园进行重修").

Blind readers of zh-news mark a title that names only a place, facility or object as no theme:
the reader wants what happened there. The sure reading is narrow: the title is one or two words,
the last a site's noun (a head of `data/zh_place_heads.tsv`: 站, 亭, 校园 ...), and a bullet
writing it goes on, in the same sentence and at most one comma on, to the act done there as the
object of a verb of carrying out (进行, 开展, 实施: "……白鹿收费站，对过往的……货车进行例行检查和安全
提示"). The act is the run after that verb up to a list mark (和, 及, 、) or the clause's end,
its words an act's or a thing's, opening on no number or time ("多天重整" is one sentence's
detail). It is the group's, not one sentence's, where its head word (the last) is said by
another bullet too: the title is the act. Where two bullets or more write the act done to the
site itself ("对校园进行……"), the title is the site with the act ("校园重修": each part written on
word boundaries, the order a headline puts an act's object in). 3–12 characters, no place, no
poor shape, free of the titles given; the act's ends are the verb's and the mark's, not the
tagger's, which glues a list's 和 to the word before it ("检查和|安全提示"); else the title stays.
Most bare sites' groups write no such act ("赛场", "渔港", "汽车站" stay: a grouping matter)."""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.titles import GroupTexts, each_retitled, free_of, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import where

MIN_BULLETS = 2
MIN_CHARS, MAX_CHARS = 3, 12
MAX_TITLE_WORDS = 2  # "白鹿|收费站": a bare site; a longer title already says more
MAX_COMMAS = 1  # the act's clause may follow the site's: "来到……收费站，对……进行例行检查"
_CARRY_OUT = ("进行", "开展", "实施")  # the verbs whose object is the act done at the site
_ON = "对"  # the mark of what an act is done to: "对|校园|进行|重修"
_SENTENCE_ENDS = frozenset("。！？；")
_ACT_ENDS = frozenset("，。；！？、：和及与并")  # the act's run ends at a list mark or its clause's end
_JOINING = frozenset("和及与并")  # a mark that is one character of a word ("和平") where the tagger reads it so
_ACT_TAGS = frozenset({"v", "vn", "n", "an", "nz"})
_NOT_OPENING = frozenset({"m", "t", "q", "r", "mq"})  # "多天重整": how long, one bullet's detail


@cache
def _heads() -> tuple[str, ...]:
    return data_lines("zh_place_heads.tsv")


def place_event_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """Each bare site's title given the act its bullets report done there, else as it is
    (module docstring); `own`: each group's bullets and paragraphs, None for a heading's group;
    `used`: the titles given (casefolded), which it updates."""
    return each_retitled(titles, own, used, bare_site, lambda t, b, x, g: _act_title(t, b, x, g, used))


def bare_site(title: str, bullets: list[str]) -> bool:
    """One or two words, the last a site's noun (`_heads`), in a group of two bullets or more."""
    if len(bullets) < MIN_BULLETS or not title.isalnum():
        return False
    words = tag_zh(title)
    return len(words) <= MAX_TITLE_WORDS and words[-1][0].endswith(_heads())


def _act_title(title: str, bullets: list[str], texts: list[str], given: set[str], used: set[str]) -> str:
    """The first act a bullet writing the title reports done there that fits, swapped into
    `used`; '' where none does."""
    done_to = sum(any(f"{_ON}{title}{verb}" in b for verb in _CARRY_OUT) for b in bullets)
    for bullet in bullets:
        for act, on_site in _acts_after(title, bullet):
            if on_site and done_to >= MIN_BULLETS:  # "对校园进行重修" twice over: "校园重修"
                found = title + act
            elif sum(tag_zh(act)[-1][0] in b for b in bullets) >= MIN_BULLETS:  # its head another's too
                found = act
            else:
                continue
            if _fits(found, bullets, texts, given):
                return swapped_title(title, found, used)
    return ""


def _acts_after(title: str, bullet: str) -> list[tuple[str, bool]]:
    """The runs after a verb of carrying out, in the title's sentence, at most one comma on; each
    with whether the site is what the act is done to ("对|校园|进行|重修")."""
    acts: list[tuple[str, bool]] = []
    at = bullet.find(title)
    while at >= 0:
        rest = bullet[at + len(title) :]
        stop = next((k for k, c in enumerate(rest) if c in _SENTENCE_ENDS), len(rest))
        sentence = rest[:stop]
        for verb in _CARRY_OUT:
            k = sentence.find(verb)
            if k >= 0 and sentence[:k].count("，") <= MAX_COMMAS:
                act = _act_run(sentence[k + len(verb) :])
                if act:
                    acts.append((act, k == 0 and bullet[:at].endswith(_ON)))
        at = bullet.find(title, at + 1)
    return acts


def _act_run(text: str) -> str:
    """The act's words at the front of `text`, to a list mark or the clause's end; '' where a
    word is no act's or thing's, or the run opens on a number or a time."""
    end = next((k for k, c in enumerate(text) if c in _ACT_ENDS), len(text))
    run = text[:end]
    if end < len(text) and text[end] in _JOINING and tag_zh(text[end:])[0][0] != text[end]:  # "和平"
        return ""
    words = tag_zh(run) if run else []
    if not words or words[0][1] in _NOT_OPENING or any(tag not in _ACT_TAGS for _, tag in words):
        return ""
    return run


def _fits(act: str, bullets: list[str], texts: list[str], given: set[str]) -> bool:
    """3–12 characters, no place, no poor shape, free of the titles given."""
    if not MIN_CHARS <= len(act) <= MAX_CHARS or poor_zh_title(act, texts) or where(act, bullets):
        return False
    return free_of(act, given)
