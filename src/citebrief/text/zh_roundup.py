"""What a Chinese roundup is about: a feature that walks through several parallel items, each
with its own name (recipes "红枣黑芝麻粥，原料：", products "扫地机器人@iRobot", a numbered list
"1.窗户和阳台潜在危险：", dishes each opening their own sentences or named by a photo caption the
story names again: text/zh_captions.py), is about what the items are instances of ("冬令进补",
"小家电"), which its opening states, never about one item.

Read from the opening (the sentences before the first item): the topic it says it discusses
("当我们在讨论冬令进补时"), the lead-in of a numbered list ("常见跌落危险因素及预防办法："), else the
opening's noun the rest of the piece keeps coming back to, no item's own word.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.noun_phrases import noun_phrase
from citebrief.text.titles import cleanly_cut, is_name, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_captions import caption_names

_HAN = "\u4e00-\u9fff"
# the marks of an item with its own name, each giving the name
_RECIPE = LazyPattern(rf"^([{_HAN}]{{2,12}})，(?:原料|材料|食材|用料)[：:]")
_BRAND = LazyPattern(rf"([{_HAN}]{{2,12}})@[A-Za-z]")
# the brand after the @, the name the item's sentences use ("彩妆@YES!IC" → YES!IC, "杯子@圣路易水晶曼哈顿系列")
_BRAND_NAME = LazyPattern(rf"@([A-Za-z][A-Za-z0-9!&.\-]*[A-Za-z0-9!]|[{_HAN}]{{2,12}})")
_NUMBERED = LazyPattern(rf"(?:^|[：:。；])\s*([1-9])[.．、]([{_HAN}]{{2,12}})[：:]")
_OPENER = LazyPattern(rf"^([{_HAN}]{{4,10}})，")
# "当我们在讨论冬令进补时", "说起春笋": the opening names its topic
_TOPIC = LazyPattern(rf"(?:讨论|说起|说到|谈起|谈到|提起|聊聊|聊到)([{_HAN}]{{2,8}}?)(?:时|的时候|，|,|？|\?)")
_NOUN_TAGS = frozenset({"n", "nz", "vn", "j", "l"})
_HEAD_TAGS = frozenset({"n", "nz", "j"})
_RECUR_TAGS = frozenset({"n", "nz", "j", "vn"})
MIN_ITEMS = 2
MIN_NUMBERED = 3
OPENING_SENTENCES = 3
MIN_RECURRENCE = 3


def roundup_subject(sentences: list[str]) -> str:
    """The roundup's subject, '' where the piece has fewer than two named items or its opening
    names no subject that is not an item's own."""
    items, first, lead_in = _items(tuple(sentences))
    if len(items) < MIN_ITEMS:
        return ""
    opening = sentences[: min(first, OPENING_SENTENCES)] if first else []
    joined = "".join(sentences)
    own = "".join(items)
    if lead_in:  # "常见跌落危险因素及预防办法" → 跌落危险因素
        phrase = noun_phrase(re.split("及|和|与", lead_in)[0], "zh")
        phrase = phrase.removeprefix("常见").removeprefix("主要")
        if len(phrase) >= 2 and on_word_boundaries(phrase, joined, "zh"):
            return phrase
    for sentence in opening:
        topic = _TOPIC.search(sentence)
        if topic and _is_noun_phrase(topic.group(1)) and topic.group(1) not in own:
            return topic.group(1)
    return _recurring(opening, sentences[len(opening) :], own, joined) or _main_topic(opening, own)


def _main_topic(opening: list[str], own: str) -> str:
    """The first noun of the opening's first main clause ("随着科技的不断进步，小家电的迭代速度……"
    → 小家电), past the clauses that say when or as what ("随着……", "当……时")."""
    for sentence in opening[:1]:
        for clause in re.findall(r"[^，。；！？]+", sentence):
            if clause.startswith(_SUBORDINATE):
                continue
            for word, tag in tag_zh(clause):
                if tag in _HEAD_TAGS and len(word) >= 2 and word not in own:
                    return word if not is_name(word, [sentence], "zh") else ""
            return ""
    return ""


