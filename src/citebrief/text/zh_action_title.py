"""A Chinese news group's title that is a bare noun its bullets happen to share ("塌方", "医师",
"渔船"), the other title steps done and no longer noun phrase holding it found (`zh_held_title`):
blind readers of zh-news briefs mark such a title as no theme. What the group is about is what
its bullets report: the action two or more of them say, as the text writes it ("塌方断道" over
three roads cut by landslides, "发布广告" over the clinics' illegal advertisements).

The action: a verb (no light one: "进行", "表示", "关注") two or more of the group's bullets say as
a word. The phrase, first: the bare noun and that verb one word after the other in a bullet
("塌方|断道", "转移|村民"); else a verb-object of the bullets opened by it, two or more bullets
saying the verb with that object after it in one clause ("发布广告" beside "发布医疗广告",
"发布含有……的广告"; not "统筹基金" beside "统筹账户"), the verb said apart from the phrase too
(not "支付账户", an account's name). 3–12 characters, written on word
boundaries in the group's paragraphs, no poor shape (`zh_poor_titles`), no place, name or office,
free of the titles given (the overview's subject among them). Where no action is shared so, the
title stays: a verb with one bullet's object names that bullet's detail ("重视财政资金").
"""

from __future__ import annotations

from itertools import pairwise

from citebrief.text.chunks import ZH_LIGHT_VERBS, Chunk, word_list, zh_chunks_into
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, on_word_boundaries, starts
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_held_title import bare_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import office, side_word

MIN_CHARS = 3
MAX_CHARS = 12
MIN_BULLETS = 2  # an action one bullet reports is its detail
_VERB_TAGS = frozenset({"v", "vn"})
# verbs any report says, whatever it is about, beside those no verb-object opens on
# (`chunks.ZH_LIGHT_VERBS`: "是", "进行", "觉得"): they name no action of the group's own; public, as five other
# title steps (zh_thing_event, zh_thing_act, zh_shared_act, zh_placed_title, zh_overview_act) pass them over too
LIGHT_ACTS = ZH_LIGHT_VERBS | frozenset(
    word_list(
        "开展 提供 提升 增加 增长 带来 参加 参与 举办 重视 关注 注意 支持 鼓励 引导 指导 促使 带动 "
        "感受 体验 相信 认识 组织"
    )
)
_CLAUSE_ENDS = LazyPattern(r"[，。；！？：,;!?:]")


def _bullet_verbs(bullets: list[str]) -> dict[str, int]:
    """Each full verb the bullets say as a word, with how many bullets say it."""
    counts: dict[str, int] = {}
    for bullet in bullets:
        for verb in {w for w, tag in tag_zh(bullet) if tag in _VERB_TAGS and len(w) >= 2 and w not in LIGHT_ACTS}:
            counts[verb] = counts.get(verb, 0) + 1
    return counts


def _fits(phrase: str, chunk: Chunk, texts: list[str], used: set[str]) -> bool:
    """A verb-object that is no name or office's (`_plain` for the rest)."""
    if chunk.name_only or any(chunk.named) or office(chunk.words[1:]):
        return False
    return _plain(phrase, texts, used)


def _pairs(title: str, bullets: list[str], verbs: dict[str, int]) -> dict[str, int]:
    """The bare noun beside a verb two or more bullets say, as the bullets write them one word
    after the other ("塌方|断道", "转移|村民"), with how many bullets write each."""
    said: dict[str, int] = {}
    for bullet in bullets:
        if title not in bullet:
            continue
        words = tag_zh(bullet)
        found = set()
        for (first, _), (second, tag) in pairwise(words):
            if first == title and verbs.get(second, 0) >= MIN_BULLETS and tag in _VERB_TAGS:
                found.add(first + second)
        for (first, tag), (second, _) in pairwise(words):
            if second == title and verbs.get(first, 0) >= MIN_BULLETS and tag == "v":
                found.add(first + second)
        for phrase in found:
            said[phrase] = said.get(phrase, 0) + 1
    return said


def acted_zh_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the action its group's bullets report where it is a bare noun (see the
    module's docstring). `texts`: the group's paragraphs; `used`: the titles given already
    (casefolded), this one's excepted."""
    if len(bullets) < MIN_BULLETS or not _bare_noun(title, bullets):
        return title
    verbs = _bullet_verbs(bullets)
    if not any(n >= MIN_BULLETS for n in verbs.values()):
        return title
    ranked: list[tuple[bool, int, int, str]] = []
    for phrase, said in _pairs(title, bullets, verbs).items():
        if _plain(phrase, texts, used):
            ranked.append((False, -said, -len(phrase), phrase))
    found: dict[str, Chunk] = {}
    for bullet in bullets:
        zh_chunks_into(bullet, found)
    for phrase, chunk in found.items():
        if chunk.kind != "vo" or verbs.get(chunk.words[0], 0) < MIN_BULLETS:
            continue
        said = _acts_on(chunk.words[0], chunk.words[-1], bullets)
        if said >= MIN_BULLETS and _apart(chunk.words[0], phrase, bullets) and _fits(phrase, chunk, texts, used):
            ranked.append((True, -said, -sum(t.count(phrase) for t in texts), phrase))
    return min(ranked)[-1] if ranked else title


def _acts_on(verb: str, thing: str, bullets: list[str]) -> int:
    """How many bullets say the verb with the thing after it in the same clause: the same act on
    the same thing ("发布医疗广告", "发布含有……的广告"), not one bullet's object beside another's
    ("统筹基金", "统筹账户")."""
    count = 0
    for bullet in bullets:
        for at in starts(verb, bullet):
            rest = bullet[at + len(verb) :]
            end = _CLAUSE_ENDS.search(rest)
            if thing in (rest[: end.start()] if end else rest):
                count += 1
                break
    return count


def _apart(verb: str, phrase: str, bullets: list[str]) -> bool:
    """Whether a bullet says the verb as a word apart from the phrase too ("发布|含有……的广告"
    beside "发布广告"): an act the group reports; a verb said only inside the phrase is a piece
    of a compound name ("支付账户", the account, where no bullet pays)."""
    return any(
        verb in bullet.replace(phrase, "，") and verb in (w for w, _ in tag_zh(bullet.replace(phrase, "，")))
        for bullet in bullets
    )


def _bare_noun(title: str, bullets: list[str]) -> bool:
    """A bare noun (`bare_zh`) the tagger reads as a thing's word: a verbal noun ("通关",
    "检修") names an action already."""
    return bare_zh(title, bullets) and all(tag in {"n", "nz"} for _, tag in tag_zh(title))


def _plain(phrase: str, texts: list[str], used: set[str]) -> bool:
    """A phrase of 3–12 characters the group's paragraphs write on word boundaries, no poor
    shape or place, free of the titles given."""
    if not MIN_CHARS <= len(phrase) <= MAX_CHARS or poor_zh_title(phrase, texts):
        return False
    if side_word(phrase, texts) or not free_of(phrase, used):
        return False
    return any(on_word_boundaries(phrase, t, "zh") for t in texts)
