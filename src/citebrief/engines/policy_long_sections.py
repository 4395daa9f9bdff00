"""A long section of numbered measures keeps more of them than a short one.

A policy's section group holds three or four bullets (`extractive._theme_groups`), five or six once
the cover steps have run, whether its section numbers six measures or nineteen: blind read of stop
230, zh-policy 24 (53 numbered measures in four sections, 23 in the brief): "~30 of 53 measures
left out". A section numbering at least `LONG_LIST` measures ("（十七）……", "3.……"; not a regulation's
第X条 articles) keeps one bullet per
`ITEMS_PER_BULLET` of them, up to `MAX_GROUP`: its uncited items' first sentences (each the measure
it numbers) that say what no bullet says, a figure or deadline
first, then the most relevant to the section; one a group in turn, while the brief holds fewer than
its budget (`policy_task_items.brief_budget`: BRIEF_BULLETS, a longer brief no longer read as a
brief, but two in three of the measures where a notice numbers more, zh-policy 24's 53: 35). A
short section, and a group already that full, stay.
"""

from __future__ import annotations

import re

import numpy as np

from citebrief.engines.bullets import repeats_any
from citebrief.engines.policy_task_items import brief_budget
from citebrief.engines.scored import Draft, Scored
from citebrief.engines.weights import unit_vector
from citebrief.text.patterns import is_dangling, specific_kinds

LONG_LIST = 10  # numbered items: a section this long is a list of measures, not an argument
ITEMS_PER_BULLET = 2  # its group says one in two of them ...
MAX_GROUP = 8  # ... up to eight: a longer group reads as the list pasted
# the specifics an analyst reads a measure for (`text/data/lines.tsv`); a named measure is in nearly every item
_FIGURES = frozenset({"figure", "figure-zh", "deadline", "threshold", "exemption", "penalty"})
# a measure's number: "（十七）", "3." or "3、"; a 第X条 article is a rule of a regulation and a 一、 a section
_ITEM_NUMBER = re.compile(r"^(?:[（(][一二三四五六七八九十百]+[)）]|\d{1,3}[.．、](?!\d))")
_CLAIM_SIZE = 15  # characters: as `verify.brief_figures`, a shorter text is a heading, not a claim
_LEANS = ("前款", "上款", "前述", "上述")  # "前款所称……": the clause it defines is elsewhere


def _states_measure(text: str) -> bool:
    """A numbered item's first sentence is the measure it numbers, unless it leans on a clause
    before it or is too short to be a claim (a heading's words)."""
    return len(text) >= _CLAIM_SIZE and not text.startswith(_LEANS) and not is_dangling(text)


def _section_items(scored: Scored, labels: np.ndarray, texts: list[str]) -> dict[int, tuple[int, list[int]]]:
    """For each theme, how many numbered paragraphs its sections hold, and the first usable sentence
    of each (a short item's may be none: `usable` leaves it out, but the section is as long with it).
    Not past the last usable sentence: an annex's numbered rows (a table of indicators) are no
    measures. Every theme in one pass over the sentences, not one pass a group (issue #14)."""
    end = max((scored.units[i].paragraph for i in scored.usable), default=0)
    label_of = labels.tolist()
    numbered: dict[int, set[int]] = {}
    for u in scored.units:  # a bare heading ("一、营造优良投资环境") numbers a section, not an item
        if (
            not u.heading
            and u.paragraph <= end
            and u.lead_in is None  # an item of a list a sentence opens ("有下列行为之一的："): a case of its rule
            and _ITEM_NUMBER.match(texts[u.paragraph - 1])
        ):
            numbered.setdefault(int(label_of[u.index]), set()).add(u.paragraph)
    firsts: dict[int, int] = {}
    for i in scored.usable:
        firsts.setdefault(scored.units[i].paragraph, i)
    return {
        theme: (len(paragraphs), [i for p, i in firsts.items() if p in paragraphs])
        for theme, paragraphs in numbered.items()
    }


def long_sections_filled(
    scored: Scored, drafts: list[Draft], labels: np.ndarray | None, chosen: list[int], texts: list[str]
) -> None:
    """Each section group of a long numbered list takes its uncited items' measures until it holds
    one bullet per `ITEMS_PER_BULLET` items (`MAX_GROUP` at most), one a group in turn while the brief
    holds fewer than its `brief_budget` (each long section gains before one gains twice); in place."""
    if not scored.policy or scored.lang != "zh" or labels is None:
        return
    units = scored.units
    cited = {units[k].paragraph for d in drafts for k in d.picked}
    queues: list[tuple[Draft, int, list[int]]] = []  # a long section's group, its room, its items best first
    sections = _section_items(scored, labels, texts)
    for draft in drafts:
        if draft.theme is None:
            continue
        count, items = sections.get(draft.theme, (0, []))
        room = min(MAX_GROUP, count // ITEMS_PER_BULLET) - len(draft.picked)
        if count < LONG_LIST or room <= 0:
            continue
        centroid = unit_vector(scored.sentence_vectors.sum_rows(labels == draft.theme))
        relevance = (scored.sentence_vectors.dot(centroid) * scored.weights).tolist()
        fresh = [i for i in items if units[i].paragraph not in cited and _states_measure(scored.trimmed[i])]
        ranked = sorted(fresh, key=lambda i: (not _FIGURES & specific_kinds(scored.trimmed[i]), -relevance[i]))
        queues.append((draft, room, ranked))
    budget = brief_budget(texts)
    for turn in range(MAX_GROUP):
        for draft, room, ranked in queues:
            if turn >= room or sum(len(d.picked) for d in drafts) >= budget:
                continue
            said = [scored.trimmed[k] for k in chosen]
            new = next((i for i in ranked if i not in chosen and not repeats_any(scored.trimmed[i], said, "zh")), None)
            if new is not None:
                draft.add(new, chosen)
