"""A Chinese news bullet on a later clause of a "；"-run of points says the run from its head.

A news text that came as one block is cut into passages of the splitter's sentences, and the
splitter cuts at "；" (`lead_points.whole_sentences` joins a short run back into one sentence
only in a text with paragraphs of its own). A bullet on a later clause of such a run has lost
what its head says: who did it, since when, of what ("经查，当事人在其微信公众号发布……；| 在微信视频号
发布含有……的广告。", zh-news 134; "科创金融方面，6月末，全省高新技术企业贷款余额同比增长16.4%；| 科技
中小型企业贷款余额同比增长27.7%。", 33; "方案还明确了全国律协持续深化……；| 建立青年律师西部锻炼机制等
帮扶措施。", 114). Here such a bullet says the run from its head to its own clause, verbatim, where
no bullet of the brief holds the head or a clause between, no bullet of its group said that run
from its head already, and the run fits one bullet (`lead_points.WHOLE_SENTENCE_CHARS`); a longer
run leaves the clause as it is, as does a numbered list's item ("；2、不放盐的原因……", zh-clts 0: the
list's items are points of their own). The bullets stay the sentences they were picked on: only what
the bullet says is longer (`cited_points`). Read for Chinese texts cut into passages.
"""

from __future__ import annotations

from citebrief.engines.bullets import trim_sentence
from citebrief.engines.lead_points import WHOLE_SENTENCE_CHARS
from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.outline import item_marker

_SEMICOLONS = ("；", ";")
# a clause numbered as an item of its own ("2、不放盐……", "三是……", "其次，"): a list, which
# `cited_points` gives its lead-in, not a run of one point's clauses
ITEM = LazyPattern(
    r"^\s*(?:[二三四五六七八九十][是要]|第[二三四五六七八九十][，,、]|其[二三四五六七八九十][，,]|其次|再次|最后)"
)


def run_start(scored: Scored, i: int) -> int:
    """The first clause of the "；"-run sentence `i` goes on in its passage (`i` where it opens one)."""
    units = scored.units
    start = i
    while (
        start > 0
        and units[start - 1].paragraph == units[i].paragraph
        and units[start - 1].text.rstrip().endswith(_SEMICOLONS)
    ):
        start -= 1
    return start


def run_from_head(scored: Scored, i: int, everywhere: frozenset[int], headed: set[int]) -> str | None:
    """The bullet on sentence `i` said from its run's head (module doc), or None; `headed` holds
    the heads its group's bullets have said so far (updated)."""
    if scored.lang != "zh" or not scored.passages or i in scored.carried:
        return None
    start = run_start(scored, i)
    if start == i or start in headed or any(j in everywhere for j in range(start, i)):
        return None
    clauses = [unit.text.strip() for unit in scored.units[start : i + 1]]
    if any(item_marker(clause) is not None or ITEM.match(clause) for clause in clauses[1:]):
        return None
    run = "".join(clauses)
    if len(run) > WHOLE_SENTENCE_CHARS:
        return None
    headed.add(start)
    return trim_sentence(run, "zh")
