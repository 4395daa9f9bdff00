"""A sentence carried as a bullet's antecedent says no dateline ("中新网杭州8月7日电(张煜欢)"), in the
antecedent's paragraph as in another (`cited_points.carry_antecedent`)."""

from __future__ import annotations

from citebrief.engines.cited_points import carry_antecedent
from citebrief.engines.scoring import score
from citebrief.ingest import document_from_text

_LEAD = "中新网杭州8月7日电(张煜欢)杭州市民张伟是一名外卖骑手。"
_SAID = "他说，今年夏天订单多了不少。"


def test_the_story_s_first_sentence_is_carried_without_its_dateline() -> None:
    """The antecedent is the story's first sentence, in the bullet's own paragraph: before, its
    dateline came into the bullet ("中新网杭州8月7日电(张煜欢)杭州市民张伟……。他说，……")."""
    text = f"{_LEAD}{_SAID}\n2015年，他来到杭州，开始送外卖。"
    scored = score(document_from_text(text, origin="t", kind="text"), {}, False)[0]
    i = next(k for k, unit in enumerate(scored.units) if unit.text == _SAID)
    assert scored.units[i - 1].paragraph == scored.units[i].paragraph
    assert carry_antecedent(scored, i, scored.trimmed[i], frozenset()) == "杭州市民张伟是一名外卖骑手。" + _SAID
