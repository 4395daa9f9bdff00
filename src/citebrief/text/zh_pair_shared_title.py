"""A Chinese news group of two bullets titled by the thing both say, not by one bullet's aspect
of it ("民营企业", not one's "民营企业发展环境"; "水资源", not one's "城乡生活节水").

Blind readers of zh-news scored a two-bullet group's title that one bullet says as fitting half
the group; 108 of the 162 two-bullet groups of zh-news 0–199 were so titled (s110). The title
steps run before a bullet's lead joins it ("……负责人表示，为促进民营企业健康发展，"), so a phrase
both settled bullets write can be one the steps never saw shared. Read once the groups are
settled: where both bullets write one noun phrase — on word boundaries in both, three characters
at least, no name, place, body or people, free of every other title — that phrase is what the
group is about, and it titles the group. Most of the 108 share no such phrase: only the
overview's subject ("非法机顶盒", "严先生祠"), a name or a body ("王国柱", "专案组"), or a common
two-character word ("工作", "任务"); there the title stays (two themes are joined by
`engines/zh_run_titles.py`; two bullets of nothing in common are a grouping fault).
"""

from __future__ import annotations

from citebrief.model import Group
from citebrief.text.titles import GroupTexts, each_retitled, free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_bodies import ZH_OFFICES
from citebrief.text.zh_every_said_title import FIGURE_HEADS
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import where
from citebrief.text.zh_shared_part import whole_clause
from citebrief.text.zh_title_vague import vague_words

PAIR = 2
MIN_CHARS = 3  # two-character words both bullets write ("工作", "发展", "任务") tie them loosely
MAX_CHARS = 10  # a title, not a clause
MIN_END_WORD = 2
_SEPARATORS = ("、", "：")
_HEAD_TAGS = frozenset({"n", "nz", "vn", "j", "l", "ng"})  # a thing last: "过敏症状", not "及时转移"
_LEAD_TAGS = frozenset({"n", "nz", "vn", "j", "l", "b", "a", "an"})
_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt"})  # who or where, not what
# who acted, not what about: a body ("专案组", "经侦支队", "红十字会") or people ("危房人员")
_WHO_HEADS = (*ZH_OFFICES, "组", "队", "人", "员", "者", "人群", "群众", "人士")


def pair_shared_groups(groups: list[Group], texts: list[str] | None) -> list[Group]:
    """`groups` (the overview first) with each two-bullet group's title that one bullet says
    given the longest noun phrase both its bullets write (module docstring); `texts`: the
    document's segments, which citations number from 1 (None: no Chinese news, as it is). Read
    once the bullets are settled: a bullet's lead ("……负责人表示，为促进民营企业健康发展，") joins it
    after the titles are chosen, and what the two share is often there."""
    if texts is None or len(groups) < PAIR:
        return groups
    titles = [groups[0].title.rpartition("：")[2]] + [g.title for g in groups[1:]]
    own: list[GroupTexts] = [None] + [
        ([p.text for p in g.points], [texts[n - 1] for n in sorted({n for p in g.points for n in p.citations})])
        for g in groups[1:]
    ]
    given = {t.casefold() for t in titles[:1] if t}  # the overview's, which no group repeats
    shared = each_retitled(titles, own, given, _one_said, _shared_phrase)
    changed = zip(groups, titles, shared, strict=True)
    return [g if new == old else g.model_copy(update={"title": new}) for g, old, new in changed]


def _one_said(title: str, bullets: list[str]) -> bool:
    if len(bullets) != PAIR or any(s in title for s in _SEPARATORS):
        return False
    return sum(title in b for b in bullets) == 1


def _shared_phrase(title: str, bullets: list[str], texts: list[str], given: set[str]) -> str:
    """The longest phrase both bullets write (the first bullet's first of a length), a noun
    phrase on word boundaries in each bullet, free of `given`; '' where none is, or where the
    title is a whole clause of its paragraph, the thing it reports ("国有资产闲置浪费" of "、…；",
    `zh_shared_part`)."""
    if whole_clause(title, texts):
        return ""
    first, second = bullets
    for size in range(min(MAX_CHARS, len(first)), MIN_CHARS - 1, -1):
        for start in range(len(first) - size + 1):
            phrase = first[start : start + size]
            if phrase in second and _fits(phrase, bullets, texts, given):
                return phrase
    return ""


def _fits(phrase: str, bullets: list[str], texts: list[str], given: set[str]) -> bool:
    if not all(on_word_boundaries(phrase, b, "zh") for b in bullets) or not free_of(phrase, given):
        return False
    # a figure's benchmark ("平均水平"), a bare detail noun, a place ("长子经济开发区") names no theme
    if phrase.endswith(FIGURE_HEADS) or phrase in vague_words() or where(phrase, bullets):
        return False
    if any(_name_front(phrase, b) for b in bullets):
        return False
    return all(_thing(_words_within(phrase, b)) for b in bullets) and not poor_zh_title(phrase, texts)


def _name_front(phrase: str, bullet: str) -> bool:
    """The phrase opens a body's or a place's name in the bullet: "自然资源" of 怀仁市自然资源局,
    "长子经济" of 长子经济开发区 (the word after it ends on an office or a place's ending)."""
    end, position = bullet.find(phrase) + len(phrase), 0
    for word, _ in tag_zh(bullet):
        if position == end:
            return word.endswith(ZH_OFFICES) or where(word, [bullet])
        position += len(word)
    return False


def _words_within(phrase: str, bullet: str) -> list[tuple[str, str]]:
    """The bullet's tagged words that lie within its first `phrase` (tagged in context: "过敏症状"
    alone reads 过敏 as a name)."""
    at = bullet.find(phrase)
    end, position, words = at + len(phrase), 0, []
    for word, tag in tag_zh(bullet):
        if at <= position and position + len(word) <= end:
            words.append((word, tag))
        position += len(word)
    return words if "".join(w for w, _ in words) == phrase else []


def _thing(words: list[tuple[str, str]]) -> bool:
    """What the bullets are about, not who or where: words of things, a common noun last, no
    verb ("危房人员及时转移", "参与乡村"), no name, place, body or people ("樊长娥", "经侦支队")."""
    if not words or any(tag in _NAME_TAGS for _, tag in words):
        return False
    if not all("\u4e00" <= ch <= "\u9fff" for w, _ in words for ch in w):
        return False  # marks or digits: a piece cut from the sentence ("”数", "2个")
    if words[-1][0].endswith(_WHO_HEADS) or min(len(words[0][0]), len(words[-1][0])) < MIN_END_WORD:
        return False  # a one-character end is cut from a name ("市|自然资源" of 怀仁市自然资源局)
    return words[-1][1] in _HEAD_TAGS and all(tag in _LEAD_TAGS for _, tag in words[:-1])
