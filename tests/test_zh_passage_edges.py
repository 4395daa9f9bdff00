"""A Chinese news theme's edge bullet from the passage the neighbouring group quotes, sharing no
word with its own group, goes to that group (`zh_passage_edges`)."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.zh_passage_edges import Ties, passages_together
from citebrief.engines.zh_unrelated import tie_words
from citebrief.ingest import document_from_text
from citebrief.model import Brief
from conftest import shared_article


def _brief(index: int) -> Brief:
    """A zh-news article's brief as the blind readers read it (raw text)."""
    return draft_extractive(document_from_text(shared_article("zh-news.jsonl", index), origin="x", kind="text"))


def _group_of(brief: Brief, opening: str) -> int:
    return next(k for k, g in enumerate(brief.groups) if any(p.text.startswith(opening) for p in g.points))


def test_the_limit_up_stocks_join_the_board_rises_of_their_passage() -> None:
    # zh-news L451: "中央政治局会议" opened on the limit-up stocks, [1] as the overview's rises
    brief = _brief(110)
    assert _group_of(brief, "个股方面，金科股份") == _group_of(brief, "根据金融数据服务商东方财富的数据") == 0
    assert _group_of(brief, "东吴证券分析师房诚琦") == _group_of(brief, "当前A股房地产相关板块的估值") == 1
    # zh-news L1394: the shopper's "蓉宝" joins the shop of her passage, the bookings stand alone
    brief = _brief(124)
    assert _group_of(brief, "“太幸运了") == 0
    assert [p.text[:4] for p in brief.groups[1].points] == ["“去哪儿", "“飞猪”"]


def _ties(texts: list[str]) -> Ties:
    return lambda i: tie_words(texts[i])


TEXTS = [
    "港股全日大涨。",  # 0, passage 1
    "科技指数收市上涨。",  # 1, passage 1
    "地产股集体涨停。",  # 2, passage 1: shares nothing with 3 and 4
    "分析师认为会议释放信号。",  # 3, passage 2
    "分析师预计会议利好延续。",  # 4, passage 3
    "成交额放大。",  # 5, passage 4
    "北向资金流入。",  # 6, passage 4
]
PASSAGES = [1, 1, 1, 2, 3, 4, 4]


def test_a_theme_s_first_bullet_goes_back_to_the_group_quoting_its_passage() -> None:
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4]), Draft(2, [5, 6])]
    moved = passages_together(drafts, PASSAGES, _ties(TEXTS))
    assert [d.picked for d in moved] == [[0, 1, 2], [3, 4], [5, 6]]


def test_it_stays_where_it_shares_a_word_its_group_keeps_two_or_the_group_before_is_full() -> None:
    shared = [*TEXTS[:2], "地产股涨停，分析师称会议利好。", *TEXTS[3:]]
    drafts = [Draft(None, [0, 1]), Draft(1, [2, 3, 4]), Draft(2, [5, 6])]
    assert [d.picked for d in passages_together(drafts, PASSAGES, _ties(shared))] == [[0, 1], [2, 3, 4], [5, 6]]
    pair = [Draft(None, [0, 1]), Draft(1, [2, 3]), Draft(2, [5, 6])]
    assert [d.picked for d in passages_together(pair, PASSAGES, _ties(TEXTS))] == [[0, 1], [2, 3], [5, 6]]
    # the overview quotes passage 1 but holds four already
    full = [Draft(None, [0, 1, 5, 6]), Draft(1, [2, 3, 4])]
    assert [d.picked for d in passages_together(full, PASSAGES, _ties(TEXTS))] == [[0, 1, 5, 6], [2, 3, 4]]
    # the overview quotes passage 2 too, but it sums up the lead: a later passage stays in its theme
    later = [Draft(None, [0, 3]), Draft(1, [4, 5, 6])]
    passages = [1, 1, 1, 2, 2, 3, 3]
    assert [d.picked for d in passages_together(later, passages, _ties(TEXTS))] == [[0, 3], [4, 5, 6]]
    # a group-mate from the same passage: the run was not cut inside it
    same = [Draft(None, [0]), Draft(1, [1, 2, 4])]
    assert [d.picked for d in passages_together(same, PASSAGES, _ties(TEXTS))] == [[0], [1, 2, 4]]


def test_a_theme_s_last_bullet_goes_on_to_the_theme_quoting_its_passage() -> None:
    texts = ["会议召开。", "分析师解读会议。", "分析师看好后市。", "成交额放大。", "北向资金流入。", "两市成交活跃。"]
    passages = [1, 2, 2, 3, 3, 4]
    drafts = [Draft(None, [0]), Draft(1, [1, 2, 3]), Draft(2, [4, 5])]
    assert [d.picked for d in passages_together(drafts, passages, _ties(texts))] == [[0], [1, 2], [3, 4, 5]]
