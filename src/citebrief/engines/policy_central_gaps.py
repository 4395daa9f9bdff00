"""A policy's central paragraph that no bullet cites, in a section whose group has room.

`cover.cover` gives the three most central uncited paragraphs a bullet only where their theme's group
holds fewer than three, and a policy's section groups mostly hold three or four: a central measure
("……可以到企业……兼职并取得合法报酬", "其他3名直接责任人……被移交司法机关依法追究刑事责任") is left
while its section's group quotes its neighbours. Blind read of stop 130, zh-policy 34: "leaves out the
part-time work and pay rule". Of the paragraphs most central to the policy (`MOST_CENTRAL`, by the
engine's own paragraph vectors) the first no bullet cites gives its most relevant sentence that states
a measure and says what no bullet says to its theme's group, where that group holds fewer than
`MAX_GROUP` bullets: one a brief, so a brief grows by one bullet at most. A measure: a specific other
than a name (a figure, a limit, a penalty: `patterns.specific_kinds`) or a duty (`policy_duties.is_duty`),
never a bullet that only names the documents to carry out. Not the overview (its points are the gist,
not a section's measures), nor a sentence that leans on the clause before it ("前款所称……").
Where that sentence states a measure not taken ("……在事故中死亡，不再追究责任", `waives`), the
paragraph's sentence stating most of what was done (`patterns.specificity`, the first on a tie) takes
its place: blind reads of stop 136, zh-policy 36, "leaves out the three people sent for prosecution".
"""

from __future__ import annotations

import re

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.policy_duties import is_duty
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.weights import unit_vector
from citebrief.text.data_files import any_row_pattern
from citebrief.text.patterns import specific_kinds, specificity

MOST_CENTRAL = 5  # the paragraphs read as the policy's core; past them, the section's own picks decide
MAX_GROUP = 5  # as `zh_target_rows.MAX_GROUP_BULLETS`: a longer group reads as a list pasted
_LEANS = ("前款", "上款", "前述", "上述")  # "前款所称……": the clause it defines is elsewhere
_NAMED = "named-measure"  # a 《document》 or a word like 机制, 平台, 基金: nearly every policy sentence names one
_DOCUMENT = re.compile(r"《[^》]*》")
_CLAIM_SIZE = 15  # characters: as `verify.brief_figures`, a shorter text is a heading, not a claim


def _names_only(text: str) -> bool:
    """Whether a bullet, its document names set aside, says too little to be a measure: "各单位要认真
    执行《……》和《……》的通知" (its measure cut off after the names) only sends the reader elsewhere."""
    return len(_DOCUMENT.sub("", text)) < _CLAIM_SIZE


def waives(text: str) -> bool:
    """Whether a sentence states a measure not taken ("不再追究责任", "免予处罚"): its penalty word
    is no penalty given (`text/data/zh_waived_measures.tsv`)."""
    return any_row_pattern("zh_waived_measures.tsv").search(text) is not None


def central_gap_filled(scored: Scored, drafts: list[Draft], labels: np.ndarray | None, chosen: list[int]) -> None:
    """The most central uncited paragraph's best sentence stating a measure joins its theme's group
    where it has room (`labels`: each sentence's theme); `drafts` and `chosen` updated in place."""
    if not scored.policy or scored.lang != "zh" or labels is None or not len(scored.paragraph_vectors):
        return
    units = scored.units
    centroid = unit_vector(scored.paragraph_vectors.sum_rows())
    central = np.argsort(-scored.paragraph_vectors.dot(centroid), kind="stable")[:MOST_CENTRAL].tolist()
    relevance = (scored.sentence_vectors.dot(centroid) * scored.weights).tolist()
    cited = {units[k].paragraph for d in drafts for k in d.picked}
    said = [scored.trimmed[k] for k in chosen]

    def states_measure(i: int) -> bool:
        text = scored.trimmed[i]
        measure = (specific_kinds(text) - {_NAMED} or is_duty(text)) and not _names_only(text)
        return bool(measure) and not text.startswith(_LEANS) and not repeats_any(text, said, scored.lang)

    for paragraph in (p + 1 for p in central if p + 1 not in cited):
        sentences = [i for i in scored.usable if units[i].paragraph == paragraph and i not in chosen]
        measures = [i for i in sorted(sentences, key=lambda i: -relevance[i]) if states_measure(i)]
        if not measures:
            continue
        best = measures[0]
        done = [i for i in measures if not waives(scored.trimmed[i])]
        if done and waives(scored.trimmed[best]):  # what was done, not what was let go
            best = max(done, key=lambda i: (specificity(scored.trimmed[i]), -i))
        homes = [d for d in drafts if d.theme is not None and d.theme == int(labels[best])]
        if homes and len(homes[0].picked) < MAX_GROUP:
            homes[0].add(best, chosen)
            return
        # the paragraph's best sentence has no home: the next paragraph's may
