"""A regulation's penalty is what an analyst reads it for, and it is most often said by the
paragraph that opens a list of offences: "第二十五条 专利代理机构有下列行为之一的，……可以处10万元以下的
罚款；情节严重或者逾期未改正的，……责令停止承接新的专利代理业务6个月至12个月，直至吊销……：". That
paragraph is a list's lead-in, never a usable sentence by itself (its items are), so no step
picked it and the liability group said the lighter clauses around it. Here each such lead-in
that states a penalty with its size (a fine's amount, a suspension's period:
`text/data/zh_penalty_amounts.tsv`) joins, as one bullet of its whole paragraph with the colon
closed, the group that cites most of its chapter (第X章), while that group holds fewer than
PENALTY_GROUP bullets, the brief fewer than BRIEF_BULLETS, and its figures are not all said.
"""

from __future__ import annotations

import re
from collections import Counter

from citebrief.engines.policy_task_items import BRIEF_BULLETS
from citebrief.engines.scored import Draft, Scored, figures_in
from citebrief.text.data_files import any_row_pattern

PENALTY_GROUP = 6  # bullets a chapter's group may grow to with its penalties
PENALTY_CHARS = 160  # a longer paragraph says only its first sentence (the lead-in and the fine)
_CHAPTER = re.compile(r"^第[一二三四五六七八九十百零〇\d]+章")
_STOPS = "；;。："


def add_penalties(scored: Scored, drafts: list[Draft], chosen: list[int]) -> None:
    """Each uncited list lead-in that states a sized penalty joins its chapter's group (module doc)."""
    if scored.lang != "zh" or len(drafts) < 2:
        return
    units = scored.units
    lead_ins = sorted({u.lead_in[1] for u in units if u.lead_in is not None})
    penalty = any_row_pattern("zh_penalty_amounts.tsv")
    for paragraph in lead_ins:
        own = [i for i, u in enumerate(units) if u.paragraph == paragraph]
        if not own or any(i in chosen for i in own) or not penalty.search(units[own[0]].text + units[own[-1]].text):
            continue
        home = _chapter_group(scored, drafts, paragraph)
        if home is None or len(home.picked) >= PENALTY_GROUP or sum(len(d.picked) for d in drafts) >= BRIEF_BULLETS:
            continue
        text = _whole(scored, own)
        stated = {f for k in chosen for f in figures_in(scored.trimmed[k])}
        if figures_in(text) <= stated:
            continue
        home.add(own[0], chosen)
        scored.trimmed[own[0]] = text


def _whole(scored: Scored, own: list[int]) -> str:
    """The paragraph's sentences as one bullet, each ending as the article ends it, the last
    closed with a full stop (the colon that opened the list has nothing after it here)."""
    parts = []
    for i in own:
        said = scored.trimmed[i].rstrip(_STOPS)
        source = scored.units[i].text.rstrip()
        parts.append(said + (source[-1] if source and source[-1] in "；;。" else "；"))
    whole = "".join(parts)
    if len(whole) > PENALTY_CHARS:
        whole = parts[0]
    return whole.rstrip(_STOPS) + "。"


def _chapter_group(scored: Scored, drafts: list[Draft], paragraph: int) -> Draft | None:
    """The group (not the overview) citing most paragraphs of the chapter `paragraph` is in."""
    chapters = sorted({u.paragraph for u in scored.units if _CHAPTER.match(u.text)})
    start = max((p for p in chapters if p <= paragraph), default=None)
    if start is None:
        return None
    end = min((p for p in chapters if p > paragraph), default=10**9)
    counts = Counter(
        k
        for k, draft in enumerate(drafts[1:], start=1)
        for i in draft.picked
        if start < scored.units[i].paragraph < end
    )
    if not counts:
        return None
    best, _ = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
    return drafts[best]
