"""A Chinese news group's title that one bullet says, given up for the rare word every bullet
of the group says and no other group's.

The title steps look for a phrase of two words or more that most bullets share
(`zh_most_said`); where there is none they keep one bullet's phrase, and readers of zh-news
then meet "物资调配力度" over three bullets each on the power company's repair work (抢修力量,
供电设施抢修, 抢修前线). A word of two characters or more that all of a group's three or more
bullets say, that no other group's bullets say, and as rare as a
term (its background IDF at least that of 抢修, 渔船, 器械: not 发展, 企业, 服务) names what the
group is about better than one bullet's detail: "抢修". Not a place, a person, a body, a
figure, a time, a pronoun or a function word (where or who, not what), nor a word of the
overview's title or one a title holds already. On zh-news' first 200 items such a word is rare:
most groups whose title one bullet says share no rare word at all (a grouping matter).
"""

from __future__ import annotations

from collections.abc import Callable

from citebrief.text.titles import cleanly_cut, on_word_boundaries, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import saying, where

MIN_BULLETS = 3  # "all" of two is a pair's business (`engines/zh_run_titles.py`)
MIN_CHARS = 2
PLACE_ENDS = tuple("省市县区镇乡村州")  # a place's name before them is a place
MIN_IDF = 8.0  # 器械 8.0, 抢修 9.7; 物资 7.2, 学生 5.8, 企业 4.2 stay out
# who, where, when, how many and the function words: not what a group is about
_NOT_WHAT = frozenset(
    {"ns", "nsf", "nr", "nrt", "nrfg", "nt", "m", "mq", "t", "r", "d", "f", "p", "c", "u", "q", "s", "b"}
)


def all_said_words(
    titles: list[str], groups: list[tuple[list[str], list[str]] | None], bullets_of: list[list[str]], used: set[str]
) -> list[str]:
    """Each title, or the word all its group's bullets say and no other group's (see the
    module's docstring). `groups`: each group's bullets and their paragraphs, None for a group
    under a heading; `bullets_of`: every group's bullets (as `groups`, None or not); `used`: the
    titles given already (casefolded, the overview's subject among them), which it updates."""
    return retitled(titles, groups, bullets_of, used, _all_said)


# a group's bullets, their paragraphs, the other groups' bullets, the titles taken: its new title or ""
WordFor = Callable[[list[str], list[str], list[str], set[str]], str]


def retitled(
    titles: list[str],
    groups: list[tuple[list[str], list[str]] | None],
    bullets_of: list[list[str]],
    used: set[str],
    word_for: WordFor,
    keeps: Callable[[str, list[str], list[str]], bool] | None = None,
) -> list[str]:
    """Each title, or `word_for`'s word where the title is one bullet's at most in a group of
    `MIN_BULLETS` or more (and not one `keeps` keeps); `used` follows each change."""
    kept = list(titles)
    for k, group in enumerate(groups):
        if group is None or not titles[k]:
            continue
        bullets, texts = group
        if len(bullets) < MIN_BULLETS or saying(titles[k], bullets) > 1:
            continue
        if keeps is not None and keeps(titles[k], bullets, texts):
            continue
        others = [b for j, own in enumerate(bullets_of) if j != k for b in own]
        word = word_for(bullets, texts, others, used | {t.casefold() for t in kept if t})
        if word:
            kept[k] = swapped_title(titles[k], word, used)
    return kept


def own_words(found: list[str], others: list[str], taken: set[str]) -> list[str]:
    """`found`, in order, less a word another group's bullets (`others`) say (this group's, not
    the article's) and one that holds or is held by a title given (`taken`, casefolded)."""
    found = [w for w in found if not any(w in other for other in others)]
    return [w for w in found if not any(w.casefold() in t or t in w.casefold() for t in taken if t)]


def _all_said(bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The rarest word all `bullets` say and none of `others`, free of `taken`; '' when none."""
    shared: set[tuple[str, str]] | None = None
    for bullet in bullets:
        words = {(w, tag) for w, tag in tag_zh(bullet) if len(w) >= MIN_CHARS and tag not in _NOT_WHAT}
        shared = words if shared is None else shared & words
        if not shared:
            return ""
    found = own_words(sorted({w for w, _ in shared or ()}), others, taken)
    if not found:
        return ""
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    values = background_idf().lookup(found).tolist()
    for value, word in sorted(zip(values, found, strict=True), reverse=True):
        if value < MIN_IDF or poor_zh_title(word, texts) or where(word, bullets):
            continue
        if any(word + end in bullet for bullet in bullets for end in PLACE_ENDS):  # "华新" of 华新镇
            continue
        if any(on_word_boundaries(word, t, "zh") and cleanly_cut(word, t, "zh") for t in texts if word in t):
            return word
    return ""
