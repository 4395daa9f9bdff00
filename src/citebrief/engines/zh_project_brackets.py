"""A Chinese bullet that says "该项目"/"该工程" of a listed case whose title alone names the project.

A report of "违法占地典型问题" titles each case by its project ("3、长治市长子经济开发区丹朱总部经济园区
建设项目违法占地问题。") and then tells it as "该项目" ("2023年6月，……发现该项目违法占地63.45亩；7月再次
发现该项目一边整改一边继续违法占地92.56亩，……"). Cut at its "；" and grouped without the title (the
title is a heading, never a bullet: `text/zh_case_heads`), the bullet's project is nobody's, or reads
as the case before's (zh-news 144, L688: in the overview group after "……通报3起违法占地典型问题"). As
`zh_party_brackets` names a bare 当事人, the bullet names the project in brackets after its first
"该项目" ("该项目（长治市……建设项目）一边整改……"), cited to the passage of the title; `verify.index`
reads the bracket off (`text/speaker_label.ZH_PARTY_IN_PLACE`) and finds the name there.

The project is the name the nearest case title before the bullet opens on, up to 项目/工程 with the
case's kind after it ("违法占地问题"); a title with no such name, one that asks a question ("关于……
问题": a reply's, `zh_reply_projects`), a bullet that names a project of its own before its "该项目"
(`zh_reply_projects.names_project_back`), or a group that names the project already, gets none.
"""

from __future__ import annotations

from collections.abc import Sequence

from citebrief.engines.scored import Carried, Scored
from citebrief.engines.zh_reply_projects import names_project_back
from citebrief.model import Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_case_heads import case_title

MAX_BACK = 12  # sentences up from the bullet to its case's title (as `zh_party_brackets`)
# the project a title opens on (after its list marker): "3、长治市……建设项目违法占地问题。"
_PROJECT = LazyPattern(
    r"^(?:[（(]?[0-9一二三四五六七八九十]{1,3}[、.．)）]\s*)?(?!关于)(?P<name>[\u4e00-\u9fff]{4,28}?(?:项目|工程))(?=[\u4e00-\u9fff]{2})"
)
# the first bare "该项目"/"该工程", not one bracketed already
_BACK = LazyPattern(r"该(?:项目|工程)(?![（(部])")


def named_project(scored: Scored, i: int, text: str, points: Sequence[Point]) -> Carried | None:
    """`text`, the bullet of sentence `i`, with its case title's project after its first bare "该项目"
    and the paragraph of that title; None where it names a project of its own, no case title with a
    project is found, or its group (`points`: its bullets so far) names the project."""
    if scored.lang != "zh" or not names_project_back(text) or (back := _BACK.search(text)) is None:
        return None
    for j in range(i - 1, max(-1, i - 1 - MAX_BACK), -1):
        title = scored.units[j].text.strip()
        if not case_title(title):
            continue
        found = _PROJECT.match(title)
        if found is None:
            return None
        name = found.group("name")
        if name in text or any(name in point.text for point in points):
            return None
        return Carried(f"{text[: back.end()]}（{name}）{text[back.end() :]}", scored.units[j].paragraph)
    return None
