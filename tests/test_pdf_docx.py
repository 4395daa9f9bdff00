"""PDF and Word files, generated here: paragraphs rebuilt, running headers and page numbers
dropped, Chinese intact, and the same numbering and citations as an HTML page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from citebrief.errors import InputError, NoMainText, UnsupportedFormat
from citebrief.extract.pdf import paragraphs_of
from citebrief.ingest import fetch_url, read_path
from helpers import ZH_PARAGRAPHS, Route, loopback_server, run_cli

pytest.importorskip("reportlab")
TITLE = "国务院办公厅关于推进制造业数字化转型的意见"
HEADER = "国务院公报 2025年第14号"
# long enough that each paragraph wraps over several lines and the text runs over pages
PARAGRAPHS = [p * times for times in (2, 3, 4) for p in ZH_PARAGRAPHS]


# a second article, so that the batch does not link the two as near-duplicates
OTHER_PARAGRAPHS = [
    "国家统计局15日发布数据，五月份全国规模以上工业增加值同比增长百分之五点六。",
    "从三大门类看，采矿业增加值增长百分之二点七，制造业增长百分之六点零。",
    "高技术制造业增加值同比增长百分之九点七，增速明显快于全部规模以上工业。",
    "社会消费品零售总额同比增长百分之六点四，其中餐饮收入增长百分之五点九。",
    "全国城镇调查失业率为百分之五点零，比上月下降零点一个百分点，就业形势总体稳定。",
    "国家统计局新闻发言人表示，国民经济运行总体平稳，但外部环境不确定性仍然较多。",
]


def make_pdf(paragraphs: list[str], *, title: str | None = TITLE, text: bool = True) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=20, wordWrap="CJK", spaceAfter=8)
    head = ParagraphStyle("head", parent=body, fontSize=16, leading=24)

    def furniture(canvas: object, doc: object) -> None:
        canvas.setFont("STSong-Light", 9)  # type: ignore[attr-defined]
        canvas.drawString(72, A4[1] - 40, HEADER)  # type: ignore[attr-defined]
        canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")  # type: ignore[attr-defined]

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    if not text:
        doc.build([Spacer(1, 20)], onFirstPage=lambda c, d: None)
        return out.getvalue()
    story: list[object] = [Paragraph(title, head)] if title else []
    story += [Paragraph(p, body) for p in paragraphs]
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


def squash(text: str) -> str:
    return "".join(text.split())


def test_pdf_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(make_pdf(PARAGRAPHS))
    document = read_path(path)
    assert document.title == TITLE
    assert [squash(s.text) for s in document.segments] == [squash(p) for p in PARAGRAPHS]
    assert HEADER not in document.text
    assert "- 2 -" not in document.text


def test_pdf_lines_rebuilt_into_paragraphs() -> None:
    pages = [
        [
            "国务院公报",
            "一、总体要求",
            "这是第一段的第一行，它一直写到了页面的右边",
            "这是第一段的第二行，也写满了。",
            "- 1 -",
        ],
        ["国务院公报", "第二段很短。", "- 2 -"],
    ]
    assert paragraphs_of(pages) == [
        "一、总体要求",
        "这是第一段的第一行，它一直写到了页面的右边这是第一段的第二行，也写满了。",
        "第二段很短。",
    ]


def test_scanned_pdf_without_text_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([], text=False))
    with pytest.raises(NoMainText, match="no text layer"):
        read_path(path)


def test_broken_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(InputError, match="cannot read the PDF"):
        read_path(path)


def make_docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.sections[0].header.paragraphs[0].text = HEADER
    for paragraph in paragraphs[:3]:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "指标"
    table.rows[0].cells[1].text = "数控化率63.5%"
    for paragraph in paragraphs[3:]:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "notice.docx"
    path.write_bytes(make_docx(ZH_PARAGRAPHS))
    document = read_path(path)
    assert document.title == TITLE
    texts = [s.text for s in document.segments]
    assert texts == [*ZH_PARAGRAPHS[:3], "指标 | 数控化率63.5%", *ZH_PARAGRAPHS[3:]]
    assert HEADER not in document.text


def test_old_doc_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    with pytest.raises(UnsupportedFormat, match=r"save it as \.docx"):
        read_path(path)


def test_cli_briefs_a_pdf_and_a_docx_with_citations(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(make_pdf(PARAGRAPHS[:6]))
    (tmp_path / "b.docx").write_bytes(make_docx(ZH_PARAGRAPHS))
    done = run_cli("run", "--format", "json", tmp_path / "a.pdf", tmp_path / "b.docx")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count('"citations"') >= 2 or "[1]" in done.stdout


def test_batch_reads_pdf_and_docx_with_ext(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(make_pdf(PARAGRAPHS[:6]))
    (folder / "b.docx").write_bytes(make_docx(OTHER_PARAGRAPHS))
    done = run_cli("batch", folder, "--ext", ".pdf,.docx", "--db", tmp_path / "db.sqlite", "-o", tmp_path / "out")
    assert done.returncode == 0, done.stderr + done.stdout
    assert len([p for p in (tmp_path / "out").rglob("*") if p.is_file()]) >= 2


def test_pdf_and_docx_by_url() -> None:
    routes = {
        "/notice.pdf": Route(make_pdf(PARAGRAPHS[6:]), content_type="application/pdf"),
        "/get/notice.docx": Route(make_docx(ZH_PARAGRAPHS), content_type="application/octet-stream"),
    }
    with loopback_server(routes) as base:
        pdf = fetch_url(base + "/notice.pdf")
        word = fetch_url(base + "/get/notice.docx")
    assert pdf.title == TITLE and pdf.url == base + "/notice.pdf"
    assert [squash(s.text) for s in pdf.segments] == [squash(p) for p in PARAGRAPHS[6:]]
    assert word.segments[0].text == ZH_PARAGRAPHS[0]


def test_pdf_on_standard_input() -> None:
    done = run_cli("segments", "-", stdin=make_pdf(PARAGRAPHS))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{TITLE}\n[1] ")
    assert HEADER not in done.stdout
