"""decode.decode_bytes: encodings detected, binary and empty inputs refused with a reason."""

from __future__ import annotations

import codecs
import random

import pytest

from citebrief.decode import decode_bytes
from citebrief.errors import BinaryInput, DecodeError, EmptyInput, InputError

ZH = "全国政协14日在京召开专题协商会。委员们围绕人工智能赋能、工业互联网与数据要素等议题建言献策。"
ZH_SHORT = "中文"
TW = "行政院今日召開記者會，說明臺灣半導體產業的發展現況與未來規劃。經濟部長表示，政府將持續投資。"
EN = "The council approved the plan on Saturday. Dr. Smith said the 3.5-mile spur was overdue."
ZH_HTML = f'<html><head><meta charset="gb2312"><title>标题</title></head><body><p>{ZH}</p></body></html>'


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(ZH.encode("utf-8"), ZH, id="utf8-zh"),
        pytest.param(EN.encode("utf-8"), EN, id="utf8-en"),
        pytest.param(codecs.BOM_UTF8 + ZH.encode("utf-8"), ZH, id="utf8-bom"),
        pytest.param(ZH.encode("gbk"), ZH, id="gbk"),
        pytest.param(ZH_SHORT.encode("gbk"), ZH_SHORT, id="gbk-two-characters"),
        pytest.param(ZH.encode("gb2312"), ZH, id="gb2312"),
        pytest.param((ZH + "𠀀").encode("gb18030"), ZH + "𠀀", id="gb18030-four-byte"),
        pytest.param(ZH_HTML.encode("gbk"), ZH_HTML, id="gbk-html-declared"),
        pytest.param(TW.encode("big5"), TW, id="big5-traditional-kept"),
        pytest.param(TW[:6].encode("big5"), TW[:6], id="big5-short"),
        pytest.param(ZH.encode("utf-16"), ZH, id="utf16-bom"),
        pytest.param(codecs.BOM_UTF16_BE + ZH.encode("utf-16-be"), ZH, id="utf16be-bom"),
        pytest.param(ZH.encode("utf-16-le"), ZH, id="utf16le-no-bom-zh"),
        pytest.param("人工智能赋能制造业".encode("utf-16-le"), "人工智能赋能制造业", id="utf16le-no-bom-no-nul"),
        pytest.param(EN.encode("utf-16-le"), EN, id="utf16le-no-bom-en"),
        pytest.param(EN.encode("utf-16-be"), EN, id="utf16be-no-bom-en"),
        pytest.param(codecs.BOM_UTF32_LE + EN.encode("utf-32-le"), EN, id="utf32-bom"),
    ],
)
def test_decodes(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "article") == expected


def test_traditional_chinese_is_not_converted() -> None:
    text = decode_bytes(TW.encode("big5"), "tw.txt")
    assert "臺灣" in text
    assert "台湾" not in text


@pytest.mark.parametrize(
    ("data", "what"),
    [
        pytest.param(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "PDF", id="pdf"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "PNG", id="png"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG", id="jpeg"),
        pytest.param(b"GIF89a\x01\x00\x01\x00", "GIF", id="gif"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml", "ZIP", id="zip"),
        pytest.param(b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip", id="gzip"),
        pytest.param(b"\x7fELF\x02\x01\x01\x00", "executable", id="elf"),
        pytest.param(bytes(random.Random(7).randrange(256) for _ in range(4096)) + b"\x00", "binary", id="random-nul"),
        pytest.param(b"abc\x00\x01\x02\x03" * 200, "binary", id="nul-and-controls"),
    ],
)
def test_binary_input_is_refused_with_its_type(data: bytes, what: str) -> None:
    with pytest.raises(BinaryInput) as caught:
        decode_bytes(data, "upload.bin")
    assert what in str(caught.value)
    assert str(caught.value).startswith("upload.bin: ")
    assert caught.value.source == "upload.bin"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"   \n\t\r\n  ", "only whitespace", id="ascii-whitespace"),
        pytest.param("\u3000\u3000\n\u3000".encode(), "only whitespace", id="ideographic-spaces"),
        pytest.param(codecs.BOM_UTF8, "only whitespace", id="bom-only"),
        pytest.param(codecs.BOM_UTF8 + b" \n ", "only whitespace", id="bom-and-spaces"),
        pytest.param("  \n".encode("utf-16"), "only whitespace", id="utf16-spaces"),
    ],
)
def test_empty_input(data: bytes, message: str) -> None:
    with pytest.raises(EmptyInput) as caught:
        decode_bytes(data, "blank.txt")
    assert message in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(bytes([0x81, 0xFF, 0xFE, 0x80, 0xC0, 0xC1]) * 50, id="invalid-everywhere"),
        pytest.param(bytes([0xFF, 0xFF, 0x80, 0x81]) * 100, id="high-bytes"),
        pytest.param(codecs.BOM_UTF8 + b"ok \xff\xfe\xff broken", id="utf8-bom-then-invalid"),
    ],
)
def test_undecodable_bytes(data: bytes) -> None:
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data, "garbage.txt")
    assert str(caught.value).startswith("garbage.txt: ")


def test_every_refusal_is_an_input_error() -> None:
    for data in (b"", b"%PDF-1.7", bytes([0x81, 0xFF, 0xC0]) * 41):
        with pytest.raises(InputError):
            decode_bytes(data, "x")


def test_random_bytes_without_nul_never_pass_as_utf16() -> None:
    """The BOM-less UTF-16 guess must not claim ordinary non-text bytes."""
    rng = random.Random(3)
    for _ in range(200):
        data = bytes(rng.randrange(1, 256) for _ in range(400))
        try:
            text = decode_bytes(data, "noise")
        except InputError:
            continue
        ideographs = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
        assert ideographs < len(text) / 2, text[:40]
