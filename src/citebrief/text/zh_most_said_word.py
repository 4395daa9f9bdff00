"""A Chinese news group's title that one bullet says, given up for the rare noun most of the
group's bullets say and no other group's: "各族群众" over three bullets on how a hospital serves
patients of every people (its remedies, its interpreters, thirty years of care), not one's
"语言交流障碍"; "循环注气" over a gas field's injection scheme, not one's "方案系统设计".

Readers of zh-news briefs mark a title they find under one bullet as no theme. `zh_all_said_word`
gives such a group the rare word every bullet says; where one bullet of three or four says it in
other words, none is found, though the word is still what most bullets are about. Read from the
tagger's words of each bullet of a news group of three bullets or more whose title one bullet at
most says: a thing's word (a noun, a set phrase or an abbreviation, not a verb of one sentence:
"聚焦", "涌现") of two characters or more that more than half of the bullets say, two at least;
that no other group's bullets say (this group's, not the article's); as rare as a term (its
background IDF at least `zh_all_said_word.MIN_IDF`: not 企业, 服务, 工程); no place, person, body
or role (who or where, not what), no poor title, not only the front of a longer name ("名士" of
名士之乡), not a measure's tail ("4～6级|风", "600米|处"), an aside in parentheses ("见图") nor
an item of a list ("查获……、假冒品牌标贴4800余张、"), on word boundaries in the group's
paragraphs, and free of the titles given (the overview's subject among them). Several such
words: the one most bullets say, then the rarest.

A title stays where the group shares its subject and only its detail is one bullet's: one its
paragraphs say twice (a feature's item named again), a name, one whose word every bullet says
("房地产政策" over three bullets on 房地产), or whose rare word another bullet says too.
Three of zh-news' 200 briefs change, none of zh-clts or zh-policy.
"""

from __future__ import annotations

from collections import Counter

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import cleanly_cut, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_all_said_word import MIN_IDF, PLACE_ENDS, own_words, retitled
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_role_heads import role_heads
from citebrief.text.zh_shared import heads_somewhere, office, where

MIN_SAYERS = 2
MIN_CHARS = 2
_THING_TAGS = frozenset({"n", "nz", "vn", "l", "j"})  # no v: "聚焦", "会同" act in one sentence each
_NAMES = frozenset({"nr", "nrt", "nrfg", "ns", "nsf", "nt", "nz", "eng"})
_RARE_TITLE_WORD = 7.0  # 房地产, 机器人 are the subject; 方案 (5.9), 政策 (4.5) of a title are no one's
_FIGURE_TAGS = frozenset({"m", "mq", "q"})
_CLAUSE = LazyPattern(r"[，。；：！？,;]")
_ASIDES = LazyPattern(r"[(（][^()（）]*[)）]")


def most_said_words(
    titles: list[str], groups: list[tuple[list[str], list[str]] | None], bullets_of: list[list[str]], used: set[str]
) -> list[str]:
    """Each title, or the rare noun most of its group's bullets say and no other group's (see
    the module's docstring). `groups`: each group's bullets and their paragraphs, None for a
    group under a heading; `bullets_of`: every group's bullets; `used`: the titles given
    already (casefolded, the overview's subject among them), which it updates."""
    return retitled(titles, groups, bullets_of, used, _most_said, keeps=_kept)


def _kept(title: str, bullets: list[str], texts: list[str]) -> bool:
    """True for a title that stays: one the group's paragraphs say twice or more (a feature's
    item, "圣路易水晶", named again in its passage), a name ("YES!IC"), or one whose word every
    bullet says ("房地产政策" over three bullets on 房地产) or whose rare word another bullet
    says too ("扫地机器人" beside the 机器人 of another): the group shares its subject, only its
    detail is one bullet's."""
    if sum(t.count(title) for t in dict.fromkeys(texts)) >= 2:  # a paragraph once, however many bullets cite it
        return True
    words = [(w, tag) for w, tag in tag_zh(title) if tag != "x"]
    if any(c.isascii() and c.isalpha() for c in title) or all(tag in _NAMES for _, tag in words):
        return True
    own = [w for w, _ in words if len(w) >= MIN_CHARS]
    if any(all(w in b for b in bullets) for w in own):
        return True
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    rare = [w for w, v in zip(own, background_idf().lookup(own).tolist(), strict=True) if v >= _RARE_TITLE_WORD]
    return any(sum(w in b for b in bullets) >= MIN_SAYERS for w in rare)


def _most_said(bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The noun most `bullets` say and none of `others`, rare and free of `taken`; '' when none."""
    said: Counter[str] = Counter()
    for bullet in bullets:
        said.update({w for w, tag in tag_zh(bullet) if tag in _THING_TAGS and len(w) >= MIN_CHARS})
    need = max(MIN_SAYERS, len(bullets) // 2 + 1)
    found = own_words(sorted(w for w, n in said.items() if n >= need), others, taken)
    if not found:
        return ""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    rarity = dict(zip(found, background_idf().lookup(found).tolist(), strict=True))
    for word in sorted(found, key=lambda w: (-said[w], -rarity[w], w)):
        if rarity[word] < MIN_IDF or _not_a_thing(word, bullets, texts):
            continue
        if any(on_word_boundaries(word, t, "zh") and cleanly_cut(word, t, "zh") for t in texts if word in t):
            return word
    return ""


def _not_a_thing(word: str, bullets: list[str], texts: list[str]) -> bool:
    """True for a place, a body or a role, a poor title, a place's front ("华新" of 华新镇) or a
    word the bullets say only as the front of a longer name ("名士" of 名士之乡)."""
    if where(word, bullets) or office((word,)) or poor_zh_title(word, texts) or role_word(word):
        return True
    if any(word + end in bullet for bullet in bullets for end in PLACE_ENDS):
        return True
    if not heads_somewhere(word, bullets):
        return True
    sayers = [b for b in bullets if word in b]
    return all(_counted(word, b) for b in sayers) or all(_listed(word, b) for b in sayers)


def role_word(word: str) -> bool:
    """True for a word naming people by their role ("负责同志", "负责人", "消费者"): who spoke,
    not what the group is about. A one-character head (人, 者, 员…) counts in a word of three or more."""
    heads = (*role_heads(), "同志")
    return any(word.endswith(head) and (len(head) >= 2 or len(word) >= 3) for head in heads if word != head)


def _counted(word: str, bullet: str) -> bool:
    """True when the bullet says the word only in parentheses (an aside: "(见图2)") or, each
    place it says it as one, right after a figure: the tail of a measure ("4～6级|风",
    "600米|处"), not a thing."""
    if word not in _ASIDES.sub("", bullet):
        return True
    words = tag_zh(bullet)
    before = [words[k - 1][1] if k else "x" for k, (w, _) in enumerate(words) if w == word]
    return bool(before) and all(tag in _FIGURE_TAGS for tag in before)


def _listed(word: str, bullet: str) -> bool:
    """True when the bullet says the word as one item of a list: in a clause that lists with
    "、", or right before 等 ("查获……、假冒品牌标贴4800余张、贴标机", "购得假冒品牌标贴等包材")."""
    return any(word in clause and ("、" in clause or word + "等" in clause) for clause in _CLAUSE.split(bullet))
