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
Else, where a bullet writes the site after 在 and then a verb of going on sale or opening that
closes its clause (`data/zh_site_opening_verbs.tsv`: "每天……在柳浪闻莺志愿服务微笑亭开售，每人限购1份")
and another bullet writes the same verb closing its clause after a run of nouns ("等待着西湖莲蓬荷叶
开售。"), the title is that run with the verb ("西湖莲蓬荷叶开售", zh-news 184: the sale and the queue
for it, not the kiosk). The 在 is read on the characters: the tagger glues it to a time ("30|分在").
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
_AT = "在"  # "在|微笑亭|开售": the site where the thing goes on sale or opens
_CLAUSE_ENDS = frozenset("，。；！？：")
_THING_TAGS = frozenset({"n", "ns", "nz", "nr", "vn"})  # "西湖|莲蓬|荷叶": what goes on sale


@cache
def _heads() -> tuple[str, ...]:
    return data_lines("zh_place_heads.tsv")


@cache
def _opening_verbs() -> tuple[str, ...]:
    return data_lines("zh_site_opening_verbs.tsv")


def place_event_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """Each bare site's title given the act its bullets report done there, else as it is
    (module docstring); `own`: each group's bullets and paragraphs, None for a heading's group;
    `used`: the titles given (casefolded), which it updates."""
    return each_retitled(titles, own, used, _site, lambda t, b, x, g: _act_title(t, b, x, g, used))


def bare_site(title: str, bullets: list[str]) -> bool:
    """One or two words, the last a site's noun (`_heads`), in a group of two bullets or more."""
    if len(bullets) < MIN_BULLETS or not title.isalnum():
        return False
    words = tag_zh(title)
    return len(words) <= MAX_TITLE_WORDS and words[-1][0].endswith(_heads())


def _site(title: str, bullets: list[str]) -> bool:
    """A site's name of any length ("柳浪闻莺志愿服务微笑亭"), its last word a site's noun, in a
    group of two bullets or more: where a thing goes on sale or opens (module docstring)."""
    if len(bullets) < MIN_BULLETS or not title.isalnum():
        return False
    return tag_zh(title)[-1][0].endswith(_heads())


def _act_title(title: str, bullets: list[str], texts: list[str], given: set[str], used: set[str]) -> str:
    """The first act a bullet writing a bare site reports done there that fits, else the thing
    that goes on sale or opens at the site, swapped into `used`; '' where none does."""
    if not bare_site(title, bullets):
        found = next((t for t in _opened_things(title, bullets) if _fits(t, bullets, texts, given)), "")
        return swapped_title(title, found, used) if found else ""
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
    found = next((t for t in _opened_things(title, bullets) if _fits(t, bullets, texts, given)), "")
    return swapped_title(title, found, used) if found else ""


def _opened_things(title: str, bullets: list[str]) -> list[str]:
    """The thing another bullet writes going on sale or opening, with the verb, where a bullet
    writes it done at the site ("在……亭开售，"): the whole run of nouns first, then shorn of its
    front word by word ("莲蓬荷叶开售" where the overview holds "西湖莲蓬荷叶")."""
    for verb in _opening_verbs():
        at_site = [b for b in bullets if _closes(b, f"{_AT}{title}{verb}")]
        for bullet in (b for b in bullets if b not in at_site and at_site):
            things = _things_before(bullet, verb)
            if things:
                return ["".join(things[k:]) + verb for k in range(len(things))]
    return []


def _closes(bullet: str, phrase: str) -> bool:
    """True where the bullet writes `phrase` closing its clause."""
    at = bullet.find(phrase)
    while at >= 0:
        after = bullet[at + len(phrase) : at + len(phrase) + 1]
        if not after or after in _CLAUSE_ENDS:
            return True
        at = bullet.find(phrase, at + 1)
    return False


def _things_before(bullet: str, verb: str) -> list[str]:
    """The run of nouns the bullet writes right before `verb` where the verb closes its clause,
    word by word on the tagger's boundaries; empty where none."""
    words = tag_zh(bullet)
    for k in range(1, len(words)):
        after = words[k + 1][0] if k + 1 < len(words) else ""
        if words[k][0] != verb or (after and after not in _CLAUSE_ENDS):
            continue
        start = k
        while start > 0 and words[start - 1][1] in _THING_TAGS:
            start -= 1
        if start < k:
            return [w for w, _ in words[start:k]]
    return []


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
