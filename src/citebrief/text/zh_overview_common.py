"""A Chinese overview subject made only of words said of everything ("工作会议", "发展改革",
"科学教育", "医药领域") names no thing of the article's own: a reader of "核心要点：科学教育"
learns a field, not the news. Where the lead writes the subject inside a longer name, that
name is what the article is about: the name the lead quotes or marks around it
(“全国科学教育暑期学校”), else the run of nouns the lead writes around it on word boundaries
("全国医药领域腐败问题"), where that run adds a word of its own (one the background says of
few texts), fits a title and is a name the article says again (a run said once is a
description: "就业服务样板"). Whatever a subject's words, one the lead writes right after a
quoted name is that name's: "“西电东送”输电能力", "“神医神药”违法广告". Only the lead's first
place decides: a later "国家外汇管理局工作会议" is another meeting than the one the lead reports,
a later "“米多多乡村童声合唱周”公益项目" another project.
"""

from __future__ import annotations

from itertools import accumulate

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.title_counts import specificity
from citebrief.text.titles import starts
from citebrief.text.tokenize import tag_zh

COMMON = 6.6  # background IDF under which a word is said of nearly every text ("工作", "发展", "领域")
MAX_CHARS = 14  # a title's most characters, marks left out
MIN_SAID = 2  # a run of nouns said once is a description, not a name the article uses
MIN_WORD = 2  # a single character is a particle or a piece, never the word a name turns on
# the words a name is made of: nouns, names, abbreviations, nominal verbs ("整治"), idioms
_NOUNISH = frozenset({"n", "nz", "ns", "nt", "nr", "nrt", "nrfg", "j", "vn", "l", "eng", "an"})
# words a name holds but neither opens nor ends on: "切实加强暴雨……", "……东中西部对口"
_NO_EDGE = frozenset({"vn", "l", "an"})
# a quoted name right before the subject's place: the subject is that name's ("“神医神药”违法广告")
_QUOTED_BEFORE = LazyPattern(r"“([^“”‘’，。；：、！？!?\s]{2,10})”$")
# a name the lead marks as one: quoted or in book marks, no clause inside
_MARKED = LazyPattern(r"“([^“”，。；：、！？\s]{2,20})”|《([^《》，。；：、！？\s]{2,30})》")


def named_in_lead(subject: str, lead: list[str], texts: list[str]) -> str:
    """`subject` as the name the lead's first whole-word place of it writes: with the quoted name
    right before it, whatever its words; else, where every word of `subject` is a common one, the
    longer name around it; else `subject` as it is. The name is what the overview shows:
    the subject stays what the brief's other titles keep clear of (a group's "医药反腐风暴" stands,
    not "医药领域行业风气" once "医药领域" were free)."""
    if not subject or len(subject) > MAX_CHARS:
        return subject
    place = next(((s, at) for s in lead for at in starts(subject, s) if _whole_word(s, at, subject)), None)
    if place is None:
        return subject
    quoted = _QUOTED_BEFORE.search(place[0][: place[1]])
    if quoted and len(quoted.group(1)) + len(subject) <= MAX_CHARS:  # “西电东送”输电能力: whatever its words
        return quoted.group(0) + subject
    return (_wider(*place, subject, texts) or subject) if _common(subject, texts) else subject


def _whole_word(sentence: str, at: int, subject: str) -> bool:
    """Whether the subject is whole words at this place ("发展改革" of 国家发展改革委 is not)."""
    ends = set(accumulate(len(w) for w, _ in tag_zh(sentence)))
    return (at == 0 or at in ends) and at + len(subject) in ends


def _wider(sentence: str, at: int, subject: str, texts: list[str]) -> str:
    """The longer name at this place of the subject: the marked one around it, else the nouns
    around it; '' where the subject is no whole word there or nothing fits."""
    return _marked(sentence, at, subject) or _noun_run(sentence, at, subject, texts)


def _common(subject: str, texts: list[str]) -> bool:
    """Whether every word of `subject` (of two characters or more) is one said of nearly every text."""
    words = [w for w, _ in tag_zh(subject) if len(w) >= MIN_WORD]
    values = specificity(words, "zh", texts)
    return bool(words) and all(values[w] < COMMON for w in words)


def _marked(sentence: str, at: int, subject: str) -> str:
    """The quoted or book-marked name around the subject's place, where it fits a title (a work
    keeps its marks, a term is given bare); '' where there is none or it is too long."""
    for match in _MARKED.finditer(sentence):
        if match.start() < at and at + len(subject) < match.end():
            term, work = match.group(1), match.group(2)
            name = term if term is not None else work
            if len(name) > MAX_CHARS or name.startswith("关于"):
                return ""
            return name if term is not None else f"《{work}》"
    return ""


def _noun_run(sentence: str, at: int, subject: str, texts: list[str]) -> str:
    """The nouns the sentence writes around the subject's place, the subject on word boundaries
    there, cut to a title's length (the words after it kept first: a Chinese name ends on its
    head), where the words added hold one of the article's own; '' where none fits."""
    pairs = tag_zh(sentence)
    ends = list(accumulate(len(w) for w, _ in pairs))
    opens = [e - len(w) for e, (w, _) in zip(ends, pairs, strict=True)]
    if at not in opens or at + len(subject) not in ends:
        return ""
    first, last = opens.index(at), ends.index(at + len(subject))
    low, high = first, last
    while low > 0 and pairs[low - 1][1] in _NOUNISH:
        low -= 1
    while high + 1 < len(pairs) and pairs[high + 1][1] in _NOUNISH:
        high += 1
    while low < first and (ends[high] - opens[low] > MAX_CHARS or pairs[low][1] in _NO_EDGE):
        low += 1
    while high > last and (ends[high] - opens[low] > MAX_CHARS or pairs[high][1] in _NO_EDGE):
        high -= 1
    added = [w for w, _ in pairs[low:first] + pairs[last + 1 : high + 1] if len(w) >= MIN_WORD]
    if not added or ends[high] - opens[low] > MAX_CHARS:
        return ""
    values = specificity(added, "zh", texts)
    if all(values[w] < COMMON for w in added):
        return ""
    name = sentence[opens[low] : ends[high]]
    return name if sum(t.count(name) for t in texts) >= MIN_SAID else ""
