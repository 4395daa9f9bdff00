"""A Chinese title the article always says as the end of a longer name, given whole: "诈骗犯罪"
where every place says "网络诈骗犯罪", "干细胞捐献者" of "造血干细胞捐献者", "生活空间" of "非遗生活空间".

The chunker starts a noun phrase after a verb or a name ("造血|干细胞", "非遗|生活空间"), so a
title may be a longer term's tail; where the article says the phrase twice or more and each time
the same word stands before it, that word belongs to the name, and the reader finds the whole
name in the text.
"""

from __future__ import annotations

from citebrief.text.titles import starts
from citebrief.text.zh_word_places import word_ending

MIN_SAID = 2  # once, the word before a phrase is chance ("对港股市场"); twice the same, a name
MAX_CHARS = 12  # a title's most characters
MIN_LEAD = 2
# the tags of a word that may open a name: a noun, a place or a body, a verbal noun ("诈骗" of
# 网络诈骗犯罪), an abbreviation or a distinguishing word ("非遗", "大型")
_LEAD_TAGS = ("n", "v", "j", "b", "l")
_NOT_LEADS = frozenset({"nr", "nrfg", "nrt", "v"})  # a person says who; a verb ("加强", "造血") acts


def widened(title: str, texts: list[str]) -> str:
    """`title` with the words that stand before it wherever `texts` say it, where that is one
    word every time, at least twice, and the name so found starts on a word no single character
    goes before ("时代" of 新时代 gives nothing); else `title` as it is."""
    whole = title
    while True:
        lead = _lead(whole, texts)
        if lead is None:
            return whole
        if not lead or len(lead + whole) > MAX_CHARS:
            return title
        whole = lead + whole


def _lead(phrase: str, texts: list[str]) -> str | None:
    """The one word before `phrase` wherever `texts` say it (at least twice): '' where it is a
    single character (the name goes on before it: "新|时代"), None where there is no such word."""
    leads: set[tuple[str, str]] = set()
    said = 0
    for text in texts:
        if phrase not in text:  # most paragraphs: one C test, no call
            continue
        places = starts(phrase, text)
        for place in places:  # the brief's words of the text: each title and each step asks again
            said += 1
            leads.add(word_ending(text, place))
            if len(leads) > 1:
                return None
    if said < MIN_SAID or not leads:
        return None
    word, tag = leads.pop()
    if len(word) == 1 and "\u4e00" <= word <= "\u9fff":
        return ""
    if len(word) < MIN_LEAD or not tag.startswith(_LEAD_TAGS) or tag in _NOT_LEADS or word[0] in _SCOPES:
        return None
    return word


_SCOPES = frozenset("全本各该")  # "全省", "本市", "各地", "该县": how far, not which
