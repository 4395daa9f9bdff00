"""A phrase a sentence says first inside a longer noun run ("造成道路积水问题") is whole where
another clause of it says the phrase alone ("……排除道路积水"), so `zh_held_title` may take it."""

from __future__ import annotations

from citebrief.text.chunks import Chunk, zh_chunks_into
from citebrief.text.zh_held_title import held_zh_title
from citebrief.text.zh_whole_said import whole_said_chunks_into
from conftest import shared_article, shared_group_titles

DRAINED = (
    "为了应对强降雨造成道路积水问题，当地对积水路段采取封路或分流等措施，同时利用提前布控的排水单元及时排除道路积水。"
)
ONCE = "为了应对强降雨造成道路积水问题，当地对积水路段采取封路或分流等措施。"


def test_a_phrase_first_said_inside_a_longer_run_is_whole_where_a_clause_says_it_alone() -> None:
    assert not zh_chunks_into(DRAINED, {})["道路积水"].whole  # the first saying, before "问题"
    assert whole_said_chunks_into(DRAINED, {})["道路积水"].whole


def test_a_phrase_only_ever_said_inside_a_longer_run_stays_a_piece() -> None:
    assert not whole_said_chunks_into(ONCE, {})["道路积水"].whole


def test_the_other_phrases_are_as_the_chunker_makes_them() -> None:
    plain: dict[str, Chunk] = zh_chunks_into(DRAINED, {})
    widened = whole_said_chunks_into(DRAINED, {})
    assert widened.keys() == plain.keys()
    assert {t for t in plain if plain[t] != widened[t]} == {"积水", "道路积水"}  # each said alone later


def test_a_standing_water_group_is_titled_by_the_water_on_the_roads() -> None:
    # zh-news line 95: four bullets on standing water after the Beijing storm, two of them
    # saying "道路积水" (once inside "道路积水问题", once alone); its title was the bare "积水"
    article = shared_article("zh-news.jsonl", 95)
    bullets = [DRAINED, "据了解，此次强降雨造成房山区多处积水，仅城关街道就出现13处积水点。"]
    assert DRAINED in article
    assert held_zh_title("积水", bullets, [article], set()) == "道路积水"
    assert "道路积水" in shared_group_titles("zh-news.jsonl", 95)


def test_the_word_alone_made_whole_is_no_longer_phrase_of_itself() -> None:
    # zh-news line 6 cut as the benches cut it: "发电量" is said alone in a clause of each
    # bullet; the phrase that says which output stays the title, not the bare word again
    bullets = [
        "上半年，水电发电量同比下降22.9%，煤电发电量占全口径总发电量的比重保持在六成，充分发挥兜底保供作用。",
        "上半年，全国规模以上电厂发电量4.17万亿千瓦时，同比增长3.8%。",
    ]
    texts = ["".join(bullets) + "上半年，规模以上电厂火电、核电发电量同比分别增长7.5%和6.5%。"] * 2
    assert held_zh_title("发电量", bullets, texts, set()) == "电厂发电量"


def test_a_buyers_group_says_which_buyers() -> None:
    # zh-news line 167: bullets on 境外采购商, 采购商们, 优质采购商 and 国际采购商 at a trade fair;
    # the bare "采购商" stood while the word alone, said whole, counted as its own holder
    assert "国际采购商" in shared_group_titles("zh-news.jsonl", 167)
