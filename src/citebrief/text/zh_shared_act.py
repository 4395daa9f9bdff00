"""A Chinese news group's title that one bullet says, given the act half its bullets or more
report: "巡视检查", not "高架灯杆检查加固" over the subway's post-service upkeep and the stations'
patrols (zh-news 93: both bullets say 巡视); "搜救工作", not "陕西省消防救援总队" over five bullets
on the search for the missing (zh-news 68: three say 搜救).

Blind readers of zh-news mark a title that is a detail of one bullet ("高架灯杆检查加固") as no
theme; where the group's bullets report one act, the act is what they share. The other steps
look for a noun or noun run the bullets share (`zh_most_said_word`, `zh_title_span`) or a bare
noun's act (`zh_action_title`); this one, last, takes a title one bullet says at most (no list,
no label a bullet opens on: "楼梯和地面潜在危险：…"; no person's name; no word of the overview's
title: "大型现场招聘会" under "“招聘夜市”就业服务" is the group's part of the story; no head
word half the bullets say: "卫生间故障", "金融犯罪", "抓捕行动" name the group's thing) and looks
for the act: a full verb (no light one, `zh_action_title`; no purpose's "以防") half the bullets
or more say as a word, two at least, as rare as an act of the group's own (background IDF 8–11:
巡视 8.4, 搜救 10.5; not 救援 7.9 or 监督 6.6, which any report of the kind says; not 防总 12.0
or 零工 12.1, a short name's pieces), and no body's word a bullet says it in ("检察" of
检察机关, "救援" of 消防救援总队). The title is the act with the noun (or verbal noun) of two
characters or more a bullet writes next to it ("巡视|检查", "搜救|工作"; not "引起|打喷嚏"), no
noun going on after them ("涉外民商事" of 涉外民商事纠纷 is a name's front) and no item of a "、"
list ("部门联动" of 政府主导、部门联动、……); of such phrases, the one whose noun more bullets say,
then the earlier bullet's. 3–12 characters, on word boundaries and cut cleanly in a paragraph,
no place, no poor shape (`zh_poor_titles`), free of the titles given; else the title stays.
As pasted, 2 of 200 zh-news briefs change; in the bench's 3-sentence paragraphs 4 of 456 briefs
("托管服务" for "规律作息", "断电抢修" for "双线行车" besides). Most titles one bullet says share
no act with the rest of their group (a grouping matter), and a lower IDF floor gives worse
titles ("兑现情况", "源头治理", "犯罪嫌疑人").
"""

from __future__ import annotations

from functools import partial

from citebrief.text.titles import (
    GroupTexts,
    cleanly_cut,
    each_retitled,
    free_of,
    on_word_boundaries,
    swapped_title,
)
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_action_title import LIGHT_ACTS
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, where

MIN_BULLETS = 2
MIN_WORD = 2  # a word of the overview's title, an act, the word beside it: two characters at least
MIN_CHARS, MAX_CHARS = 3, 12
MIN_IDF = 8.0  # 搜救 10.5, 涉水 9.1, 巡视 8.4; 救援 7.9, 监督 6.6, 工作 4.2 stay out
MAX_IDF = 11.0  # rarer "verbs" are a short name's pieces: 防总 12.0 (国家防总), 零工 12.1, 统战 11.7
_VERB_TAGS = frozenset({"v", "vn"})
_MATE_TAGS = frozenset({"n", "nz", "vn"})  # the word an act is written with: on what ("引起|打喷嚏": no act's)
_NOT_ACTS = frozenset({"以防", "以免", "以便"})  # "以防孩子滑倒": a purpose, what the bullet guards against
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})  # a person's group: a case's, a profile's
_NOUN_GOES_ON = frozenset({"n", "nz", "vn", "j", "ns", "nt", "nr", "nrt", "ng", "eng", "an", "b"})


def shared_act_titles(titles: list[str], own: list[GroupTexts], used: set[str], shown: str) -> list[str]:
    """Each title one bullet says, else as it is, given the act half its group's bullets or more
    report (module docstring); `own`: each group's bullets and paragraphs, None for a heading's
    group; `used`: the titles given (casefolded), which it updates; `shown`: the overview's title."""
    subject = {w for w, _ in tag_zh(shown) if len(w) >= MIN_WORD}
    return each_retitled(titles, own, used, partial(_one_bullets, subject=subject), partial(act_phrase, used=used))


