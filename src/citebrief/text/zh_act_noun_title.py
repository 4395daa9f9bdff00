"""A Chinese news group's title that names a place or a body fewer of its bullets say than a rare
act the group writes as a noun: "寻亲", not "段店公社" over a group on a woman's search for the
family she was given away from (zh-news 112: one bullet says where she was born, two write the
寻亲 notice and the 寻亲 message the police sent out).

The tagger reads 寻亲 as a verb, so no noun-phrase step offers it, and `zh_shared_act` wants a
verb no rarer than background IDF 11 (寻亲 is 11.3) and titles the act with the noun beside it
("寻亲信息": the police's message, not the search). Here the act is the title alone, where: the
group has three bullets or more; the title is a place or a body (tagged so, or ending on a
place's or a body's word, 公社 among them); a two-character full verb (no light one), as rare as a
group's own act (background IDF 8 or more), is said as a word by two bullets or more, more than
say the title, and by no other group's bullet; and one bullet writes it as a noun: after 的, 了,
开始, 踏上, before 的, 之路, 活动, 人, or before a noun after a verb ("发布|寻亲|信息"); the words are
`data/zh_act_noun_marks.tsv`. The act is free of the other titles and the overview's, given to
no phrase set aside (`used`), on word boundaries and cut cleanly in a paragraph, of no poor shape;
else the title stays. Of 200 articles each of zh-news, zh-clts and zh-policy, in either view, only
zh-news 112 moves; a title merely holding a place word ("非洲优质农产品" → "查验", zh-news 193) is
a place's thing, not a place, and stays.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import rows_by_kind
from citebrief.text.titles import (
    GroupTexts,
    cleanly_cut,
    free_of,
    on_word_boundaries,
    swapped_title,
    written_by,
)
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_action_title import LIGHT_ACTS
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, where

MIN_BULLETS = 3  # a group of two has no majority to outweigh one bullet's place
MIN_SAYING = 2
ACT_CHARS = 2
MIN_IDF = 8.0  # 寻亲 11.3; 寻找 6.0, 发布 5.1: any story's acts, no theme
_NAME_TAGS = frozenset({"ns", "nt"})
_NOUN_TAGS = frozenset({"n", "nz", "vn"})  # "寻亲|信息": the act as the noun's kind


def act_noun_titles(
    titles: list[str], own: list[GroupTexts], bullets_of: list[list[str]], used: set[str], shown: str
) -> list[str]:
    """Each title naming a place or body, else as it is, given the rare act more of its group's
    bullets write as a noun (module docstring); `own`: each group's bullets and paragraphs, None
    for a heading's group; `bullets_of`: every group's bullets; `used`: the titles given
    (casefolded), which it updates; `shown`: the overview's title."""
    result = list(titles)
    for index, (title, group) in enumerate(zip(titles, own, strict=True)):
        if not title or group is None or len(group[0]) < MIN_BULLETS or not _named(title, group[0]):
            continue
        elsewhere = [b for k, bullets in enumerate(bullets_of) if k != index for b in bullets]
        # free of the titles shown: `used` also keeps phrases no title shows ("寻亲信息" as pasted)
        shown_titles = {t.casefold() for k, t in enumerate(result) if k != index and t} | {shown.casefold()} - {""}
        act = _act(title, group[0], group[1], elsewhere, shown_titles)
        if act and act.casefold() in used:
            act = ""
        if act:
            result[index] = swapped_title(title, act, used)
    return result


@cache
def _marks() -> dict[str, tuple[str, ...]]:
    """`data/zh_act_noun_marks.tsv` by kind: name_end, before, after."""
    return rows_by_kind("zh_act_noun_marks.tsv")


def _named(title: str, bullets: list[str]) -> bool:
    """True when the title is a place or a body: its last word tagged so, or a place's or body's
    word closing it; not a thing of a place ("非洲优质农产品")."""
    words = tag_zh(title)
    if not words or title.endswith(_marks()["name_end"]) or where(title, bullets):
        return bool(words)
    return office(tuple(w for w, _ in words)) or words[-1][1] in _NAME_TAGS


def _act(title: str, bullets: list[str], texts: list[str], elsewhere: list[str], given: set[str]) -> str:
    """The first rare act (by bullets saying it, most first) that fits; '' where none does."""
    tagged = [tag_zh(b) for b in bullets]
    counts: dict[str, int] = {}
    for words in tagged:
        for act in {w for w, tag in words if tag == "v" and len(w) == ACT_CHARS and w not in LIGHT_ACTS}:
            counts[act] = counts.get(act, 0) + 1
    floor = max(MIN_SAYING, len(written_by(title, bullets)) + 1)
    acts = [a for a, n in counts.items() if n >= floor and a not in title and not written_by(a, elsewhere)]
    for act in sorted(_rare(acts), key=lambda a: -counts[a]):
        if any(_as_noun(act, words) for words in tagged) and _fits(act, texts, given):
            return act
    return ""


def _rare(acts: list[str]) -> list[str]:
    """The acts as rare as a group's own (`MIN_IDF` or more)."""
    if not acts:
        return []
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    values = background_idf().lookup(acts).tolist()
    return [a for value, a in zip(values, acts, strict=True) if value >= MIN_IDF]


def _as_noun(act: str, words: list[tuple[str, str]]) -> bool:
    """True when a bullet writes the act as a noun: after 的, 了, 开始 or a verb, or before 的, 之路
    or a noun."""
    for k, (word, tag) in enumerate(words):
        if word != act or tag != "v":
            continue
        before = words[k - 1] if k else ("", "x")
        after = words[k + 1] if k + 1 < len(words) else ("", "x")
        if before[0] in _marks()["before"] or after[0] in _marks()["after"]:
            return True
        if after[1] in _NOUN_TAGS and (before[1] == "v" or before[0] in ("“", "的")):
            return True
    return False


def _fits(act: str, texts: list[str], given: set[str]) -> bool:
    """Free of the titles given, of no poor shape, on word boundaries and cut cleanly in a paragraph."""
    if not free_of(act, given) or poor_zh_title(act, texts):
        return False
    return any(on_word_boundaries(act, t, "zh") and cleanly_cut(act, t, "zh") for t in texts if act in t)
