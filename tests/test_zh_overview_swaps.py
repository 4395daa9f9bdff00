"""engines/zh_overview_swaps.py: a Chinese news first theme of two unrelated bullets trades one with
the overview where the overview holds the other's paragraph-mate on its subject."""

from __future__ import annotations

from citebrief.engines.extractive import draft_extractive
from citebrief.engines.scored import Draft
from citebrief.engines.zh_overview_swaps import overview_traded
from citebrief.engines.zh_unrelated import _Words
from citebrief.ingest import document_from_text
from conftest import load_records, shared_article


def _groups(name: str, record_id: str) -> list[list[str]]:
    index = next(i for i, r in enumerate(load_records(f"{name}.jsonl")) if str(r["id"]).endswith(record_id))
    brief = draft_extractive(document_from_text(shared_article(f"{name}.jsonl", index), origin="x", kind="text"))
    return [[point.text for point in group.points] for group in brief.groups]


def test_the_transport_offices_two_lines_are_a_group_and_the_rain_total_rises() -> None:
    # zh-news L1385: the overview held both 北京市交通委 lines and the rain total opened the flood group
    groups = _groups("zh-news", "_L1385")
    assert any("全市平均雨量可能达到250毫米" in t for t in groups[0])
    office = [g for g in groups if any("北京市交通委介绍" in t for t in g)]
    assert office and office[0] is not groups[0] and len(office[0]) == 2
    assert any("郭晓濛" in t for t in office[0])


def test_the_two_lines_on_the_villages_sage_are_a_group() -> None:
    # zh-news L658: "刘亮此番创业源于……陈啸的推介" sat in the overview, its sequel beside the jobs
    groups = _groups("zh-news", "_L658")
    sage = next(g for g in groups if any("刘亮听陈啸介绍" in t for t in g))
    assert any("倾情推介" in t for t in sage) and not any("就业岗位" in t for t in sage)


SENTENCES = [
    "北京市气象台发布暴雨红色预警信号。",
    "预计降雨持续时间将超过70小时。",
    "北京市交通委安全监督与应急处：启动Ⅰ级响应，一线投入9700余人。",
    "中央气象台发布消息，本轮降雨全市平均雨量可能达到250毫米。",
    "北京市交通委介绍，防汛力量全部在岗在位。",
    "北京市水务局升级发布洪水橙色预警。",
    "全市五大流域总体运行平稳。",
    "凉水河分洪河道水流湍急。",
]
PARAGRAPHS = [1, 1, 2, 2, 2, 3, 3, 3]


def _words() -> _Words:
    texts = ["".join(s for s, n in zip(SENTENCES, PARAGRAPHS, strict=True) if n == p) for p in (1, 2, 3)]
    return _Words(SENTENCES, PARAGRAPHS, texts, SENTENCES)


def test_a_trade_needs_the_first_theme_and_a_paragraph_mate() -> None:
    drafts = [Draft(None, [0, 1, 2]), Draft(1, [3, 4]), Draft(2, [5])]
    assert overview_traded(drafts, 1, _words())
    assert drafts[0].picked == [0, 1, 3] and drafts[1].picked == [2, 4]
    later = [Draft(None, [0, 1]), Draft(1, [5]), Draft(2, [3, 4])]
    assert not overview_traded(later, 2, _words())  # not the first theme
    apart = [Draft(None, [0, 1, 5]), Draft(1, [3, 4])]
    assert not overview_traded(apart, 1, _words())  # no overview point of the pair's paragraph
