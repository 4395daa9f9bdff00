"""A Chinese title the article always says as the front of a longer noun phrase, given whole:
"上海互联网广告业务" where the text says "上海互联网广告业务收入", not "上海互联网" (a city's
internet, not its online-advertising business); "生态安全屏障体系", not "生态安全屏障".

The chunker may end a phrase before the noun that heads it (a modifier run is a noun phrase of
its own to it), and the title then names what the thing is of, not the thing. Where each place
the article says the phrase the same noun follows it, that noun is the phrase's head, and the
reader finds the whole phrase in the text. The mirror of `zh_widen.widened`, which adds the word
before; a phrase said once is closed too, as its one reading is the only one there is.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import starts
from citebrief.text.zh_modifier_end import ends_on_modifier
from citebrief.text.zh_poor_titles import PART_TAILS
from citebrief.text.zh_word_places import NO_WORD, word_starting

MAX_CHARS = 12  # a title's most characters
# the tags of a word that heads a noun phrase: a noun ("广告业务", "屏障|体系"), an abbreviation;
# not a name (a person or a place after a title is the next item: "火炬手樊添瑞"), not a verb or
# a verbal noun (the clause goes on: "紧急商务|申办", "支队民警|调查"), not what the tagger
# calls a proper noun or an idiom ("集团|达成协议")
_HEAD_TAGS = frozenset({"n", "ng", "j"})
_NAME_DOTS = frozenset("·•‧")
_HAN = LazyPattern(r"[\u4e00-\u9fff]")
# heads any noun phrase may end on that say which part, not what ("各地区间|方面"): none here
# closes a title, as the title without them says the same thing
_PLAIN_HEADS = frozenset({"方面", "领域", "等", "中", "上", "下", "里", "内", "外", "间", "时", "后", "前"})


def closed(title: str, texts: list[str]) -> str:
    """`title` with the nouns that follow it wherever `texts` say it, where that is one noun
    every time and the whole is a title's length at most; else `title` as it is."""
    whole = title
    while whole:  # '' has no head: every place would be one
        head = _head(whole, texts)
        if not head:
            return whole
        if len(whole + head) > MAX_CHARS:
            return title  # a phrase too long for a title: the cut one is all there is
        whole += head
    return whole


def _head(phrase: str, texts: list[str]) -> str:
    """The one noun after `phrase` wherever `texts` say it; '' where the words after differ,
    one is no noun, or the texts do not say the phrase on word boundaries."""
    heads: set[tuple[str, str]] = set()
    name_start = False  # a single character before a Han character or a name's dot
    for text in texts:
        if phrase not in text:  # most paragraphs: one C test, no call
            continue
        places = starts(phrase, text)
        for place in places:  # the brief's words of the text: each title and each step asks again
            end = place + len(phrase)
            word, tag = word_starting(text, end) if word_starting(text, place) != NO_WORD else NO_WORD
            after = text[end + len(word) : end + len(word) + 1]
            name_start = name_start or (len(word) == 1 and (bool(_HAN.match(after)) or after in _NAME_DOTS))
            heads.add((word, tag))
            if len(heads) > 1:
                return ""
    if not heads or name_start:  # "艺术家|亚|·伯雷克": a name's first character, not a head
        return ""
    word, tag = heads.pop()
    # "乡村民宿|全部|关闭": how many, "周氏夫妇|专门|到……": how they went, not a head (`zh_poor_titles.PART_TAILS`)
    # nor "人均", which modifies what follows it (`zh_modifier_end`)
    head = tag in _HEAD_TAGS and word not in _PLAIN_HEADS and not word.endswith(PART_TAILS)
    return word if head and not ends_on_modifier(word) else ""
