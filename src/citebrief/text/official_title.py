"""What an official document's title is about, as a title: its subject without the frame
around it ("关于……的通知"), the part or year it names, the names the document shortens, and for a
reply the proposal it answers. Split from engines/group_titles.py, whose overview title reads it."""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.noun_phrases import noun_phrase
from citebrief.text.titles import on_word_boundaries
from citebrief.text.tokenize import tag_zh

OFFICIAL_TITLE = LazyPattern(r"关于|(?:通知|意见|决定|条例|办法|规定|方案|规划|纲要|细则|批复|答复|函)$")
# a docket number: a reply's title names the proposal by it ("十届全国人大四次会议第2996号建议")
DOCKET = LazyPattern(r"第[0-9０-９〇一二三四五六七八九十百千]+号")
# what an official title says around its subject: which part or year of it ("部分节假日安排",
# "2018年度国家科学技术奖励"), and what is done with it ("……有关事项", "典型经验做法给予表扬")
_OFFICIAL_LEADS = ("部分", "年度", "当前和今后一个时期", "今后一个时期", "有关", "若干")
_OFFICIAL_TAILS = ("有关事项", "有关问题", "几个问题", "给予表扬", "给予通报表扬")
MIN_OFFICIAL_SUBJECT = 4


def trim_official(subject: str) -> str:
    """An official title's subject without the words that say which part or what is done with it
    ("部分节假日安排" → "节假日安排", "建设国家自主创新示范区" → "国家自主创新示范区")."""
    for lead in (*_OFFICIAL_LEADS, "建设"):
        rest = subject.removeprefix(lead)
        if rest != subject and len(rest) >= (MIN_OFFICIAL_SUBJECT if lead != "建设" else 6):
            subject = rest
            break
    for tail in _OFFICIAL_TAILS:
        rest = subject.removesuffix(tail)
        if rest != subject and len(rest) >= MIN_OFFICIAL_SUBJECT:
            return rest
    return subject


# where a reply restates the proposal it answers: "对于您提出的建设地方政府门户网站外文版的建议"
_PROPOSAL = LazyPattern(r"您提出的(?:关于)?([\u4e00-\u9fff]{4,24}?)的(?:建议|提案)")


def reply_proposal(texts: list[str]) -> str:
    """What the proposal a reply answers asks for, as its noun phrase ("地方政府门户网站外文版"),
    '' where the reply does not restate it or it is no noun phrase ("请总理……听取民意")."""
    for text in texts:
        found = _PROPOSAL.search(text)
        if found:
            phrase = noun_phrase(found.group(1), "zh")
            nouns = all(tag in _NOUN_TAGS for _, tag in tag_zh(phrase))
            return phrase if nouns and on_word_boundaries(phrase, text, "zh") else ""
    return ""


# a name the document shortens: "自由贸易试验区（以下简称自贸试验区）", "……制度（以下统称“三项制度”）"
_SHORT_NAME = LazyPattern(r"([^，。；：（）]{4,60}?)（以下(?:简称|统称)“?([^”“（）]{2,12}?)”?）")
# what an official title says its subject comes as: dropped where the subject is long ("支持自由
# 贸易试验区深化改革创新若干措施" is about the 自贸试验区's 深化改革创新)
_TITLE_TAILS = ("若干措施", "若干意见", "若干规定", "若干政策措施", "若干问题")
QUOTE_MARKS = LazyPattern(r"[“”‘’\"]")


MIN_SHORT_NAME = 4
LONG_SUBJECT = 10  # a subject this long may have been cut from the front to fit a title


def _short_names(texts: list[str]) -> list[tuple[str, str]]:
    """The (long, short) names a document defines, the long one without its list commas: a
    contraction ("自由贸易试验区" → "自贸试验区") or a collective name (统称 "三项制度"), not the
    head noun alone ("……普查领导小组" → "领导小组" says less)."""
    found = []
    for text in texts:
        if "（以下" not in text:
            continue  # the pattern's one literal: most paragraphs define no name (a scan, not a search per position)
        for match in _SHORT_NAME.finditer(text):
            long, short = match.group(1).replace("、", ""), match.group(2)
            if len(short) < MIN_SHORT_NAME or long.endswith(short):
                continue
            chars = iter(long)
            if "统称" in match.group(0) or all(char in chars for char in short):
                found.append((long, short))
    return found


def _abbreviated(title: str, texts: list[str]) -> str:
    """The title with each name the document shortens in its short form (the longest end of the
    long name the title has: "对全面推行……审核制度" defines 三项制度; the title says "……审核制度")."""
    for long, short in _short_names(texts):
        for start in range(len(long) - 3):
            if long[start:] in title:
                title = title.replace(long[start:], short)
                break
    return title


def title_subject(title: str, texts: list[str]) -> str:
    """An official title's subject as a noun phrase that fits a title: where the whole is too
    long, with the names the document shortens shortened and the "若干措施" it comes as dropped,
    whichever keeps most of its head ("自贸试验区深化改革创新", not "深化改革创新若干措施")."""
    plain = QUOTE_MARKS.sub("", title)
    subject = noun_phrase(plain, "zh")
    if len(subject) < LONG_SUBJECT:
        return subject
    names = _short_names(texts)
    shorter = _abbreviated(plain, texts)
    ranked = []
    variants = [shorter, *(shorter.replace(tail, "", 1) for tail in _TITLE_TAILS if tail in shorter)]
    for candidate in (plain, *variants):
        phrase = noun_phrase(candidate, "zh")
        # "三项制度" whole, where the tagger read 三项 as a number and left "制度"
        phrase = next((short for _, short in names if short in candidate and short.endswith(phrase)), phrase)
        if len(phrase) < MIN_SHORT_NAME or (candidate != plain and _cut_from_front(candidate, phrase)):
            continue  # a variant is taken only whole: "试验区深化改革创新" is still a cut
        # a cut from the front leaves the phrase further from 关于
        ranked.append((candidate.find(phrase) - candidate.find("关于"), -len(phrase), phrase))
    return min(ranked)[2] if ranked else subject


def _cut_from_front(title: str, phrase: str) -> bool:
    """Whether the word before `phrase` in the title belongs to it (a noun: "自由贸易|试验区"), not
    to the frame around it (关于, a verb: "支持|自贸试验区")."""
    before = [(w, tag) for w, tag in tag_zh(title[: title.find(phrase)]) if w.strip()]
    return bool(before) and before[-1][0] != "关于" and not before[-1][1].startswith(("v", "p"))


def on_title(subject: str, title: str, texts: list[str]) -> bool:
    """The subject is a phrase of the title on word boundaries, its quotation marks left out or
    the names the document shortens shortened."""
    plain = QUOTE_MARKS.sub("", title)
    return any(on_word_boundaries(subject, t, "zh") for t in (title, plain, _abbreviated(plain, texts)))


_NOUN_TAGS = frozenset({"n", "nz", "vn", "nt", "ns", "j"})
