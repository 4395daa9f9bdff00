"""A list item's later sentence with no subject of its own goes on in the bullet that ends on the
item's sentence before it (engines/zh_item_continuations.py): zh-policy 33's elder-care shares, and
lines written for these tests."""

from __future__ import annotations

from citebrief.engines.scored import Scored
from citebrief.engines.scoring import score
from citebrief.engines.zh_item_continuations import item_sentences_joined
from citebrief.ingest import document_from_text
from citebrief.model import Point, VerdictLabel
from citebrief.pipeline import draft
from citebrief.verify import SourceIndex, check_point
from conftest import shared_article

_SHARES = "可以由赡养人均摊或者约定分摊，也可以由被赡养人指定分摊。"


def test_the_elder_care_shares_go_on_from_their_tier() -> None:
    # before: "可以由赡养人均摊……" a bullet of its own after the tiers' bullet, the rule it applies unsaid
    document = document_from_text(shared_article("zh-policy.jsonl", 33), origin="x", kind="text")
    points = list(draft(document).points())
    assert not any(p.text.startswith(_SHARES) for p in points)
    elders = [p for p in points if p.text.startswith("纳税人赡养一位及以上被赡养人的赡养支出")]
    assert len(elders) == 1
    assert elders[0].text.endswith("每人分摊的额度不能超过每月1000元。" + _SHARES)
    assert elders[0].citations == [46, 47, 48]
    assert check_point(elders[0], SourceIndex(document)).label is VerdictLabel.supported


def test_a_later_sentence_with_its_own_subject_stays_apart() -> None:
    # zh-policy 11's item 四: two requirements of one item, each with its subject
    document = document_from_text(shared_article("zh-policy.jsonl", 11), origin="x", kind="text")
    texts = [p.text for p in draft(document).points()]
    assert any(t.startswith("上岛勘察设计和施工作业及建成后的管理") for t in texts)
    assert not any("意见。上岛勘察设计" in t for t in texts)


_LINES = """某市老年人生活补贴办法

第一条 为保障老年人基本生活，根据有关规定，结合本市实际，制定本办法。

第二条 老年人生活补贴按照以下标准发放：

（一）年满80周岁不满90周岁的，每人每月补贴100元；

（二）年满90周岁的，每人每月补贴300元。可以按月发放，也可以按季度发放。补贴资金由市、区两级财政分担。

第三条 补贴发放情况每年向社会公布一次，接受社会监督。
"""


def _units(*texts: str) -> tuple[Scored, list[int]]:
    scored = score(document_from_text(_LINES, origin="x", kind="text"), {}, False)[0]
    found = [next(u.index for u in scored.units if u.text.strip().startswith(t)) for t in texts]
    return scored, found


def _joined(scored: Scored, picked: list[int]) -> list[str]:
    units = scored.units
    points = [[Point(text=units[k].text.strip(), citations=[units[k].paragraph]) for k in picked]]
    item_sentences_joined(scored, [picked], points)
    return [p.text for p in points[0]]


def test_a_subjectless_later_sentence_joins_the_bullet_before_it() -> None:
    scored, (first, tier, later, own) = _units("第一条", "（二）", "可以按月发放", "补贴资金")
    assert _joined(scored, [first, tier, later]) == [
        scored.units[first].text.strip(),
        "（二）年满90周岁的，每人每月补贴300元。可以按月发放，也可以按季度发放。",
    ]
    # its own subject ("补贴资金……"): a claim of its own; not right after the bullet's sentence: apart
    assert len(_joined(scored, [first, later, own])) == 3
    assert len(_joined(scored, [first, tier, own])) == 3
    # a group of two keeps two bullets
    assert len(_joined(scored, [tier, later])) == 2
