"""Imported by the process backend's fork server, once, before it forks any worker.

Importing this module briefs two small pages, one Chinese and one English, so that the
segmenter's dictionary, the background IDF table, trafilatura and the verify stage are loaded
in the fork server and every worker starts warm (copy-on-write): a worker's first item then
costs what any other does, and a per-item time limit measures the item, not the imports.
"""

from __future__ import annotations

from citebrief.backends.tasks import Item, work
from citebrief.options import BriefOptions

_PAGES = (
    "<html><head><title>制造业数字化转型专题协商会召开</title></head><body><article>"
    "<p>全国政协14日在京召开专题协商会，围绕推进制造业数字化转型建言献策，二十余位委员在会上发言。</p>"
    "<p>委员们指出，截至2024年底，全国重点工业企业关键工序数控化率达到63.5%，智能工厂超过3万家。</p>"
    "<p>有委员建议，加快工业互联网平台建设，推动中小企业上云用数赋智，降低数字化转型成本。</p>"
    "</article></body></html>",
    "<html><head><title>Council approves transit plan</title></head><body><article>"
    "<p>After a nine-hour hearing, the city council voted 7-2 to approve the transit plan on Saturday.</p>"
    "<p>The plan adds a light-rail spur, eight rapid bus corridors and a half-cent sales tax.</p>"
    "<p>Residents of the Eastgate neighborhood say the elevated track will split their streets.</p>"
    "</article></body></html>",
)


def _warm() -> None:
    for number, page in enumerate(_PAGES):
        work(Item(key=f"warm-{number}.html", html=page), BriefOptions(), True, "html", None, None)


_warm()
