"""A Chinese sentence that opens, no subject before it, on the parts of what the sentence before names
("此次重点查处未按规定执行收费公示的行为、……。" then "主要包括未在醒目位置公示收费项目；……。"): alone as a
bullet it lists the parts of nothing, and a blind reader found no referent for it (issue #9). It
carries the sentence before (`cited_points.carry_antecedent`, where the two fit one bullet), and where
that sentence is a later point of the overview, the pair becomes one bullet there
(`zh_antecedent_pairs`). The openers are data (`data/zh_list_lean_openers.tsv`).
"""

from __future__ import annotations

from citebrief.text.data_files import any_row_pattern


def opens_on_list(text: str) -> bool:
    """Whether a Chinese sentence opens on one of the openers of `data/zh_list_lean_openers.tsv`,
    no subject before it (module doc)."""
    return any_row_pattern("zh_list_lean_openers.tsv").match(text.strip()) is not None
