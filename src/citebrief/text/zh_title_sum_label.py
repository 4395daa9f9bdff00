"""A Chinese group title that ends on a sum label ("收入合计", "销售额总计"): the word a table or a
total's sentence writes before its figure ("基金收入合计4.33万亿元"), which names no theme; the
group is about the thing summed. The title gives way to that thing as the bullets write it, the
word before it kept ("基金收入" of 养老保险基金收入合计), so the reader finds a whole term and not
a bare "收入"; where no bullet writes a noun before it, the title stays (blind read of zh-clts 9,
s230: "收入合计" is no title)."""

from __future__ import annotations

from functools import partial

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import GroupTexts, each_retitled, free_of, swapped_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_poor_titles import poor_zh_title

_SUM_LABEL = LazyPattern(r"^(.{2,8}?)(?:合计|总计|共计)$")  # "收入|合计": the label after the thing
_NOUN_TAGS = frozenset({"n", "nz", "vn", "j", "nt", "l"})  # the word before the thing: "基金|收入"
MIN_WORD = 2


def sum_label_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """`titles` with each sum label's given the thing it sums, widened by the word before it
    (module docstring); `own` holds each group's bullets and paragraphs, None for a heading's
    group; `used`: the titles given (casefolded), which it updates."""
    return each_retitled(titles, own, used, _is_sum_label, partial(_thing_summed, used=used))


def _is_sum_label(title: str, bullets: list[str]) -> bool:
    return _SUM_LABEL.search(title) is not None


def _thing_summed(title: str, bullets: list[str], texts: list[str], given: set[str], *, used: set[str]) -> str:
    """The thing before the label with the noun the first bullet that writes it puts before it
    ("基金|收入"), swapped into `used`; '' where none does or it is taken or poor."""
    match = _SUM_LABEL.search(title)
    if match is None:
        return ""
    thing = match.group(1)
    for bullet in bullets:
        pairs = tag_zh(bullet)
        for index in range(1, len(pairs)):
            if not "".join(word for word, _ in pairs[index:]).startswith(title):
                continue  # the title starts on no word boundary here
            word, tag = pairs[index - 1]
            widened = word + thing
            if tag in _NOUN_TAGS and len(word) >= MIN_WORD and free_of(widened, given) and not poor_zh_title(widened):
                return swapped_title(title, widened, used)
    return ""
