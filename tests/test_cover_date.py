"""The date closing a cover notice that an attached plan follows is the official document's date."""

from __future__ import annotations

from datetime import datetime

from citebrief.ingest import document_from_text
from citebrief.text.header import read_header
from conftest import load_records

COVER = [
    "国办发〔2019〕2号",
    "各省、自治区、直辖市人民政府：",
    "《试点方案》已经国务院同意，现印发给你们，请认真贯彻执行。",
    "国务院办公厅",
    "2019年1月1日",
    "（此件公开发布）",
    "试点方案",
    "一、总体要求",
    "试点城市要按照方案开展工作。",
    "二、组织实施",
    "各部门要加强协调。",
]


def test_the_cover_notice_date_is_the_header_date() -> None:
    header = read_header("国务院办公厅关于印发试点方案的通知", COVER)
    assert header.source == "国务院办公厅·国办发〔2019〕2号"
    assert header.published_at == datetime(2019, 1, 1)


def test_the_attached_request_date_is_not_the_notice_date() -> None:
    lines = [*COVER[:3], "国务院办公厅 &sp;", "一九九六年七月十七日", "请示正文。", "国家教委", "一九九六年五月十三日"]
    lines += ["附：计划表", "单位：人", "合计。", "说明。"]
    assert read_header("国务院办公厅转发国家教委请示的通知", lines).published_at == datetime(1996, 7, 17)


def test_a_date_under_no_signature_or_without_a_number_is_no_document_date() -> None:
    unsigned = [*COVER[:3], "会议定于", "2019年1月1日", "召开。", "附件", "正文。", "其他。"]
    assert read_header("国务院办公厅关于印发试点方案的通知", unsigned).published_at is None
    unnumbered = COVER[1:]
    assert read_header("国务院办公厅关于印发试点方案的通知", unnumbered).published_at is None


def test_every_shared_policy_document_has_its_date() -> None:
    # zh-policy 28 and 30 (and 12 more) close their cover notice with the date above an attachment
    records = load_records("zh-policy.jsonl")
    dates = {}
    for index, record in enumerate(records):
        document = document_from_text(str(record["article"]), origin="t", kind="text")
        dates[index] = document.published_at
    assert all(dates.values()), [i for i, d in dates.items() if d is None]
    assert dates[28] == datetime(2019, 1, 1)
    assert dates[30] == datetime(2018, 11, 20)
    assert dates[39] == datetime(1996, 7, 17)  # the notice's, not the forwarded request's 1996-05-13
