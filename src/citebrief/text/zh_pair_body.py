"""A Chinese news group of two bullets titled by a piece of one of them, given up for the body
both name: "北京市交通委" over two bullets on the Beijing transport commission's flood duty (one
says the commission stands its staff at their posts, the other quotes its safety office on the
Ⅰ-level response), not "北京市交通委安全监督", the front of one bullet's "安全监督与应急处".

Readers of zh-news briefs mark a pair's title that one bullet says as no theme of the pair, and
no step had said what a pair's title should be. `zh_named_body` gives a group of three or more
the body most of its bullets name; a pair is read the same way, with both bullets naming it:
the longest whole body's name (ending on a body's head: `zh_shared.office`) both bullets say,
no other group's bullet nor a paragraph outside the group says (the group's actor, not the
article's), on word boundaries in the group's paragraphs and free of the other titles. Unlike
`zh_named_body` a title a bullet opens on gives way too: in a pair it is still one bullet's.
A title that is a body already, or joins two things ("A、B", "A：B"), stays.
"""

from __future__ import annotations

from citebrief.text.titles import each_swapped
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_named_body import named_body
from citebrief.text.zh_shared import office, saying

PAIR = 2


def pair_body_titles(
    titles: list[str],
    groups: list[tuple[list[str], list[str]] | None],
    bullets_of: list[list[str]],
    every_text: list[str],
    used: set[str],
) -> list[str]:
    """Each title, or the body both bullets of its pair name and nothing outside the pair does,
    where one bullet at most says the title (see the module's docstring). `groups`: each group's
    bullets and their paragraphs, None for a group under a heading; `bullets_of`: every group's
    bullets; `every_text`: the article's paragraphs; `used`: the titles given (casefolded), which
    it updates."""
    return each_swapped(
        titles,
        groups,
        bullets_of,
        used,
        _side_pair,
        lambda _title, bullets, texts, others, taken: named_body(bullets, texts, others, taken, every_text),
    )


def _side_pair(title: str, bullets: list[str], texts: list[str]) -> bool:
    """A pair's title one bullet at most says, not a paired or labelled title nor an office."""
    del texts  # the title's words and the bullets tell
    if len(bullets) != PAIR or saying(title, bullets) > 1:
        return False
    return not ("、" in title or "：" in title or office(tuple(w for w, _ in tag_zh(title))))
