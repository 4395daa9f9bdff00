"""The party a Chinese case's title names: "芜湖名姝医疗美容医院有限公司发布违法广告案。" is about
"芜湖名姝医疗美容医院有限公司", and a reader knows it as "芜湖名姝医疗美容医院".

A market regulator's list of punished advertisers titles each case by its party and act, then
tells the case as "当事人": the party is the one name the case gives. It is the name the title
opens on, up to an ending of `data/zh_party_endings.tsv` (有限公司, 门诊部, 医院) and the endings
right after it ("……医院" then "有限公司"), with the party's act after it ("发布违法广告案"): a title
with no such name (a person's, a place's, a project's) names no body. `engines/zh_party_brackets`
brackets this name after a bullet's 当事人; `zh_case_title` titles the case's group by its
`known_name`, the company form ("有限公司") dropped where a body's own noun ends the name before it.
"""

from __future__ import annotations

from functools import cache

from citebrief.text.data_files import data_lines, rows_by_kind, table_alternation
from citebrief.text.lazy_re import LazyPattern

ENDINGS = "zh_party_endings.tsv"  # in citebrief.text.data
# the list marker a title may open on ("1、", "（二）"), before its party's name
_MARKER = r"(?:[（(]?[0-9一二三四五六七八九十]{1,3}[、.．)）]\s*)?"
FORMS = "zh_company_forms.tsv"  # in citebrief.text.data: the company forms among the endings


@cache
def _named() -> LazyPattern:
    """The name a case title opens on: the shortest run up to an ending, and the endings right after it
    ("……医院" then "有限公司"), with what the party did after it ("发布违法广告案")."""
    endings = table_alternation(ENDINGS)
    return LazyPattern(rf"^{_MARKER}([\u4e00-\u9fff]{{2,30}}?(?:{endings})(?:{endings})*)(?=[\u4e00-\u9fff]{{2}})")


def party_name(title: str) -> str:
    """The body a case's title (`title`, a `zh_case_heads.case_title`) opens on, as the title writes it
    ("合肥市高新区星之地医疗美容门诊部"); "" where it opens on no name ending as a body's does."""
    named = _named().match(title.strip())
    return named.group(1) if named else ""


@cache
def dropped_forms() -> tuple[str, ...]:
    """The company forms a reader drops after a body's own noun ("……医院有限公司" is "……医院"), in
    table order (`FORMS`' `dropped` rows)."""
    return rows_by_kind(FORMS)["dropped"]


@cache
def body_nouns() -> tuple[str, ...]:
    """The endings of `ENDINGS` that are a body's own noun ("医院", "门诊部"): no company form."""
    forms = {form for kind in rows_by_kind(FORMS).values() for form in kind}
    return tuple(ending for ending in data_lines(ENDINGS) if ending not in forms)


def known_name(name: str) -> str:
    """`name` without its company form where a body's own noun ends it before that form
    ("芜湖名姝医疗美容医院有限公司" → "芜湖名姝医疗美容医院"); a name that is its form's
    ("兆林旅游开发有限公司") keeps it."""
    for form in dropped_forms():
        bare = name.removesuffix(form)
        if bare != name:
            return bare if bare.endswith(body_nouns()) else name
    return name
