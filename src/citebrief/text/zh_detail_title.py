"""A Chinese news group's title that is one bullet's measure of a thing, given as the thing:
"招待会" over a reception's bullets, not "招待会气氛"; "体育场地" over a district's sport for all,
not "体育场地面积"; "天气预报" over the forecast model, not "天气预报精准程度".

The chooser finds such a phrase because it is rare and the bullet that says it is the group's,
but the measure (an area, a height, a count, a mood, a degree) is the figure one sentence
reports; the thing measured is what the group is about, and readers find it in more of it.
Only where the title is said by one bullet of two or more (a measure most bullets say,
"发电量" over three bullets on output, is the group's figure) and the thing is a phrase of its
own: a noun of three characters or more ("展厅" of 展厅层高, "风圈" of 风圈半径 say too little), on word
boundaries where the group's paragraphs say it, no poor shape, no place, and no title given yet
holding it or held by it.
"""

from __future__ import annotations

from citebrief.text.titles import cleanly_cut, free_of, on_word_boundaries
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_operation_title import operation_title
from citebrief.text.zh_poor_titles import poor_zh_title
from citebrief.text.zh_shared import saying, where

MIN_BULLETS = 2
MIN_THING_CHARS = 3
# the measure of a thing one sentence reports ("面积" of a flooded town, "层高" of a hall)
MEASURE_HEADS = ("面积", "层高", "户数", "人数", "半径", "精准程度", "程度", "气氛", "背景", "高度", "长度")

_THING_TAGS = frozenset({"n", "vn", "nz", "j", "an"})


def measured_thing(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The thing `title` measures, where `title` is a measure one of `bullets` says (see the
    module's docstring), else `title`. `texts`: the group's paragraphs; `used`: the titles
    given already (casefolded), this one's excepted."""
    if len(bullets) < MIN_BULLETS or not title.endswith(MEASURE_HEADS) or saying(title, bullets) > 1:
        return title
    head = next(h for h in MEASURE_HEADS if title.endswith(h))
    thing = title[: -len(head)]
    if len(thing) < MIN_THING_CHARS or poor_zh_title(thing, texts) or where(thing, bullets):
        return title
    if tag_zh(thing)[-1][1] not in _THING_TAGS:  # "涿州水淹|面积": where it flooded, a clause
        return title
    if not free_of(thing, used):
        return title
    # where the text says the thing before its measure, the title's own cut ("体育场地|面积")
    return thing if any(_ends_before(thing, head, t) for t in texts) else title


def _ends_before(thing: str, head: str, text: str) -> bool:
    """Whether `text` says `thing` on word boundaries, with `head` right after it or a
    clean cut (the thing said alone elsewhere)."""
    if thing not in text or not on_word_boundaries(thing, text, "zh"):
        return False
    return thing + head in text or cleanly_cut(thing, text, "zh")


def past_detail(
    title: str, guard: set[str], bullets: list[str], texts: list[str], given: set[str]
) -> tuple[str, set[str]]:
    """A news group's title past one bullet's measure (`measured_thing`) and past the suspects
    ("抓捕行动": `zh_operation_title`), free of the titles `given` before (not of this one's
    earlier forms, which `guard` holds); and the guard with it."""
    others = given - {title.casefold()}
    thing = operation_title(measured_thing(title, bullets, texts, others), bullets, texts, others)
    return thing, (guard - {title.casefold()}) | {thing.casefold()}
