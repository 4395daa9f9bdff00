"""A Chinese news group's title that is one bullet's act, a verb before the thing it acts on
("影响产品功效", "调整优化房地产政策", "弘扬先进生态文化"): blind readers of zh-news and zh-clts
briefs mark such a title as a clause's fragment ("a plot fragment: verb + object"), no noun
phrase an analyst would write over the group. The thing acted on is what the group is about:
"产品功效", "房地产政策", "先进生态文化".

The act: the title opens on verbs that act on a thing and never open a thing's name
(`ACT_VERBS`; the tagger alone reads "影响" as a verbal noun and "弘扬" as a name), fewer than
two of the group's bullets say it (an act more of them say is the group's event, and
`zh_action_title` makes such titles on purpose: "发布广告" over three clinics' illegal ads).
The thing: the rest of the title past its verbs ("调整优化|房地产政策"), a noun phrase of two
words or more (a noun last: one word says too little alone, "物资" of 运送物资, "警队" of 离开警队
over a detective's story, or is an act again, "防汛" of 解除防汛一级应急响应; and a lone word titles
too few groups well: tests/test_titles.py), on word boundaries and cleanly cut where the group's
paragraphs say it, no place, crowd or other poor shape (`zh_poor_titles`), free of the titles
given. Else the act stays.
"""

from __future__ import annotations

from citebrief.text.titles import cleanly_cut, free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import saying, where

# verbs a clause acts on its object with, none the front of a thing's name ("发布", "恢复" make
# events the title steps keep: "发布广告", "恢复供电"; a win's verbs are the event too: "险胜新西兰队"
# is about the winner, not the team beaten)
ACT_VERBS = (
    *("影响", "弘扬", "离开", "协助", "运送", "支付", "谋取", "寻求", "解除", "维护", "注意", "获取"),
    *("造成", "遭受", "优化", "调整", "检测", "采集", "提高", "降低", "完善", "加快"),
)
MIN_BULLETS = 2  # an act two bullets say is the group's event
MIN_THING = 2
MIN_WORDS = 2  # a thing of two words or more says which ("产品功效")
_NOUN_TAGS = frozenset({"n", "nz", "vn", "j", "ng", "nr"})


def act_object(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the thing it acts on where it is one bullet's act (module doc); `texts`: the
    group's paragraphs; `used`: the titles given (casefolded), this one's excepted."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) >= MIN_BULLETS:
        return title
    thing = title
    while verb := next((v for v in ACT_VERBS if thing.startswith(v)), ""):  # "调整优化|房地产政策"
        thing = thing[len(verb) :]
    return thing if thing != title and len(thing) >= MIN_THING and _fits(thing, bullets, texts, used) else title


def _fits(thing: str, bullets: list[str], texts: list[str], used: set[str]) -> bool:
    """Whether the thing may title the group (module doc)."""
    words = [(w, tag) for w, tag in tag_zh(thing) if w.strip()]
    if not words or words[-1][1] not in _NOUN_TAGS or not free_of(thing, used):
        return False
    if len(words) < MIN_WORDS:
        return False  # one word says too little alone ("物资", "警队") or is an act again ("防汛")
    if where(thing, bullets) or poor_zh_title(thing, texts):
        return False
    return any(on_word_boundaries(thing, t, "zh") and cleanly_cut(thing, t, "zh") for t in texts if thing in t)
