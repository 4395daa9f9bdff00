"""How a Chinese document says who heads a body it sets up, in a sentence: "联席会议设召集人1人，
由国务院分管教育工作的领导同志担任；设副召集人2人，由……担任；……。" (zh-policy 30).

Such a "；"-run is one statement of the body's leadership: cut at its "；", a bullet keeps one
fragment ("设副召集人2人，由……担任。") in one group while the roster's name list
("召集人：孙春兰 国务院副总理；……") says the rest as a bullet in another. `sets_roles` marks the run's
first clause, so `lead_points.whole_sentences` joins the run into one sentence. The roster's head
line stays a candidate beside it: the sentence says the structure, the name list who holds it now,
and a blind reader of zh-policy 30 wanted the names (孙春兰) more than the list's absence.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# "联席会议设召集人1人，由……担任；": a body's head (not an office's or a deputy's) set up, and who holds it
_RUN_HEAD = LazyPattern(
    r"^[^。；]{0,30}设(?<!办公室)(?<!副)(?:组长|主任|主席|召集人|总指挥)(?:[0-9一二两三四五六七八九十]+[人名])?[，,]?"
    r"由[^。；：]{2,60}担任[^。；]{0,20}[；;]$"
)


def sets_roles(clause: str) -> bool:
    """Whether `clause` opens a "；"-run that says who heads a body ("联席会议设召集人1人，由……担任；")."""
    return "担任" in clause and _RUN_HEAD.search(clause.strip()) is not None
