"""A Chinese bullet that turns on a short sentence before it ("但若考虑……") carries that sentence
where the pair fits a long bullet (`engines/zh_turn_leans.py`)."""

from __future__ import annotations

from citebrief.engines.zh_turn_leans import turn_leans
from conftest import shared_groups

CONCESSION = "如果仅从上面这组数据看，似乎城镇职工养老保险基金不存在收支缺口。"  # a frame pointing back, then the half
TURN = (
    "但若考虑财政补贴资金的“兜底”性质，将财政补贴剔除在外，会发现基金自2015年起已出现明显的资金缺口，"
    + "而且缺口还在扩大" * 10
    + "。"
)


def test_a_long_turn_carries_its_short_concession() -> None:
    texts = [CONCESSION, TURN]
    trimmed = list(texts)
    assert len(CONCESSION) + len(TURN) > 150  # past what `lean_on_previous` carries
    assert turn_leans(texts, [1, 1], trimmed, {1}) == {1}
    assert trimmed[1] == CONCESSION.partition("，")[2] + TURN  # "似乎……。但若考虑……": its frame pointing back gone
    plain = "城镇职工养老保险基金当年收支结余5982亿元。"  # a concession leaning on nothing comes in whole
    trimmed = [plain, TURN]
    assert turn_leans([plain, TURN], [1, 1], trimmed, {1}) == {1} and trimmed[1] == plain + TURN


def test_a_turn_without_a_concession_to_carry_stays() -> None:
    long_before = "该基金的收入来源有三项，" + "其中保险费征缴收入占比逐年减少" * 4 + "。"
    cases = [
        ([CONCESSION, TURN], [1, 2]),  # the sentence before opens another paragraph
        ([long_before, TURN], [1, 1]),  # a point of its own, no short concession
        (["但实际情况并非如此。", TURN], [1, 1]),  # the sentence before turns itself
        (["这个缺口有多大？", TURN], [1, 1]),  # a question, no concession
        ([CONCESSION, "同时，" + TURN[1:]], [1, 1]),  # no turn: "同时" opens a new point
    ]
    item = "个人账户完全积累，实现存钱防老；"  # the concession is the last item of a "；"-run
    cases.append(([item, "收支不足部分由财政兜底。", TURN], [1, 1, 1]))
    for texts, paragraphs in cases:
        trimmed = list(texts)
        assert turn_leans(texts, paragraphs, trimmed, {len(texts) - 1}) == set()
        assert trimmed == texts
    trimmed = [CONCESSION, TURN]
    assert turn_leans([CONCESSION, TURN], [1, 1], trimmed, set()) == set()  # not left dangling: nothing to mend


def test_the_pension_gap_turn_reads_with_its_concession() -> None:
    """zh-clts 9: blind readers met "但若考虑……已出现明显的资金缺口" without what it answers."""
    bullets = [text for group in shared_groups("zh-clts.jsonl", 9) for text in group]
    gap = next(text for text in bullets if "但若考虑财政补贴资金" in text)
    assert gap.startswith("似乎我国城镇职工基本养老保险基金不存在收支缺口。但若考虑")
