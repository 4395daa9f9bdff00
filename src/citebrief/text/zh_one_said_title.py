"""A small Chinese news group's bare word said by one of its bullets, as the group writes it
("展品" → "“新奇特”展品", "夫妇" → "武汉一对夫妇", "体重" → "“为爱奔跑”模式", "终场" → "制胜抢断").

The all-titles steps (`zh_all_said_word`, `zh_most_said_word`, `zh_title_span`) and the last
ones (`zh_held_last`, `zh_two_strand_title`, `zh_action_title`) each need a rare noun, a
modifier or an act two bullets share, no other group's; in a group of two or three bullets
whose title is a bare word one bullet says, the word stays, and blind readers of zh-news marked
such words a side detail, no theme (s41 survey: 清点, 赛道, 体重, 夫妇, 展品, 长队, 沙袋).
Three readings, the first that gives a fitting phrase:
- the word with the modifier its bullet writes: a quoted name before it ("“新奇特”展品") or
  around it ("“古风集市”"), else the shortest run of nouns, places or numbers before it that
  holds a word another bullet of the group says ("武汉一对夫妇", the other bullet's "武汉");
- a bullet's quoted name holding a word another bullet says, with the noun written after it
  ("“为爱奔跑”模式" where another bullet sees him "奔跑"): the thread the strands follow;
- a word most bullets say, two at least, no name or place, with the one word a bullet writes
  before it (an adjective's, noun's or verbal noun's before a verb's, no light verb): "自动扣费",
  "制胜抢断" (the word alone is often the overview's or another group's too).
Each phrase is 3–12 characters on word boundaries in the group's paragraphs, no poor shape
(`zh_poor_titles`), and free of every other title and the titles given; else the word stays.
"""

from __future__ import annotations

import re

from citebrief.text.chunks import ZH_LIGHT_VERBS, word_list
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import GroupTexts, each_retitled, free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_held_last import mark_beside
from citebrief.text.zh_poor_titles import poor_zh_title

MIN_BULLETS = 2
MAX_BULLETS = 3
MAX_BARE_CHARS = 2
MIN_CHARS = 3
MAX_CHARS = 12
MAX_MODIFIER_WORDS = 3
MIN_SHARED_CHARS = 2  # a one-character word ("菜", "钱") ties no two bullets together
_BARE_TAGS = frozenset({"n", "nz", "vn"})  # a thing's word; a name is no bare word
_MODIFIER_TAGS = frozenset({"n", "nz", "ns", "m", "b", "j", "vn"})
_SHARED_TAGS = frozenset({"n", "nz", "ns", "v", "vn", "j", "l", "nr"})
_NOUN_TAGS = frozenset({"n", "nz", "vn"})
_NAME_TAGS = frozenset({"nr", "ns", "nt", "nrt", "nrfg"})  # who or where, not what the group is about
_LEAD_TAGS = frozenset({"a", "b", "n", "nz", "vn", "v"})
_NOUN_LEAD_TAGS = frozenset({"n", "nz"})
_RUN_TAGS = frozenset({"n", "nz", "vn", "a", "an", "b", "j", "ns", "nt"})  # words a noun run goes on with
LIGHT = ZH_LIGHT_VERBS | frozenset(word_list("担心 希望 需要 完成 开始 继续 能够 可以 影响 合计 含有"))
_QUOTED = LazyPattern(r"“([\u4e00-\u9fff]{2,8})”")


def one_said_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each small group's bare word that one bullet says given the phrase its
    group writes it in (module docstring); `own` holds each group's bullets and paragraphs,
    None for a heading's group; `used`: the titles given (casefolded)."""

    def phrase(title: str, bullets: list[str], texts: list[str], given: set[str]) -> str:
        readings = (_modified(title, bullets), _threaded(bullets), _shared(bullets))
        return next((found for found in readings if found and _fits(found, texts, given)), "")

    return each_retitled(titles, own, used, _bare_one_said, phrase)


def _bare_one_said(title: str, bullets: list[str]) -> bool:
    """A word of two characters or fewer, a thing's, said by one bullet of a group of two or three."""
    if not MIN_BULLETS <= len(bullets) <= MAX_BULLETS or len(title) > MAX_BARE_CHARS:
        return False
    words = tag_zh(title)
    return len(words) == 1 and words[0][1] in _BARE_TAGS and sum(title in b for b in bullets) == 1