def half_of(bullets: list[str]) -> int:
    """How many bullets say what the group is about: half of them, two at least."""
    return max(MIN_BULLETS, -(-len(bullets) // 2))


def _one_bullets(title: str, bullets: list[str], *, subject: set[str]) -> bool:
    """A title one bullet says at most, no list or label, no person's ("孙卫东以权谋私"), no word of
    the overview's title, no head word half the bullets say."""
    if len(bullets) < MIN_BULLETS or "、" in title or "：" in title or sum(title in b for b in bullets) > 1:
        return False
    if any(b.startswith(f"{title}：") for b in bullets):  # "楼梯和地面潜在危险：…": the label the bullet gives
        return False
    words = tag_zh(title)
    if any(tag in _PERSON_TAGS for _, tag in words) or any(w in title for w in subject):
        return False
    head = words[-1][0]
    return len(head) < MIN_WORD or sum(head in b for b in bullets) < half_of(bullets)  # "卫生间故障"


def _rare(verbs: list[str]) -> list[str]:
    """The verbs as rare as an act of the group's own (`MIN_IDF`–`MAX_IDF`)."""
    if not verbs:
        return []
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    values = background_idf().lookup(verbs).tolist()
    return [v for value, v in zip(values, verbs, strict=True) if MIN_IDF <= value <= MAX_IDF]


def said_acts(bullets: list[str]) -> dict[str, int]:
    """How many of the bullets say each full verb as a word, a body's word left out ("检察" of
    检察机关, "救援" of 消防救援总队: no act of the group's)."""
    counts: dict[str, int] = {}
    tagged = [tag_zh(b) for b in bullets]
    for words in tagged:
        for verb in {
            w for w, tag in words if tag in _VERB_TAGS and len(w) >= MIN_WORD and w not in LIGHT_ACTS | _NOT_ACTS
        }:
            counts[verb] = counts.get(verb, 0) + 1
    bodies = {v for v in counts for words in tagged for w, _ in words if v != w and v in w and office((w,))}
    return {v: n for v, n in counts.items() if v not in bodies}


def _acts(bullets: list[str]) -> list[str]:
    """The rare full verbs half the bullets or more say as a word, none a body's word."""
    return _rare(sorted(v for v, n in said_acts(bullets).items() if n >= half_of(bullets)))


def act_phrase(title: str, bullets: list[str], texts: list[str], given: set[str], *, used: set[str]) -> str:
    """The act with the word a bullet writes beside it (`paired_act`), swapped into `used`; ''
    where none fits."""
    phrase = paired_act([a for a in _acts(bullets) if a not in title], bullets, texts, given)
    return swapped_title(title, phrase, used) if phrase else ""


# the character before an act: "使用和兑现情况", the noun is both acts' (the tagger may read "检查和" as one word)
_JOINS = frozenset("和与及或、")


def paired_act(
    acts: list[str], bullets: list[str], texts: list[str], given: set[str], *, unjoined: bool = False
) -> str:
    """One of `acts` with the word a bullet writes beside it, that word said by the most bullets,
    then the earlier bullet's; '' where none fits (`fits`). `unjoined`: no act written after 和/与/及,
    whose noun is the acts' together (`zh_shared_act_title`)."""
    ranked: list[tuple[int, int, str]] = []
    for index, bullet in enumerate(bullets if acts else []):
        words = tag_zh(bullet)
        rows = zip([("", "x"), *words], words, words[1:], [*words[2:], ("", "x")], strict=False)
        for (before, _), (first, first_tag), (second, second_tag), (_, after) in rows:
            if after in _NOUN_GOES_ON:  # "涉外民商事" of 涉外民商事纠纷: a name's front
                continue
            if first in acts and second_tag in _MATE_TAGS and not (unjoined and before[-1:] in _JOINS):
                mate = second
            elif second in acts and first_tag in _MATE_TAGS:
                mate = first
            else:
                continue
            phrase = first + second
            listed = f"、{phrase}" in bullet or f"{phrase}、" in bullet  # "部门联动" of 政府主导、部门联动、……
            if not listed and len(mate) >= MIN_WORD and mate not in LIGHT_ACTS and fits(phrase, bullets, texts, given):
                ranked.append((sum(mate in b for b in bullets), -index, phrase))
    return max(ranked)[2] if ranked else ""


def fits(phrase: str, bullets: list[str], texts: list[str], given: set[str], *, place: bool = False) -> bool:
    """3–12 characters, no place (unless `place`: "中国—东盟", `zh_dashed_name`), no poor shape, free
    of the titles given, on word boundaries and cut cleanly in a paragraph: an act phrase's test as a
    title (also `zh_placed_title`'s, `zh_thing_act`'s, `zh_verb_object`'s and `zh_bare_noun_title`'s)."""
    if not MIN_CHARS <= len(phrase) <= MAX_CHARS or poor_zh_title(phrase, texts):
        return False
    if not place and where(phrase, bullets):
        return False
    if not free_of(phrase, given):
        return False
    return any(on_word_boundaries(phrase, t, "zh") and cleanly_cut(phrase, t, "zh") for t in texts if phrase in t)
