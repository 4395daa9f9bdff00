"""Coverage of an analysis's finding: the sentence that says what the numbers show.

An analysis builds up to its finding in a paragraph of its own ("……，会发现，我国城镇职工养老保险
基金自2015年起，已出现明显的资金缺口，而且资金缺口还有逐渐扩大趋势"), often after a paragraph of
figures that seem to say the opposite, so that paragraph is no more central to the article's
words than its neighbours and no bullet may cite it. Blind read 33b: "Both miss the post-2015
funding gap (para 10), which is the article's central finding". Where no bullet states a
finding ("会发现，", "研究发现，", "数据显示，"; not "记者发现", a scene) and a paragraph no bullet cites
does, its most relevant such sentence joins its theme's group while that group has room.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.scored import Draft, Scored
from citebrief.text.lazy_re import LazyPattern

MAX_GROUP = 4  # the theme's group takes the finding while it holds three bullets at most
_FINDS = LazyPattern(r"(?:会|可以|可|不难|研究|调查|分析|统计)发现[，,]|(?:数据|结果|调查|研究|统计)(?:显示|表明)[，,]")
# a verb every match of _FINDS holds: most sentences hold none, and `in` finds that before the
# pattern, whose openings (会, 可, 不, 分 ...) stop its scan at nearly every clause
_FINDING_VERBS = ("发现", "显示", "表明")


def states_finding(text: str) -> bool:
    """Whether a sentence states what an analysis finds ("……会发现，……", "数据显示，……")."""
    return any(verb in text for verb in _FINDING_VERBS) and _FINDS.search(text) is not None


def cover_finding(scored: Scored, drafts: list[Draft], labels: np.ndarray | None, chosen: list[int]) -> None:
    """An uncited paragraph's finding joins its theme's group (`labels`: each sentence's theme)
    where no bullet states one; the heaviest first (`scored.weights`), one a brief."""
    if labels is None or scored.lang != "zh" or any(states_finding(scored.trimmed[i]) for i in chosen):
        return
    cited = {scored.units[k].paragraph for d in drafts for k in d.picked}
    findings = [
        i
        for i in scored.usable
        if i not in chosen and scored.units[i].paragraph not in cited and states_finding(scored.trimmed[i])
    ]
    for i in sorted(findings, key=lambda i: -scored.weights[i]):
        homes = [d for d in drafts if d.theme is not None and d.theme == int(labels[i]) and len(d.picked) < MAX_GROUP]
        if homes and not repeats_any(scored.trimmed[i], map(scored.trimmed.__getitem__, chosen), scored.lang):
            homes[0].add(i, chosen)
            return
