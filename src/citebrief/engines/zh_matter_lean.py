"""A clause after "；" that hands the matter its sentence's clause before set to whoever carries it
out: "（二）编制……计划时，……合理安排有关省（市）的用地计划；| 有关地方应优先支持……建设，促进其……发展。"
The segmenter cuts the sentence at "；", and the clause alone has lost what it is about (the land-use
plan): a zh-policy reader (session 230, zh-policy 24) read it as a half-sentence under the overview.
The bullet carries the clause before, as the writer wrote it and without its outline number, where
that clause is no bullet of the brief itself and the two fit one bullet. The openers ("有关地方应",
"相关部门要") are data (`text/data/zh_matter_openers.tsv`); a clause on its own subject stands.
"""

from __future__ import annotations

from citebrief.engines.scored import Scored
from citebrief.text.data_files import any_row_pattern
from citebrief.text.outline import item_marker

MAX_PAIR_CHARS = 120  # the two clauses together, as `cited_points._item_opening`'s numbered items


def leans_on_matter(text: str) -> bool:
    """Whether a Chinese clause opens on "有关地方应/相关部门要……" (`zh_matter_openers.tsv`)."""
    return any_row_pattern("zh_matter_openers.tsv").match(text.strip()) is not None


def matter_before(scored: Scored, i: int, everywhere: frozenset[int]) -> str:
    """The clause before sentence `i` in its sentence ("……的用地计划；") where `i` leans on its matter
    (module doc), without an outline number; '' where it does not lean, the clause before ends a
    sentence, stands in another paragraph or in the brief, or the two run past one bullet."""
    if scored.lang != "zh" or i == 0 or i - 1 in everywhere or not leans_on_matter(scored.units[i].text):
        return ""
    before, unit = scored.units[i - 1], scored.units[i]
    clause = before.text.strip()
    if before.paragraph != unit.paragraph or not clause.endswith(("；", ";")):
        return ""
    marker = item_marker(clause)
    clause = clause[marker.end() :].lstrip() if marker is not None else clause
    return clause if len(clause) + len(scored.trimmed[i]) <= MAX_PAIR_CHARS else ""
