"""A policy's principles are a numbered run of sentences, each naming a principle in its first clause
and then saying what it means ("一是坚持以人民为中心，保障临床用药需求，切实减轻患者负担，……。二是坚持依法
合规，……。三是……。四是坚持平稳过渡、妥当衔接，……。"). Said whole (`zh_ordinal_runs`) the run is one
bullet of some 180 characters that reads as a paragraph, not a point (blind read of zh-policy 28).
Where the whole passes PRINCIPLES_CHARS and every step opens on its number and a principle's verb
(`data/zh_principle_verbs.tsv`), the bullet names each principle by its first clause instead
("一是坚持以人民为中心；二是坚持依法合规；三是……；四是坚持平稳过渡、妥当衔接。"), the source's own words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from citebrief.engines.zh_list_shapes import NUMERALS
from citebrief.text.data_files import table_alternation

PRINCIPLES_CHARS = 150  # a run said whole up to this long stays whole
HEAD_CHARS = 24  # a first clause longer than this is a measure, not a principle's name


@cache
def _principle() -> re.Pattern[str]:
    """A step's number and a principle's verb, then its first clause (to the first comma or stop)."""
    verbs = table_alternation("zh_principle_verbs.tsv")
    return re.compile(rf"^([{NUMERALS}]是(?:{verbs})[^，。；]{{1,{HEAD_CHARS}}})[，。；]")


def principle_heads(steps: Sequence[str]) -> str | None:
    """The principles of a numbered run (`steps`: its sentences, in order) named by their first
    clauses, joined at "；"; None where a step names no principle so."""
    heads = [_principle().match(step.strip()) for step in steps]
    if len(heads) < 2 or any(head is None for head in heads):
        return None
    return "；".join(head.group(1) for head in heads if head is not None) + "。"


def named_principles(whole: str, steps: Sequence[str]) -> str:
    """`whole`, the run said whole, or its principles named (`principle_heads`) where it is longer
    than PRINCIPLES_CHARS."""
    if len(whole) <= PRINCIPLES_CHARS:
        return whole
    return principle_heads(steps) or whole
