"""A Chinese policy group's title that most of its bullets say, where the phrase chosen is one
bullet's detail and the group has no heading of its own.

A policy's sections keep their headings; a group without one (a reply's paragraphs, a short
notice's items, a cover notice's closing lines) is titled by the phrase of its bullets most its
own, and a policy's measures each have their own terms, so that phrase is often one bullet's:
"部门网站" over the government's websites in English (the central portal's, the ministries', the
provinces'), where two of the three say "英文版". Readers mark such a title down: it names one
bullet, not the group. The phrase most bullets say (`title_choice`'s covering choice, the one
Chinese news groups get) names the group, where there is one: a thing (its last word a noun), not
a place nor an office, and no title given already.
"""

from __future__ import annotations

from citebrief.text.title_choice import group_title
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared import office, saying, where

MIN_BULLETS = 3  # of two bullets, each one's phrase is half the group
MIN_SAYING = 2  # bullets that say the title, for it to name more than one of them
# the tags of a thing's last word: a noun, a name of one, an abbreviation, a verbal noun
_THING_TAGS = ("n", "j", "vn")


def policy_shared_title(title: str, bullets: list[str], texts: list[str], every_text: list[str], used: set[str]) -> str:
    """`title`, or the phrase at least two of `bullets` say where `title` is said by one of them
    at most and the group has three bullets or more (see the module's docstring). `texts`: the
    group's paragraphs; `every_text`: the document's; `used`: the titles given already."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) >= MIN_SAYING:
        return title
    shared = group_title(bullets, texts, every_text, "zh", used, covering=True)
    if not shared or shared == title or saying(shared, bullets) < MIN_SAYING:
        return title
    words = [w for w, _ in tag_zh(shared)]
    tags = [t for _, t in tag_zh(shared)]
    if not tags or not tags[-1].startswith(_THING_TAGS) or where(shared, bullets) or office(tuple(words)):
        return title  # "日军遗弃" (who did what), "试点城市" (where)
    return shared
