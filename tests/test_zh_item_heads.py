"""zh_item_heads: a section heading run into the numbered item under it ("二、寻求救援服务3.如您……")
is cut off as a line of its own, the item keeps its sentence; decimals and "一、二、三产业" stay."""

from __future__ import annotations

import pytest

from citebrief.ingest import document_from_text
from citebrief.pipeline import draft
from citebrief.segment import sentence_spans
from conftest import load_records


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, "zh")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "二、寻求救援服务3.如您投保了车损险等相关保险，可拨打保险公司服务电话寻求救援服务。",
            ["二、寻求救援服务", "3.如您投保了车损险等相关保险，可拨打保险公司服务电话寻求救援服务。"],
            id="marker-heading-item",
        ),
        pytest.param(
            "监管局提示广大金融消费者：一、注意安全出行1.恶劣天气请尽量不出门或少出门。",
            ["监管局提示广大金融消费者：", "一、注意安全出行", "1.恶劣天气请尽量不出门或少出门。"],
            id="after-colon",
        ),
        pytest.param(
            "（三）强化保险保障意识5．车险综合改革启动后，保障范围已涵盖暴雨造成的损失。",
            ["（三）强化保险保障意识", "5．车险综合改革启动后，保障范围已涵盖暴雨造成的损失。"],
            id="bracket-marker-full-width-point",
        ),
    ],
)
def test_heading_glued_to_its_item_is_cut_off(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("二、经济运行总体平稳增长5.2%，好于预期。", id="decimal"),
        pytest.param("云南省渔业一、二、三产业比重达到50:15:35。", id="ordinal-run"),
        pytest.param("一、注意安全出行1.恶劣", id="item-too-short"),
        pytest.param("截至目前，全市共有3.5万家企业参与。", id="no-marker"),
    ],
)
def test_no_heading_no_cut(text: str) -> None:
    assert sentences(text) == [text]


def test_notice_bullets_lose_their_headings() -> None:
    """zh-news record 109 (a one-block notice, "一、…1.…2.…二、…3.…") in the readers' form: no bullet
    opens on a heading run into an item number."""
    record = load_records("zh-news.jsonl")[109]
    document = document_from_text(record["article"], origin="test", kind="text")
    bullets = [point.text for group in draft(document).groups for point in group.points]
    assert bullets
    assert not any("寻求救援服务3." in text or "保障意识5." in text for text in bullets)
