"""A Chinese news group's title that names no theme, given the run of nouns all its bullets
share: "文明实践中心" over Jiangsu's civilisation-practice centres, not one bullet's "功能区升级";
"浦东经侦支队" over the economic-crime squad's two bullets, not its short form "经侦".

Blind readers of zh-news (s42) marked two kinds of group title as vague: one that only one
bullet of a group of three or more writes (they find it under that bullet, no theme), and a
bare detail noun, a quantity, penalty or body's short form (`data/zh_vague_titles.tsv`: "相应罚金",
"清点", "生命体征"). The steps before (`zh_most_said`, `zh_all_said_word`, `zh_one_said_title`)
each ask a rare word or a set shape; this one reads the runs of nouns the bullets write (4–12
characters, two words at least, on word boundaries and cut cleanly in a paragraph) and takes
one that every bullet says, whole or by a piece of its words four characters long or more:
"文明实践中心" is read by "实践中心" in two bullets and "文明实践" in two, three of three. A piece a
title given holds counts for nothing ("基层退役军人" under the overview's "退役军人工作"), nor does
a kind of organ any story has ("检察机关"). Ties: the run most bullets say whole, then,
of the runs left, not one that is another's tail (that run cut at its front: "减灾工作" of
防灾减灾工作), the shorter. A listed title is never its own answer: "灾害损失" (s43's blind read),
which both bullets of zh-news 181 say, gives way to the "防灾减灾工作" both say too. The run is
no place, no poor shape (`zh_poor_titles`), free of every other title and the titles given;
where none fits, a listed word every bullet says gives way to the one quoted name a bullet writes
it in ("“友谊之环”", the sculpture both bullets are on, not "友谊"), or to what a bullet says
the thing is more than it ("不仅是…的赛场，也是文明交流互鉴的舞台": "文明交流互鉴", the
stress a "not only… but also" puts on its second half, where another bullet says a word of it
too: "人文交流活动"), else the title stays (the English
counterpart is `en_title_vague`). A run that ends on "方面" is the frame of the parts'
leads ("园区金融方面，…", "绿色金融方面，…"), shared by the leads alone: "金融方面" names no theme.
Most bullets rather than all gave as many worse titles as better ("服务专员" over a livestream
and the next fair, "上海市经信" cut from 经信委), so every bullet it is: four of 200 zh-news briefs
change, none of zh-clts or zh-policy.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.text.data_files import data_lines
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import GroupTexts, cleanly_cut, each_retitled, free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import saying, where

MIN_BULLETS = 2  # a listed detail noun over two bullets or more
MIN_ONE_SAID = 3  # a title one bullet says, over three or more
MIN_CHARS = 4  # two words at least: a word alone that most bullets say is mostly a generic one
MAX_CHARS = 12
MIN_PIECE = 4  # a piece two bullets share: two words, not a generic word alone ("发展", "工作")
MAX_RUN_WORDS = 5
MIN_WORD = 2
_ORGAN_KINDS = ("机关", "部门", "单位")  # who acted, in any story: "检察机关", "有关部门"
_ASPECT_FRAME = "方面"  # "园区金融方面，…": the frame of a part's lead, shared by the leads alone
# "不仅是体育健儿拼搏竞技的赛场，也是文明交流互鉴的舞台": what the thing is besides the title
_NOT_ONLY = r"不仅是[^，。；！？]*?{title}[，、]?(?:也|更|还)是([^，。；！？的]{{2,12}})的"
_QUOTED_NAME = LazyPattern(r"“([^“”，。；：！？、\s]{3,10})”")  # a work's or event's name: “友谊之环”
MAX_VERB_RUN = 6  # a verb inside a name ("文明实践中心"), not a clause
# words a noun run holds: "文明|实践|中心" is tagged nr v n
_RUN_TAGS = frozenset({"n", "nz", "vn", "j", "l", "nt", "ns", "nr", "b", "an", "v"})
_END_TAGS = frozenset({"n", "nz", "vn", "j", "l", "nt"})  # a run ends on a thing's word


@cache
def vague_words() -> frozenset[str]:
    """The bare detail nouns no group is titled by (`data/zh_vague_titles.tsv`)."""
    return frozenset(data_lines("zh_vague_titles.tsv"))


def vague_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each vague one given the run of nouns every bullet of its group shares
    (module docstring); `own` holds each group's bullets and paragraphs, None for a heading's
    group; `used`: the titles given (casefolded)."""
    return each_retitled(titles, own, used, is_vague, _better)


def _better(title: str, bullets: list[str], texts: list[str], given: set[str]) -> str:
    """The run every bullet shares, else a listed word's quoted name or what the thing is beyond it
    (module docstring); '' keeps `title`."""
    return (
        shared_run(title, bullets, texts, given) or quoted_name(title, bullets, given) or beyond(title, bullets, given)
    )


def quoted_name(title: str, bullets: list[str], given: set[str]) -> str:
    """The one quoted name holding listed `title` that a bullet writes, where every bullet says
    `title`: the name is what the group is on ("“友谊之环”" over "它代表中国和波兰的友谊"); ''
    where the word is not listed, a bullet does not say it, or no name or two hold it."""
    if title not in vague_words() or saying(title, bullets) < len(bullets):
        return ""
    found = (m for b in bullets for m in _QUOTED_NAME.finditer(b))
    names = {m.group(0) for m in found if title in m.group(1) and m.group(1) != title}
    if len(names) != 1:
        return ""
    name = names.pop()
    return name if free_of(name, given) else ""


