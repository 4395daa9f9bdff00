"""A Chinese bullet drops how the reporter heard it ("记者10日从中国应急管理部获悉，"), last.

`text/zh_reporter_lead.strip_reporter` reads one bullet; this step runs it over the finished
bullets, after the groups, their titles and the bullets' joins are settled, so that dropping the
preamble changes only what a bullet says. Dropped inside `bullets.trim_sentence`, the shorter lead
read as a near repeat of "国家防总决定于9日18时针对辽宁、山东启动……四级应急响应", which the picks then
passed over: the typhoon forecast left the overview for a group titled "境外洪水动态" (zh-news 85),
and a lead's "；"-run was no longer said whole (106). Here, too, each bullet is read beside the
brief's others: a document's issuer that only the preamble names stays (zh-news 139). The
reporter inside the sentence ("……现场，记者看到……", "王建波向记者介绍。") goes here too
(`text/zh_reporter_asides`), for the same reason: the bullet changes, the picks do not.
"""

from __future__ import annotations

from citebrief.model import Point
from citebrief.text.zh_reporter_asides import without_reporter_asides
from citebrief.text.zh_reporter_lead import strip_reporter


def reporter_leads_dropped(points: list[list[Point]]) -> None:
    """Each bullet (`points`, by group, updated in place) without its reporter's preamble, where
    `strip_reporter` finds it says nothing the brief needs, and without the reporter's asides."""
    texts = [point.text for group in points for point in group]
    at = 0
    for group in points:
        for k, point in enumerate(group):
            others = texts[:at] + texts[at + 1 :]
            text = without_reporter_asides(strip_reporter(point.text, others))
            if text != point.text:
                group[k] = point.model_copy(update={"text": text})
            at += 1
