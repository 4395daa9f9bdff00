"""A group whose bullets all come from one part of its section, titled by that part.

A section of a plan holds parts with headings of their own ("四、建设多元办学格局" over "（十三）推动
企业和社会力量举办高质量职业教育" and "（十四）做优职业教育培训评价组织"). Where every bullet the
brief took from the section stands under one of its parts, the section's heading names what the
reader does not see and the part's heading what the bullets say: three bullets on 培训评价组织
stood under "办学格局" (blind readers: grouping 3, "a title that does not say what the group holds").
A generic section heading ("保障措施") already names its parts after it (`group_titles`); this is
for a heading of substance, and it keeps the heading where the part's name would be no shorter
to read or says no more (a part named as its section, or too long for a title).
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.text.outline import item_marker
from citebrief.text.part_of import part_of
from citebrief.text.title_choice import is_generic_heading

MAX_PART_TITLE = 12  # characters of a part's name standing as a group's whole title, at most
MIN_PART_TITLE = 4
# what a part's heading does to its subject that the heading's noun phrase keeps ("做优职业教育培训
# 评价组织": the tagger reads 做优 as part of the noun): no part of what the bullets are on
_FRAME_LEADS = ("做优", "做强", "做大", "做实", "做精", "做细")
MAX_VERB = 4  # characters of what the heading does before its subject ("推进", "切实做好")


def one_part_title(
    paragraphs: Sequence[int], section: str, parts: Sequence[tuple[int, str]], texts: Sequence[str]
) -> str:
    """The name of the one part of a section (`parts`: each part's 0-based paragraph and name,
    in order) that all of `paragraphs` (the group's bullets') stand under, or '' where they come
    from two parts, from the section's own lead, or where the section has a single part."""
    if len(parts) < 2 or not paragraphs:
        return ""
    names = {part_of(p, parts, texts) for p in paragraphs}
    if len(names) != 1:
        return ""
    found = names.pop()
    start = next((p for p, n in parts if n == found), -1)  # none: before the first part
    if not found or not 0 <= start < len(texts) or not _heads(found, texts[start]):
        return ""
    name = _bare(found)
    if not MIN_PART_TITLE <= len(name) <= MAX_PART_TITLE or is_generic_heading(name):
        return ""
    if name in section or section in name:
        return ""
    return name


def _bare(name: str) -> str:
    """A part's name without a frame verb the heading's phrase left on it."""
    lead = next((w for w in _FRAME_LEADS if name.startswith(w)), "")
    return name[len(lead) :] if lead and len(name) - len(lead) >= MIN_PART_TITLE else name


def _heads(name: str, heading: str) -> bool:
    """Whether `name` is what the part's heading (its paragraph's text) is on: its words after a
    verb of MAX_VERB characters at most ("开展|高质量职业培训"), not a cut inside it ("推动企业和社会|
    力量举办……", "启动1+|X证书……": the words before it are its subject's own)."""
    marker = item_marker(heading)
    body = heading[marker.end() :] if marker else heading
    at = body.find(name)
    return 0 <= at <= MAX_VERB and all("\u4e00" <= c <= "\u9fff" for c in body[:at])
