"""A Chinese news group's title that names what one bullet's figure measures ("……量达N万吨"),
given way to the group's next phrase whose head more of its bullets say.

A figure is one sentence's detail: the quantity it reports is rare, so the chooser finds it the
group's own, but a reader takes the title for what the group is about and finds it under one
bullet of several, beside a number. The group's next phrases are tried in turn; the first that
ends on a noun two bullets or more say, no common one ("合作协议" where two bullets write the
"协议"), is kept: what most bullets share names the group. Else the title stays. As the bench cuts them,
2 of 200 zh-news briefs change (53: "合作协议", not "植被固碳量"; 31: "体育彩票公益金", not
"筹集公益金"), none as pasted, nor of zh-clts or zh-policy.
"""

from __future__ import annotations

from functools import partial

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.title_choice import group_title
from citebrief.text.titles import GroupTexts, each_swapped, group_bullets, written_by
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import rarest_word_idf, saying, side_word

MIN_BULLETS = 3  # a pair's figure may be what the pair is about
MIN_SAYERS = 2  # the next phrase: said by more bullets than the figure's one
# what may stand between a quantity and its number: a verb of amount ("达", "为", "超过") or none
_FIGURE_AFTER = LazyPattern(r"(?:达到|达|为|约|超过|超|突破|增至|降至|逾|近)?[0-9０-９一二三四五六七八九十百千万亿两]")
_NOUN_TAGS = ("n", "nz", "vn", "nt")
TRIES = 6
_FRONT_TAGS = frozenset({"n", "nz", "vn", "nt", "ns", "j"})  # what may stand before the head
# a head rarer than 服务 or 发展 (the background table's IDF): "协议" names what bullets share, "发展" no theme
MIN_HEAD_IDF = 5.5


def figure_titles(titles: list[str], own: list[GroupTexts], every_text: list[str], used: set[str]) -> list[str]:
    """`titles` with each one bullet's figure's quantity given the group's next phrase (module
    docstring); `own`: each group's bullets and paragraphs, None for a heading's group;
    `every_text`: the article's paragraphs; `used`: the titles given (casefolded)."""
    return each_swapped(
        titles, own, group_bullets(own), used, _lone_figure, partial(_next_phrase, every_text=every_text)
    )


def _lone_figure(title: str, bullets: list[str], texts: list[str]) -> bool:
    """Whether a group of MIN_BULLETS or more has a title one bullet alone writes, each time
    right before a figure."""
    sayers = written_by(title, bullets)
    if len(bullets) < MIN_BULLETS or len(sayers) != 1:
        return False
    text = sayers[0]
    ends = [k + len(title) for k in range(len(text)) if text.startswith(title, k)]
    return all(_FIGURE_AFTER.match(text, end) for end in ends)


def _next_phrase(
    title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str], *, every_text: list[str]
) -> str:
    """The covering title's best phrase with `title` given up (and each tried after it, TRIES in
    all) whose head MIN_SAYERS bullets or more say (`_shared_head`), no count's unit nor poor
    shape; '' where none."""
    given = taken | {title.casefold()}
    for _ in range(TRIES):
        found = group_title(bullets, texts, every_text, "zh", given, covering=True)
        if not found:
            return ""
        if _shared_head(found, bullets) and not side_word(found, bullets) and not poor_zh_title(found, texts):
            return found
        given = given | {found.casefold()}
    return ""


def _shared_head(phrase: str, bullets: list[str]) -> bool:
    """Whether `phrase` is a phrase of nouns (two words or more, no verb, adjective or count
    before its head) whose head MIN_SAYERS bullets or more say, no common one."""
    words = tag_zh(phrase)
    if len(words) < 2 or any(tag not in _FRONT_TAGS for _, tag in words[:-1]):
        return False
    head, tag = words[-1]
    return (
        tag in _NOUN_TAGS
        and len(head) >= 2
        and saying(head, bullets) >= MIN_SAYERS
        and (rarest_word_idf((head,)) >= MIN_HEAD_IDF)
    )