def _words_of(bullet: str) -> set[str]:
    """The words of `bullet` that can tie it to another: two characters or more, a thing's,
    a place's or an act's."""
    return {w for w, tag in tag_zh(bullet) if len(w) >= MIN_SHARED_CHARS and tag in _SHARED_TAGS}


def _modified(title: str, bullets: list[str]) -> str:
    """The title with the quoted name its bullet writes before it, else with the run of modifier
    words before it that holds a word another bullet says (shortest such run); ''."""
    bullet = next(b for b in bullets if title in b)
    # a pattern of each title is built only where the bullet writes a closing mark beside it
    quoted = (
        re.search(r"“[\u4e00-\u9fff]{2,8}”" + re.escape(title), bullet)
        if mark_beside(title, bullet, before=True)
        else None
    )
    if not quoted and mark_beside(title, bullet, before=False):
        quoted = re.search(r"“[\u4e00-\u9fff]{1,8}" + re.escape(title) + "”", bullet)
    if quoted:
        return quoted.group(0)
    elsewhere = set().union(*(_words_of(b) for b in bullets if b is not bullet))
    words = tag_zh(bullet)
    for at, (word, _) in enumerate(words):
        if word != title:
            continue
        for size in range(1, MAX_MODIFIER_WORDS + 1):
            run = words[max(0, at - size) : at]
            if len(run) < size or any(tag not in _MODIFIER_TAGS for _, tag in run):
                break
            if run[0][0] in elsewhere:
                return "".join(w for w, _ in run) + title
    return ""


def _shared(bullets: list[str]) -> str:
    """A word most bullets say, two at least, with the modifier word one of them writes before
    it as a whole run ("自动扣费", "制胜抢断"; `_modifies`), an adjective's, a noun's or a verbal
    noun's before a verb's; no light verb either side; ''."""
    counts: dict[str, int] = {}
    for bullet in bullets:
        for word in _words_of(bullet) - {w for w, tag in tag_zh(bullet) if tag in _NAME_TAGS}:
            counts[word] = counts.get(word, 0) + 1
    ranked: list[tuple[bool, int, str]] = []
    for word, said in counts.items():
        if said < MIN_BULLETS or said * 2 <= len(bullets) or word in LIGHT:
            continue
        for bullet in bullets:
            words = [("", "x"), *tag_zh(bullet), ("", "x")]
            for at in range(1, len(words) - 2):
                (before, tag), (this, own) = words[at], words[at + 1]
                if this != word or len(before) < MIN_SHARED_CHARS or tag not in _LEAD_TAGS or before in LIGHT:
                    continue
                # a whole run, not cut from a longer name ("安全|区域制度", "上述公益|项目")
                whole = words[at - 1][1] not in _RUN_TAGS and words[at + 2][1] not in _RUN_TAGS
                if whole and _modifies(tag, own):
                    ranked.append((tag == "v", -said, before + word))
    return min(ranked)[-1] if ranked else ""


def _modifies(lead: str, head: str) -> bool:
    """Whether a word tagged `lead` reads as a modifier of one tagged `head`: a noun before a
    thing ("支付账户"; before an act it is the subject, "账号发布"), a verb before an act only
    ("制胜抢断"; before a thing it acts on it, "起诉金融"), an adjective, a distinguishing word or
    a verbal noun before either ("自动扣费")."""
    if lead in _NOUN_LEAD_TAGS:
        return head in _NOUN_TAGS
    return head == "v" if lead == "v" else True


def _threaded(bullets: list[str]) -> str:
    """A bullet's quoted name holding a word another bullet says, with the noun after it; ''."""
    for index, bullet in enumerate(bullets):
        elsewhere = set().union(*(_words_of(b) for j, b in enumerate(bullets) if j != index))
        for match in _QUOTED.finditer(bullet):
            if not elsewhere & {w for w, _ in tag_zh(match.group(1))}:
                continue
            after = tag_zh(bullet[match.end() :])
            if after and after[0][1] in _NOUN_TAGS and len(after[0][0]) >= MIN_SHARED_CHARS:
                return match.group(0) + after[0][0]
    return ""


def _fits(phrase: str, texts: list[str], given: set[str]) -> bool:
    """3–12 characters on word boundaries in the group's paragraphs, no poor shape, free of the
    titles given."""
    if not MIN_CHARS <= len(phrase) <= MAX_CHARS or poor_zh_title(phrase, texts):
        return False
    return free_of(phrase, given) and any(on_word_boundaries(phrase, t, "zh") for t in texts)
