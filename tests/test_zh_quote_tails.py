"""A Chinese bullet whose sentence closes on a quotation after words of its own carries the short
sentence after it that names the speaker (`engines/zh_quote_tails.py`)."""

from __future__ import annotations

from citebrief.engines.cited_points import QuoteLayout, cited_points
from citebrief.engines.zh_quote_tails import quote_tail_speaker
from scored_builder import zh_scored

LEAD = "要算清每天该喝多少水，最简单的办法是看体重，"
QUOTE = "“体重每多10公斤，每天就多喝300毫升水，身体很快会告诉你差别。”"


def _paragraphs(speaker: str) -> list[list[str]]:
    return [["喝水这件事，很多人并不上心。", LEAD + QUOTE, speaker, "当然，天热时还要再多喝一些。"]]


def test_the_bullet_carries_the_sentence_naming_the_speaker() -> None:
    scored = zh_scored(_paragraphs("王医生说。"))
    assert quote_tail_speaker(scored, 1, LEAD + QUOTE, frozenset({1})) == (LEAD + QUOTE + "王医生说。", 1)
    layout = QuoteLayout(frozenset(), (False,) * 4, ("",) * 4)
    (point,) = cited_points(scored, [1], [[1]], "喝水", layout)
    assert point.text == LEAD + QUOTE + "王医生说。"
    assert point.citations == [1]


def test_nothing_is_carried_where_nobody_is_named_or_the_lead_names_a_speaker() -> None:
    assert quote_tail_speaker(zh_scored(_paragraphs("他说。")), 1, LEAD + QUOTE, frozenset({1})) is None
    named = _paragraphs("王医生说。")
    named[0][1] = "李护士表示，" + QUOTE  # the lead names its own speaker
    assert quote_tail_speaker(zh_scored(named), 1, named[0][1], frozenset({1})) is None
    # a speaker line the brief says as a bullet of its own, or a next sentence that says more than who spoke
    assert quote_tail_speaker(zh_scored(_paragraphs("王医生说。")), 1, LEAD + QUOTE, frozenset({1, 2})) is None
    more = _paragraphs("王医生说，夏天出汗多，喝水量还要再加上一两杯，运动后更要及时补充。")
    assert quote_tail_speaker(zh_scored(more), 1, LEAD + QUOTE, frozenset({1})) is None


def test_a_term_in_quotation_marks_is_no_quotation() -> None:
    term = "很多人都信奉一句老话，叫作“多喝热水”"
    paragraphs = [["喝水这件事，很多人并不上心。", term, "王医生说。"]]
    assert quote_tail_speaker(zh_scored(paragraphs), 1, term, frozenset({1})) is None