_SUBORDINATE = ("随着", "当", "在", "从", "由于", "因为", "如果", "虽然", "实际上", "其实")
# "野菜和春笋是江南人到了春季必吃的食材": what the items are instances of
_GENUS = LazyPattern(rf"是[^，。；]{{0,14}}的([{_HAN}]{{2,4}})(?:[，。；]|$)")


def roundup_items(sentences: list[str]) -> list[str]:
    """The names of a roundup's items, in order ([] where the piece is no roundup)."""
    items = _items(tuple(sentences))[0]
    return list(items) if len(items) >= MIN_ITEMS else []


def roundup_brands(sentences: list[str]) -> dict[str, str]:
    """Each product item's brand, by the item's name: "彩妆@YES!IC" → {"彩妆": "YES!IC"}."""
    brands: dict[str, str] = {}
    for sentence in sentences:
        if "@" not in sentence:
            continue
        for m in _BRAND.finditer(sentence):
            brand = _BRAND_NAME.match(sentence, m.end(1))
            if brand:
                brands.setdefault(m.group(1).rsplit("的", 1)[-1], brand.group(1))
    return brands


def item_named(items: list[str], bullets: list[str], used: set[str], brands: dict[str, str] | None = None) -> str:
    """The one roundup item a group's bullets name, by its whole name, else by its brand where
    they say only that (YES!IC's lines never say 彩妆: the group is YES!IC, not its "设计师"), else
    by its head word ("美发直发器" where they say 直发器 and 戴森's plates); '' where they name none
    or several."""
    brand_of = {item: brand for item, brand in (brands or {}).items() if brand.casefold() not in used}
    free = [item for item in items if item.casefold() not in used]
    for says in (lambda item: item, lambda item: brand_of.get(item, ""), _head):
        named = [item for item in free if (word := says(item)) and any(word in b for b in bullets)]
        if named:
            return (says(named[0]) if says is not _head else named[0]) if len(named) == 1 else ""
    return ""


def item_opened(items: list[str], texts: list[str], used: set[str], brands: dict[str, str]) -> str:
    """The one roundup item whose own line opens a paragraph the group cites, by its brand where
    it has one: a recipe's steps and tips never say the dish ("大米淘洗干净……", "黑芝麻容易炒焦……")
    but the passage they come from opens with "红枣黑芝麻粥，原料：……"; '' where none or several."""
    opened = [item for item in items if any(_opens_with(text, item) for text in texts)]
    if len(opened) != 1:
        return ""
    name = brands.get(opened[0], opened[0])
    return name if name.casefold() not in used else ""


def item_line(text: str, items: list[str]) -> str:
    """The item whose own line the text opens with ("红枣黑芝麻粥，原料：……" → 红枣黑芝麻粥), '' where none."""
    return next((item for item in items if _opens_with(text, item)), "")


_ITEM_LINE_AFTER = LazyPattern(r"(?:[，,]\s*(?:原料|材料|食材|用料|主料)[：:]|@)")
_ITEM_LINE_REACH = 30  # the item's name starts within the first 30 characters of its sentence
_SENTENCE_STOPS = "。！？"


def _opens_with(text: str, item: str) -> bool:
    """Whether the text's first sentence is the item's own line ("白菜萝卜汤，原料：……", "……扫地机器人@iRobot"):
    the item within its first 30 characters, no stop before it, the line's mark after it. Each
    place is looked at (`str.find`): a pattern made of the item would be compiled anew for each
    item of each new article."""
    reach = min((i for i, c in enumerate(text[:_ITEM_LINE_REACH]) if c in _SENTENCE_STOPS), default=_ITEM_LINE_REACH)
    at = text.find(item, 0, reach + len(item))
    while 0 <= at <= reach:
        if _ITEM_LINE_AFTER.match(text, at + len(item)):
            return True
        at = text.find(item, at + 1, reach + len(item))
    return False


MIN_HEAD = 2


def _head(item: str) -> str:
    """An item's last word, where it is a noun of two characters or more ("直发器" of 美发直发器)."""
    word, tag = tag_zh(item)[-1]
    return word if len(word) >= MIN_HEAD and tag in _NOUN_TAGS and word != item else ""


