"""A Chinese news group titled by a bare working body — who acted ("专案组", "浦东经侦支队",
"教育基金会") — given the act half its bullets or more report: "侦查研判" over the task force's
canvassing and the evidence match (zh-news 15), "筹集善款" over a foundation's fundraising
(zh-news 87), "企业招聘" over the gang's false applications the police found (zh-news 55).

Blind readers of zh-news mark a group titled by who acts, not by what the group says. The title
steps keep a body most bullets name (it is the phrase they share): `zh_body_title` looks past a
named body only for what most bullets or every bullet say, and `zh_shared_act` reads titles one
bullet says. This step, after both, reads `zh_shared_act`'s act (`zh_shared_act.act_phrase`: a rare full
verb half the bullets say, with the noun a bullet writes beside it) for a title ending on a body
word of `data/zh_working_bodies.tsv` (squads, teams, foundations; no office or company, which
other steps choose on purpose), no list, label or person's name. Where no act fits, the body stays.
"""

from __future__ import annotations

from functools import cache, partial

from citebrief.text.data_files import data_lines
from citebrief.text.titles import GroupTexts, each_retitled
from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_shared_act import act_phrase

MIN_BULLETS = 2
_PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})


@cache
def _heads() -> tuple[str, ...]:
    """The body words a title may end on (`data/zh_working_bodies.tsv`)."""
    return data_lines("zh_working_bodies.tsv")


def bare_body(title: str, bullets: list[str]) -> bool:
    """True when `title` is a working body alone (module doc) over two bullets or more."""
    if len(bullets) < MIN_BULLETS or "、" in title or "：" in title or not title.endswith(_heads()):
        return False
    return not any(tag in _PERSON_TAGS for _, tag in tag_zh(title))


def body_act_titles(titles: list[str], own: list[GroupTexts], used: set[str]) -> list[str]:
    """Each title that is a bare working body given the act half its group's bullets or more
    report, else as it is; `own`: each group's bullets and paragraphs, None for a heading's group;
    `used`: the titles given (casefolded), which it updates."""
    return each_retitled(titles, own, used, bare_body, partial(act_phrase, used=used))