def beyond(title: str, bullets: list[str], given: set[str]) -> str:
    """What one bullet says the thing is beyond listed `title`, in a "不仅是…{title}，也是…的"
    ("文明交流互鉴" of "…的赛场，也是文明交流互鉴的舞台"), on word boundaries there and free of the
    titles given, where another bullet says a word of it; '' where the word is not listed, no bullet
    or two say such a thing, or only the one bullet is on it."""
    if title not in vague_words():
        return ""
    pattern = re.compile(_NOT_ONLY.format(title=re.escape(title)))
    found = {(m.group(1), b) for b in bullets for m in pattern.finditer(b)}
    if len(found) != 1:
        return ""
    phrase, bullet = found.pop()
    if not on_word_boundaries(phrase, bullet, "zh") or not free_of(phrase, given):
        return ""
    # another bullet on it too ("人文交流活动"), not only on the title's side ("在赛场上挥洒汗水")
    words = [w for w, _ in tag_zh(phrase) if len(w) >= MIN_WORD]
    return phrase if any(w in other for other in bullets if other != bullet for w in words) else ""


def is_vague(title: str, bullets: list[str]) -> bool:
    """A listed detail noun over two bullets or more, or a title one bullet at most says over three or more."""
    if len(bullets) >= MIN_BULLETS and title in vague_words():
        return True
    return len(bullets) >= MIN_ONE_SAID and saying(title, bullets) <= 1


def shared_run(title: str, bullets: list[str], texts: list[str], given: set[str]) -> str:
    """The run of nouns of `bullets` whose pieces every one of them says, more than say `title`
    (module docstring); '' where none fits. `texts`: the group's paragraphs; `given`: the
    titles it may not repeat (casefolded)."""
    need = len(bullets)  # every bullet (most gave "服务专员" over a livestream and a next fair)
    ranked: list[tuple[int, int, int, str]] = []
    for run in sorted({r for b in bullets for r in _runs(b)} - {title}):  # the vague title is no answer
        if not all(_may_cover(run, b) for b in bullets):
            continue  # a bullet shares no MIN_PIECE characters with it: no piece of it either (most runs)
        covered = _covered(run, bullets, given)
        if covered < need or not _fits(run, bullets, texts, given):
            continue
        ranked.append((-covered, -saying(run, bullets), len(run), run))
    if not ranked:
        return ""
    best = min(ranked)[:2]
    tied = [run for *rank, run in ranked if tuple(rank[:2]) == best]
    # the tail of a run as widely said is that run cut at its front ("减灾工作" of 防灾减灾工作)
    whole = [run for run in tied if not any(run != other and other.endswith(run) for other in tied)]
    return min(whole, key=lambda run: (len(run), run))


def _runs(bullet: str) -> set[str]:
    """Every run of up to MAX_RUN_WORDS noun words `bullet` writes, ending on a thing's word."""
    words = tag_zh(bullet)
    found = set()
    for start in range(len(words)):
        if len(words[start][0]) < MIN_WORD or words[start][1] == "v":  # "让|退役军人", "出台|退役军人"
            continue
        for end in range(start, min(start + MAX_RUN_WORDS, len(words))):
            if words[end][1] not in _RUN_TAGS:
                break
            run = words[start : end + 1]
            text = "".join(w for w, _ in run)
            if words[end][1] not in _END_TAGS or not MIN_CHARS <= len(text) <= MAX_CHARS:
                continue
            if any(tag == "v" for _, tag in run) and len(text) > MAX_VERB_RUN:  # "鲁迅故里接待乌篷船": a clause
                continue
            found.add(text)
    return found


def _may_cover(run: str, bullet: str) -> bool:
    """Whether `bullet` writes some MIN_PIECE characters of `run` in a row: a piece `_covered`
    finds in it is such a stretch, so a bullet with none says no piece, and the run's own cut and
    tags (a new text to cut) are not asked for it."""
    return any(run[i : i + MIN_PIECE] in bullet for i in range(len(run) - MIN_PIECE + 1))


def _covered(run: str, bullets: list[str], given: set[str]) -> int:
    """How many bullets say the run or a piece of its words MIN_PIECE characters long or more that no
    title given holds ("基层退役军人" is no theme where the overview says "退役军人" already)."""
    words = [w for w, _ in tag_zh(run)]
    pieces = ["".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
    pieces = [p for p in pieces if len(p) >= MIN_PIECE]
    # nor one any story has: "检察机关|会同" is read by "检察机关" alone
    pieces = [p for p in pieces if not p.endswith(_ORGAN_KINDS) and not any(p.casefold() in g for g in given)]
    return sum(any(p in b for p in pieces) for b in bullets)


def _fits(run: str, bullets: list[str], texts: list[str], given: set[str]) -> bool:
    """No place, no kind of organ any story has (who acted: "检察机关"), no frame of the parts' leads
    ("金融方面"), no poor shape, free of the titles given, on
    word boundaries in a paragraph and cut cleanly there ("上海市经信" of 经信委 is not)."""
    if run.endswith((*_ORGAN_KINDS, _ASPECT_FRAME)) or where(run, bullets) or poor_zh_title(run, texts):
        return False
    if not free_of(run, given):
        return False
    return any(on_word_boundaries(run, t, "zh") and cleanly_cut(run, t, "zh") for t in texts if run in t)
