"""How a Chinese document says who heads a body it sets up, in a sentence: "联席会议设召集人1人，
由国务院分管教育工作的领导同志担任；设副召集人2人，由……担任；……。" (zh-policy 30).

Such a "；"-run is one statement of the body's leadership: cut at its "；", a bullet keeps one
fragment ("设副召集人2人，由……担任。") in one group while the roster's name list
("召集人：孙春兰 国务院副总理；……") says the rest as a bullet in another. `sets_roles` marks the run's
first clause, so `lead_points.whole_sentences` joins the run into one sentence; `says_role` tells
whether the document says in a sentence the role a roster's head line names ("召集人：……"), and
`without_said_heads` takes such a head line from the bullets' candidates (`scoring.score`; the
overview pins a head line otherwise, `extractive._overview`): the sentence says the structure, the
name list only who holds it now. The office's head ("办公室主任由……担任") and a deputy ("副主任分别由……")
are other roles than the body's head ("主任：尤权 国务院副秘书长", zh-policy 17).
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.patterns import is_leader

# the body's heads a roster names (text/data/lines.tsv, leader): the role before the colon
_ROLES = r"(?:组长|主任|主席|召集人|总指挥)"
_ROLE_LINE = LazyPattern(r"^\s*(组\s*长|主\s*任|主\s*席|召\s*集\s*人|总\s*指\s*挥)\s*[：:]")
# "设召集人1人，由……担任", "组长由……担任": the role, not an office's or a deputy's, and who holds it
_SETS_ROLE = r"(?<!办公室)(?<!副){role}(?:[0-9一二两三四五六七八九十]+[人名])?[，,]?由[^。；：]{{2,60}}担任"
_RUN_HEAD = LazyPattern(r"^[^。；]{0,30}设" + _SETS_ROLE.format(role=_ROLES) + r"[^。；]{0,20}[；;]$")


def sets_roles(clause: str) -> bool:
    """Whether `clause` opens a "；"-run that says who heads a body ("联席会议设召集人1人，由……担任；")."""
    return "担任" in clause and _RUN_HEAD.search(clause.strip()) is not None


def says_role(head_line: str, texts: list[str]) -> bool:
    """Whether one of `texts` says in a sentence who holds the role `head_line` (a roster's head
    line, "召集人：孙春兰 国务院副总理") names."""
    found = _ROLE_LINE.search(head_line)
    if found is None:
        return False
    role = re.sub(r"\s", "", found.group(1))
    sentence = re.compile(_SETS_ROLE.format(role=role))
    return any("担任" in text and sentence.search(text) for text in texts)


def without_said_heads(usable: list[int], texts: list[str]) -> list[int]:
    """`usable` (indexes into `texts`, a document's sentences) less the roster head lines whose
    role a sentence of the document says (`says_role`)."""
    heads = [i for i in usable if is_leader(texts[i])]
    said = {i for i in heads if says_role(texts[i], texts)}
    return [i for i in usable if i not in said] if said else usable
