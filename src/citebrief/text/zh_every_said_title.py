"""A Chinese news group's title that one of its bullets says, where every bullet of the group
says one rare word the title does not: "退役军人" over two bullets on what veterans do, not
"老兵宣讲团" of one of them. Blind readers of zh-news briefs mark a title they find under one
bullet as no theme; a word every bullet says is what the group is about, and a reader finds it
in each.

The chooser's covering title (`title_choice`) takes a word every bullet says from the bullets'
noun phrases, and `zh_most_said` asks a phrase of two words or more (a word alone that most
bullets say is mostly a generic one); a word the tagger reads as a set phrase (l: "退役军人",
"违法行为", "少年儿童") is in neither, so it is found here. The word is said by every bullet (two
or more), the title by one at most; it is rare (its background IDF above `MIN_IDF`, as
`zh_most_said` asks), of three characters or more, a thing's word (no figure: "平均水平") a
bullet says as one (not only the front of a name: "自然资源" of 自然资源局), no place, office or
role any story has (`zh_poor_titles`), on word boundaries in the group's paragraphs, and free
of the titles given (the overview's subject among them). Several such words: the rarest.

Three of 200 zh-news briefs change (none of zh-clts): "退役军人" for 老兵宣讲团, "违法行为" for
"两客一危一货" over three bullets on the traffic offences checked, "少年儿童" for a school's name.
"""

from __future__ import annotations

from citebrief.text.titles import free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_detail_title import MEASURE_HEADS
from citebrief.text.zh_most_said import MIN_IDF
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import heads_somewhere, office, saying, where

MIN_BULLETS = 2
MIN_CHARS = 3  # "军人", "消费" of two characters are mostly generic
# a figure each sentence reports of its thing ("平均水平", "同比", "比重"), not the thing
_FIGURES = (*MEASURE_HEADS, "水平", "同比", "环比", "比重", "占比", "比例", "数量", "总量", "增速")
_THING_TAGS = frozenset({"n", "nz", "vn", "j", "l"})  # "退役军人" is a set phrase (l)


def every_said_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the rare word every one of `bullets` says where `title` is said by one of
    them at most (see the module's docstring). `texts`: the group's paragraphs; `used`: the
    titles given already (casefolded), this one's excepted."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) > 1:
        return title
    shared: set[str] | None = None
    for bullet in bullets:
        words = {w for w, tag in tag_zh(bullet) if tag in _THING_TAGS and len(w) >= MIN_CHARS}
        shared = words if shared is None else shared & words
        if not shared:
            return title
    assert shared is not None
    from citebrief.text.idf import background_idf  # late: the table loads on first use

    fits = sorted(w for w in shared if _fits(w, bullets, texts, used))
    if not fits:
        return title
    rarity = dict(zip(fits, background_idf().lookup(fits).tolist(), strict=True))
    best = max(fits, key=lambda w: (rarity[w], w))
    return best if rarity[best] >= MIN_IDF else title


def _fits(word: str, bullets: list[str], texts: list[str], used: set[str]) -> bool:
    """A thing's word, no place, office or poor shape, free of the titles given, that each bullet
    says as a thing of its own somewhere (not only the front of a name: "自然资源|局"),
    said on word boundaries in the group's paragraphs."""
    if where(word, bullets) or office((word,)) or poor_zh_title(word, texts) or not free_of(word, used):
        return False
    if word.endswith(_FIGURES):  # "高于全国平均水平" in each bullet: their figures' benchmark
        return False
    if not heads_somewhere(word, bullets):
        return False
    return any(on_word_boundaries(word, t, "zh") for t in texts if word in t)
