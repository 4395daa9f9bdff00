"""A Chinese paragraph that opens pointing at what was just said ("和……是类似的", "以……为例") carries
the last sentence of the paragraph before (`paragraph_breaks.leans_across`): alone, what it
compares or exemplifies is said nowhere in the bullet."""

from __future__ import annotations

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text

_BEFORE = "体检前，社区医生向居民讲解了注意事项。第一，要空腹前来。第二，要带好证件。第三，要做一些化验。"


def _carried(opening: str) -> str | None:
    text = f"{_BEFORE}\n\n{opening}另外，还要测量血压。\n\n体检结果将在一周后通知居民。"
    scored = score(document_from_text(text, origin="t", kind="text"), {}, False)[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text.startswith(opening[:4]))
    return carry_antecedent(scored, i, scored.trimmed[i], frozenset())


def test_a_comparison_opening_its_paragraph_carries_the_sentence_before() -> None:
    compared = "和平时的抽血化验是类似的，比如血常规、肝功能，进行常规检查。"
    carried = _carried(compared)
    assert carried is not None and carried.endswith(f"要做一些化验。{compared}"), carried


def test_an_example_opening_its_paragraph_carries_the_sentence_before() -> None:
    example = "以血常规为例，大概需要抽取两毫升血液。"
    carried = _carried(example)
    assert carried is not None and carried.endswith(f"要做一些化验。{example}"), carried


def test_a_turn_opening_its_paragraph_carries_nothing_across() -> None:
    # "但是……" turns on the paragraph before as a whole, not on its last sentence alone
    assert _carried("但是化验之前，还要登记信息，保证每份样本都能对上号。") is None