@lru_cache(maxsize=2)
def _items(sentences: tuple[str, ...]) -> tuple[tuple[str, ...], int, str]:
    """The items' names, the index of the first item's sentence, and a numbered list's lead-in.
    Kept for the next call: the overview's title and the groups' titles ask it of the same
    sentences, and each asks rjieba to tag every sentence's opening."""
    named: list[tuple[int, str]] = []
    numbered: list[tuple[int, str]] = []
    lead_in = ""
    opened: list[tuple[int, str]] = []
    for k, sentence in enumerate(sentences):
        # each mark needs a character most sentences lack (料 or 材 of 原料/食材, "@", a colon): asked first
        marks = (_RECIPE if "料" in sentence or "材" in sentence else None, _BRAND if "@" in sentence else None)
        for pattern in filter(None, marks):  # "连墙角都能扫干净的扫地机器人@iRobot": the product
            named.extend((k, m.group(1).rsplit("的", 1)[-1]) for m in pattern.finditer(sentence))
        for m in _NUMBERED.finditer(sentence) if "：" in sentence or ":" in sentence else ():
            numbered.append((k, m.group(2)))
            if m.group(1) == "1" and not lead_in:
                lead_in = sentence[: m.start()].strip("：: ")
        opener = _OPENER.match(sentence)
        if opener:
            opened.append((k, opener.group(1)))
    named.extend(_repeated_openers(opened))
    named.extend(caption_names(sentences))  # "荠菜火腿拌天目春笋，风味清爽而饱满，咸鲜香嫩。": the dish
    if len(numbered) >= MIN_NUMBERED:
        named.extend(numbered)
    else:
        lead_in = ""
    names = tuple(dict.fromkeys(n for _, n in named))
    return names, min((k for k, _ in named), default=0), lead_in


def _repeated_openers(opened: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The openers (sentence index, opening words) that open two sentences or more and name a
    thing (a dish's name, not a clause of reason or means: "由于历史原因，", "通过技术改造，"), each
    with its first sentence. Whether one names a thing is the words' own, so only an opener said
    twice is tagged: most sentences' openings are their own, and tagging each cost a cut."""
    said = Counter(words for _, words in opened)
    first: dict[str, int] = {}
    for k, words in opened:
        if said[words] >= 2 and words not in first:
            first[words] = k
    found = []
    for words, k in first.items():
        tags = [tag for _, tag in tag_zh(words)]
        if tags[-1] in _HEAD_TAGS and tags[0] not in ("p", "c", "d", "v"):
            found.append((k, words))
    return found


def _is_noun_phrase(phrase: str) -> bool:
    tags = [tag for _, tag in tag_zh(phrase)]
    return bool(tags) and all(tag in _NOUN_TAGS or tag == "v" for tag in tags) and tags[0] != "v"


def _recurring(opening: list[str], rest: list[str], own: str, joined: str) -> str:
    """The opening's noun the rest of the piece says most (3 times or more), no item's word,
    with the modifier the piece puts before it where that modifier is the opening's too
    ("食材" → "春令食材")."""
    words = [(w, t) for s in opening for w, t in tag_zh(s)]
    later = "".join(rest)
    nouns = [w for w, t in words if t in _RECUR_TAGS and len(w) >= 2 and w not in own]
    nouns = [w for w in dict.fromkeys(nouns) if not is_name(w, [joined], "zh")]
    genus = {tag_zh(m.group(1))[-1][0] for s in opening for m in _GENUS.finditer(s)}
    genus = {w for w in genus if later.count(w) >= MIN_RECURRENCE}
    scored = sorted(nouns, key=lambda w: (w not in genus, -later.count(w)))
    if not scored or later.count(scored[0]) < MIN_RECURRENCE:
        return ""
    head = scored[0]
    said = {w for w, t in words if t in _NOUN_TAGS | {"t"}}
    for modifier in sorted(said, key=len, reverse=True):
        phrase = modifier + head
        if phrase in joined and cleanly_cut(phrase, joined, "zh") and phrase not in own:
            return phrase
    # "设计" → "设计品" where the opening says the goods: the thing, not the craft
    goods = next((head + c for c in _GOODS if any(head + c in o for o in opening)), "")
    return goods if goods and goods not in own else head


_GOODS = "品物"
