"""A Chinese title that is a person's name the tagger cut short, given whole: "嘎玛西周", not "嘎玛".

The tagger reads an unfamiliar four-character name as a name and a word of its own ("嘎玛|西周":
a given name and the Western Zhou), so the words a group's bullets share may be the name's first
half, and a group about the singer 嘎玛西周 was titled "嘎玛" (zh-news L1346, record 175, once his
words to the children joined his group: `zh_edge_subjects`), and the volunteer tutor's group of
zh-news 9 as the benches cut it "卢鹏" ("卢鹏|博正"). A reader meets half a name.

Here a title of two or three Chinese characters the tagger reads as a person's name (nr, nrt)
takes the characters after it where the article writes it at least twice, each time followed by
the same one or two Chinese characters, and writes those characters nowhere else: they belong to
the name, whole four characters at most. A name followed by a word the article writes on its own
("王昱表示", "陈浩带") keeps its title as it was.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import starts
from citebrief.text.tokenize import tag_zh

MIN_SAID = 2  # once, the characters after a name are chance
MAX_NAME = 4  # a Chinese person's name is four characters at most
_NAME_TAGS = frozenset({"nr", "nrt"})
_SHORT_NAME = LazyPattern(r"[\u4e00-\u9fff]{2,3}")
_HAN = LazyPattern(r"[\u4e00-\u9fff]")


def name_tailed(title: str, texts: list[str]) -> str:
    """`title` with the rest of the name it begins, where it is a person's name the tagger cut
    short (module doc); else `title` as it is."""
    if not _SHORT_NAME.fullmatch(title):
        return title
    words = tag_zh(title)
    if len(words) != 1 or words[0][1] not in _NAME_TAGS:
        return title
    after = [(text, at + len(title)) for text in texts for at in starts(title, text)]
    if len(after) < MIN_SAID:
        return title
    for size in range(MAX_NAME - len(title), 0, -1):
        tails = {text[end : end + size] for text, end in after}
        if len(tails) != 1:
            continue
        tail = tails.pop()
        if len(tail) != size or not all(_HAN.fullmatch(c) for c in tail):
            continue
        whole = title + tail
        if sum(text.count(tail) for text in texts) == sum(text.count(whole) for text in texts):
            return whole
    return title
