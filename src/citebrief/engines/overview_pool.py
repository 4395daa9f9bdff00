"""Where a brief's overview may take its points from, by the kind of document.

Kept apart from the engine's order of steps (`extractive.py`) because the choice is a rule of
its own, one clause per kind of article: a policy document's preamble, a speech's turns, a
report's lead run or most central sentences, a report of cases' intro, never a list's later item.
"""

from __future__ import annotations

import numpy as np

from citebrief.engines import policy_parts as parts
from citebrief.engines.runs import SentenceRuns, lead_run
from citebrief.engines.scored import Scored
from citebrief.engines.themes import speaker_turns
from citebrief.engines.zh_case_runs import intro_pool
from citebrief.text.outline import Heading
from citebrief.text.zh_later_items import in_later_item

MIN_OVERVIEW = 2  # an overview of two points where the rest of its pool is a list's items


def overview_pool(
    scored: Scored,
    themes: int,
    size: int,
    texts: list[str],
    outline: list[Heading],
    relevance: np.ndarray,
    shared: SentenceRuns,
    *,
    sections: bool,
    reply: bool = False,
) -> list[int]:
    """Where the overview's points may come from: text read in runs gives them from its lead run,
    or from the few sentences most central to the whole article (twice the overview's size): a
    feature often states its point late (zh-clts top-3 ROUGE-L 0.1797 with them, 0.1708 from the
    lead run alone). Not in a roundup or list of items: a central sentence taken from an item
    leaves its group too few, and two items end under one title. `sections`: whether the
    document's own sections are its themes (`policy_parts.sectioned`, asked once a brief)."""
    claims = sorted({scored.units[i].paragraph - 1 for i in scored.usable})
    if not themes:
        return scored.usable
    if sections:
        return parts.sectioned_pool(scored, outline, reply=reply)
    if not scored.passages and speaker_turns([texts[p] for p in claims]):
        return scored.usable
    lead = lead_run(scored.sentence_vectors, shared.sentences, scored.usable, themes, size, shared=shared)
    if not shared.openers.any():  # a roundup's items keep their own sentences
        lead = sorted({*lead, *sorted(scored.usable, key=lambda i: -relevance[i])[: 2 * size]})
    # a list's later item is a detail of its list ("3、如果喜欢吃甜口的，……"), where the pool has others
    if scored.lang != "zh":
        return lead
    texts_of, paragraphs = [u.text for u in scored.units], [u.paragraph for u in scored.units]
    lead = lead if outline else intro_pool(texts_of, scored.usable, lead)  # a report of cases: `zh_case_runs`
    heads = [i for i in lead if not in_later_item(texts_of, paragraphs, i)]
    if len(heads) == len(lead):
        return lead  # no list's item in it (most articles)
    return heads if len(heads) >= MIN_OVERVIEW else lead  # a recipe's central sentences are its steps
