"""A case's outcome takes the place of a second bullet on the same wrongdoing.

A discipline or court report tells each case as what someone did, then what they got ("孙卫东利用
职务便利，……非法收受财物。" then "2022年7月，孙卫东受到开除党籍、开除公职处分。"). The outcome is what an
analyst reads such a report for (issue #9 item 4: penalties), yet its sentence is short and
the wrongdoing's are long, so a group often gives two bullets to the wrongdoing and none to the
penalty (zh-news 94: three of four cases). Here, where a group of a Chinese news item states no
outcome (`text/data/zh_case_outcomes.tsv`: 受到……处分, 开除党籍, 判处……有期徒刑, 移送审查起诉,
作出罚款……处罚) and an uncited outcome sentence stands in the paragraph of one of its bullets, or
in the passage right after the group's last, that no other group cites, a bullet before the
outcome, of that paragraph or the one before, gives way to it: the last that leaves out the person
the outcome names, so the bullet naming them and their wrongdoing stays ("李欣作为科长，……不到位"),
or, where the outcome names no one (a "该案", "当事人"), the last. Never where the outcome names
someone no bullet of the group names, nor the only bullet naming them; a group of one bullet keeps
it; a bullet the next bullet leans on stays.
"""

from __future__ import annotations

import re
from functools import cache

from citebrief.engines.lead_points import dangling
from citebrief.engines.scored import Draft, Scored
from citebrief.text.data_files import rows_by_kind
from citebrief.text.lazy_re import LazyPattern

OUTCOMES = "zh_case_outcomes.tsv"  # in citebrief.text.data


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{row})" for row in rows_by_kind(OUTCOMES)["outcome"]))


def states_outcome(text: str) -> bool:
    """Whether a Chinese sentence gives a case's outcome (a penalty, a sentence, a transfer)."""
    return _pattern().search(text) is not None


def outcomes_given(scored: Scored, drafts: list[Draft], chosen: list[int]) -> list[Draft]:
    """The drafts (overview first), each theme group that states no outcome given the uncited
    outcome sentence of its case in the place of its last bullet on the wrongdoing (module doc)."""
    if scored.lang != "zh":
        return drafts
    units, trimmed = scored.units, scored.trimmed
    for draft in drafts[1:]:
        if len(draft.picked) < 2 or any(states_outcome(trimmed[k]) for k in draft.picked):
            continue
        taken = {i for d in drafts for i in d.picked}
        others = {units[i].paragraph for d in drafts if d is not draft for i in d.picked}
        mine = {units[k].paragraph for k in draft.picked}
        last = max(mine)
        for new in scored.usable:
            paragraph = units[new].paragraph
            if new in taken or not states_outcome(trimmed[new]) or paragraph in others:
                continue
            if paragraph not in mine and paragraph != last + 1:
                continue
            old = _given_way(scored, draft, new, taken)
            if old is not None:
                draft.swap(old, new, chosen)
                break
    return drafts


def _given_way(scored: Scored, draft: Draft, new: int, taken: set[int]) -> int | None:
    """The bullet of `draft` that gives way to outcome `new`: of those before `new`, in `new`'s
    paragraph or the one before, that the next bullet does not lean on, the last that leaves out
    the person `new` names where another bullet names them ("李欣作为科长，……不到位" stays), else the
    last; None where none may, or where `new` names someone no bullet of the group names."""
    units, trimmed = scored.units, scored.trimmed
    paragraph = units[new].paragraph
    before = [
        k
        for k in draft.picked
        if k < new
        and units[k].paragraph in (paragraph, paragraph - 1)
        and not (k + 1 in taken and dangling(trimmed[k + 1], "zh"))
    ]
    names = _names(trimmed[new])
    if not before or not names:
        return before[-1] if before else None
    naming = {k for k in draft.picked if any(name in trimmed[k] for name in names)}
    if not naming:
        return None
    silent = [k for k in before if k not in naming]
    if silent:
        return silent[-1]
    return before[-1] if len(naming) > 1 else None


_NAME = LazyPattern(r"([\u4e00-\u9fff]{2,3})(?=受到|被|因|以|等)")


def _names(text: str) -> list[str]:
    """The short run of characters right before the outcome's verb ("孙卫东受到", "沈德咏被"): the
    person the outcome is of, as far as a sentence without a name table tells."""
    return [match.group(1)[-3:] for match in _NAME.finditer(text)]
