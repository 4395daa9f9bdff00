"""A Chinese news group titled by a detail of one bullet where a bullet names, in quotation
marks, the case the group tells: "孙某某等35人诈骗案" over a typical case's scale and its sentence
(the second bullet's "该犯罪集团" is that case's gang), not that bullet's "相应罚金".

Readers of zh-news briefs mark a title that names one bullet's detail as no theme, and a case
and its sentence with nothing else shared read as unrelated under it. A court's or a police
report's case is named in quotation marks ("“孙某某等35人诈骗案”"); that name is what the group
is about. Read from a news group whose title one bullet at most says: the one quoted name
ending on 案 or 案件 (4–16 characters) its bullets give, that no other group's bullet gives and
no title given holds. A title that is a case already, or a heading's ("A：B"), stays. On the
200 zh-news items, the 12 zh-clts and the 40 zh-policy, one group changes (zh-news 78).
"""

from __future__ import annotations

import re

from citebrief.text.titles import each_swapped, free_of
from citebrief.text.zh_shared import saying

# a case's name in quotation marks: "“孙某某等35人诈骗案”", "“8·29”污染环境案" is left (no quote around the whole)
_QUOTED_CASE = re.compile(r"“([^“”]{2,14}(?:案件|案))”")
_CASE_ENDS = ("案", "案件")


def case_name_titles(
    titles: list[str], groups: list[tuple[list[str], list[str]] | None], bullets_of: list[list[str]], used: set[str]
) -> list[str]:
    """Each title, or the one case its group's bullets name in quotation marks (see the module's
    docstring). `groups`: each group's bullets and their paragraphs, None for a group under a
    heading; `bullets_of`: every group's bullets; `used`: the titles given (casefolded), which it
    updates."""
    return each_swapped(titles, groups, bullets_of, used, _not_a_case, _one_case)


def _not_a_case(title: str, bullets: list[str], texts: list[str]) -> bool:
    """A title one bullet at most says that names no case and is not labelled."""
    del texts  # the title and its bullets tell
    return not ("：" in title or title.endswith(_CASE_ENDS)) and saying(title, bullets) <= 1


def _one_case(title: str, bullets: list[str], texts: list[str], others: list[str], taken: set[str]) -> str:
    """The one case `bullets` name in quotation marks that no other group's bullet (`others`) names,
    free of `taken`; '' where none or more than one."""
    del title, texts  # the bullets name it
    names = {name for bullet in bullets for name in _QUOTED_CASE.findall(bullet)}
    names = {n for n in names if not any(n in other for other in others) and free_of(n, taken)}
    return names.pop() if len(names) == 1 else ""
