"""engines/zh_stranger_pairs.py: a Chinese news group of two bullets that share no name or noun
has its bullet of no figure give way to a sentence of its theme that shares the other's names; a
figure, a speaker's words, or a stand-in that says the other bullet again, stay as they are."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.zh_loner_swaps import leans_back
from citebrief.engines.zh_stranger_pairs import has_quotation
from citebrief.ingest import document_from_text
from conftest import load_records, shared_article


def _groups(name: str, record_id: str) -> list[list[str]]:
    index = next(i for i, r in enumerate(load_records(f"{name}.jsonl")) if str(r["id"]).endswith(record_id))
    brief = draft_extractive(document_from_text(shared_article(f"{name}.jsonl", index), origin="x", kind="text"))
    return [[point.text for point in group.points] for group in brief.groups]


def test_a_stranger_the_next_bullet_leans_on_stays() -> None:
    # zh-news L92: 依兰's river falling below the warning line shares nothing with 尚志市's farm
    # guidance, but the next sentence, a bullet, reads "……当地开展安全应急评估工作，共计排查房屋237户":
    # without 依兰 that 当地 is nowhere (a reader marked the swap down)
    groups = _groups("zh-news", "_L92")
    bullets = [t for g in groups for t in g]
    assert any("共计排查房屋237户" in t for t in bullets)
    assert any("松花江依兰段水位" in t for t in bullets)
    assert leans_back("针对房屋受损情况，当地开展安全应急评估工作，共计排查房屋237户。")
    assert leans_back("其观测设备包括温度、湿度等。")
    assert not leans_back("日常活动潜在危险：孩子在体育娱乐活动中跌倒受伤。")


def test_the_fee_cases_stand_beside_the_inspections_not_a_list_fragment() -> None:
    # zh-news L1247: "各级各类学校收取或变相收取……等" (a list's item) beside the half-year's cases
    groups = _groups("zh-news", "_L1247")
    cases = next(g for g in groups if any("教育收费价格案件21件" in t for t in g))
    assert len(cases) == 2
    assert not any(t.startswith("各级各类学校收取或变相收取") for t in cases)


def test_a_stand_in_that_says_the_other_again_is_passed_over() -> None:
    # zh-news L938: "党中央……要求依法保护民营企业产权和企业家权益" would say the group's first again
    groups = _groups("zh-news", "_L938")
    assert any(t.startswith("刑法对国有公司、企业相关腐败犯罪做了规定") for g in groups for t in g)
    # clts_sample_4: "吃笋，在江南人的味蕾里……" beside "……江南人食谱中的春季味蕾记忆"
    groups = _groups("zh-clts", "clts_sample_4")
    assert not any(t.startswith("吃笋，在江南人的味蕾里") for g in groups for t in g)


def test_a_speakers_words_are_worth_their_place() -> None:
    # zh-news L45: the importer's "……即到即查……" stays beside the grapefruit's arrival
    groups = _groups("zh-news", "_L45")
    assert any("即到即查" in t for g in groups for t in g)
    assert has_quotation("“我们企业进口的生鲜农产品一般上午开始查验。”徐真说。")
    assert not has_quotation("强调“两个毫不动摇”“两个健康”。")
