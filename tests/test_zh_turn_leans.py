"""A Chinese bullet that turns on a short sentence before it ("但若考虑……") carries that sentence
where the pair fits a long bullet, or says its claim alone, without the turn word, where no such
sentence reads whole in it (`engines/zh_turn_leans.py`)."""

from __future__ import annotations

from citebrief.engines.zh_turn_leans import carried_turns, turn_leans
from conftest import shared_groups

FRAME = "如果仅从上面这组数据看，"  # a frame pointing back to figures the bullet does not hold
SEEMING = FRAME + "似乎城镇职工养老保险基金不存在收支缺口。"  # the half only seems so on those figures
CLAIM = (
    "若考虑财政补贴资金的“兜底”性质，将财政补贴剔除在外，会发现基金自2015年起已出现明显的资金缺口，"
    + "而且缺口还在扩大" * 10
    + "。"
)
TURN = "但" + CLAIM


def _mend(texts: list[str], paragraphs: list[int] | None = None) -> tuple[set[int], list[str]]:
    trimmed = list(texts)
    mended = turn_leans(texts, paragraphs or [1] * len(texts), trimmed, {len(texts) - 1})
    return mended, trimmed


def test_a_long_turn_carries_its_short_concession() -> None:
    stated = FRAME + "城镇职工养老保险基金当年收支结余5982亿元。"  # points back, but states, no seeming
    assert len(stated) + len(TURN) > 150  # past what `lead_points.lean_on_previous` carries
    assert _mend([stated, TURN]) == ({1}, [stated, stated.partition("，")[2] + TURN])  # its frame gone
    plain = "城镇职工养老保险基金当年收支结余5982亿元。"  # a concession leaning on nothing comes in whole
    assert _mend([plain, TURN]) == ({1}, [plain, plain + TURN])
    seems_whole = "看起来城镇职工养老保险基金当年收支结余5982亿元。"  # seems so on what it says itself
    assert _mend([seems_whole, TURN]) == ({1}, [seems_whole, seems_whole + TURN])


def test_a_seeming_that_pointed_back_gives_the_turn_alone() -> None:
    """zh-clts 9 (s110): "似乎……不存在收支缺口。但若考虑……" seemed so on figures the bullet lacks."""
    assert _mend([SEEMING, TURN]) == ({1}, [SEEMING, CLAIM])
    looks = FRAME + "这笔基金看似收支平衡。"
    assert _mend([looks, "然而，" + CLAIM]) == ({1}, [looks, CLAIM])


def test_a_turn_with_nothing_to_carry_says_its_claim_alone() -> None:
    long_before = "该基金的收入来源有三项，" + "其中保险费征缴收入占比逐年减少" * 4 + "。"
    cases = [
        ([SEEMING, TURN], [1, 2]),  # the sentence before opens another paragraph
        ([long_before, TURN], [1, 1]),  # a point of its own, no short concession
        (["但实际情况并非如此。", TURN], [1, 1]),  # the sentence before turns itself
        (["这个缺口有多大？", TURN], [1, 1]),  # a question, no concession
        (["个人账户完全积累，实现存钱防老；", "收支不足部分由财政兜底。", TURN], [1, 1, 1]),  # a run's last item
        ([TURN], [1]),  # nothing before
    ]
    for texts, paragraphs in cases:
        assert _mend(texts, paragraphs) == ({len(texts) - 1}, [*texts[:-1], CLAIM])
    # the aside that goes with the turn word goes too ("但实际情况是，", `data/zh_turn_rests.tsv`)
    fact = (
        "我国统筹账户和个人账户资金普遍混合使用，大量个人账户“空账”运行，"
        + "财政补贴资金的比重不断攀升，势必导致养老金的支付风险不断加大。"
    )
    assert _mend([long_before, "但实际情况是，" + fact]) == ({1}, [long_before, fact])


def test_a_turn_that_still_leans_or_says_little_stays() -> None:
    long_before = "该基金的收入来源有三项，" + "其中保险费征缴收入占比逐年减少" * 4 + "。"
    for turn in (
        "但却" + CLAIM,  # "却" leans on what the turn answers as much as "但" did
        "但同时，" + CLAIM,  # adds to the sentence before
        "但这种做法" + CLAIM[2:],  # points back itself
        "但品种选育从来不是一件容易的事情。",  # short: a comment, no point of its own (zh-news 130)
    ):
        assert _mend([long_before, turn]) == (set(), [long_before, turn])
    trimmed = [SEEMING, TURN]
    assert turn_leans([SEEMING, TURN], [1, 1], trimmed, set()) == set()  # not left dangling: nothing to mend
    trimmed = [long_before, "同时，" + CLAIM]  # no turn: "同时" opens a new point
    assert turn_leans(list(trimmed), [1, 1], trimmed, {1}) == set()


def test_a_carried_sentence_loses_its_turn() -> None:
    """lead_points gives "在这种情况下，……" the sentence before, which opens on "但实际情况是，"."""
    fact = "我国统筹账户和个人账户资金普遍混合使用，大量个人账户“空账”运行。"
    then = "在这种情况下，如果财政补贴资金的比重不断攀升，势必导致城镇职工养老金的支付风险不断加大。"
    alone = ["收支不足部分由财政兜底。", fact, then]
    trimmed = [alone[0], "但实际情况是，" + fact, "但实际情况是，" + fact + then]
    assert carried_turns(trimmed, ["收支不足部分由财政兜底。", "但实际情况是，" + fact, then], [0, 1, 2]) == {2}
    assert trimmed[2] == fact + then
    assert trimmed[1] == "但实际情况是，" + fact  # carries nothing: turn_leans' to mend
    kept = ["但仍" + then]  # carried, but what is left still leans
    assert carried_turns(kept, [then], [0]) == set() and kept == ["但仍" + then]


def test_the_pension_gap_turn_reads_alone() -> None:
    """zh-clts 9 (s110): a reader stumbled on "似乎……。但若考虑……" (its seeming on figures not in the
    bullet) and on "但实际情况是，……" (turning on a sentence the bullet lacks)."""
    bullets = [text for group in shared_groups("zh-clts.jsonl", 9) for text in group]
    gap = next(text for text in bullets if "若考虑财政补贴资金" in text)
    assert gap.startswith("若考虑财政补贴资金的“兜底”性质，") and "似乎" not in gap
    mixed = next(text for text in bullets if "普遍混合使用" in text)
    assert mixed.startswith("我国统筹账户和个人账户资金普遍混合使用，")
