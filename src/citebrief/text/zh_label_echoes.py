"""A measure's label that the sentence after it spells out ("大力发展职业赛事。着力发展足球、……等
职业联赛，……举办职业赛事", "实行失业登记常住地服务。失业人员可在常住地……办理失业登记"): the
bullet reads whole without it.

A policy item is often "（三）label。measure": the label is the item's heading in the source's
outline, and where the measure names the same thing (a word of the label past its opening
action: "职业赛事" of "大力发展职业赛事", "审核" of "明确审核内容") a bullet that keeps it opens on
the document's subheading — readers marked such bullets down ("Bullets often open with the
document's own subheading"). A label the measure shares no word with says what the measure is
for and stays ("加大稳岗支持力度。对不裁员或少裁员的参保企业，可返还……50%"); so does a
principle's name ("坚持依法规范。全面履行法定职责……"), which readers want named.
"""

from __future__ import annotations

from citebrief.text.tokenize import tag_zh

# a principle's frame: what follows is the principle's name, kept on its bullet
_PRINCIPLE_FRAMES = ("坚持",)
# first letters of the jieba tags of words that say nothing of a label's topic: prepositions,
# particles, adverbs, conjunctions, numbers, measure words, pronouns, place words ("关于……的")
_FUNCTION_TAGS = tuple("pudcmqrf")
# tags of a word that names a thing, not the action taken on it ("医院" of "医院自查自评")
_THING_TAGS = frozenset({"n", "nr", "nrt", "ns", "nt", "nz", "ng", "vn", "an", "j", "i", "l"})
MIN_WORD = 2  # characters of a word that may name the topic (one-character words say too little)


def _topic_words(name: str) -> list[str]:
    """The words of label `name` that say what it is about, its opening action left off where
    one opens it ("大力发展职业赛事" → 职业, 赛事; "医院自查自评" → 医院, 自查, 自评)."""
    tagged = [(word, tag) for word, tag in tag_zh(name) if len(word) >= MIN_WORD and not tag.startswith(_FUNCTION_TAGS)]
    if len(tagged) > 1 and tagged[0][1] not in _THING_TAGS:
        tagged = tagged[1:]  # "加强", "明确", "严格": the action, said by any measure
    return [word for word, _ in tagged]


def label_heads_sentence(name: str, sentence: str) -> bool:
    """Whether label `name` (its "。" left off) only heads `sentence`, which says the same thing:
    not a principle's name, and a word of its topic is in `sentence`."""
    if name.startswith(_PRINCIPLE_FRAMES):
        return False
    return any(word in sentence for word in _topic_words(name))
