"""Bytes → text, with the checks that keep binary files and unknown encodings out.

Chinese pages still come in GB2312/GBK/GB18030 and Big5; we read BOMs first, then strict
UTF-8, then the encoding an HTML page declares, then charset-normalizer's guess. GB2312 and
GBK are decoded as GB18030, their superset, so a rare character does not fail the page.
"""

from __future__ import annotations

import codecs
import re

from citebrief.errors import BinaryInput, DecodeError, EmptyInput

# magic numbers of the binary files people most often pass by mistake
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"RIFF", "a RIFF media file"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs"}


def _canonical(encoding: str) -> str | None:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def _try(data: bytes, encoding: str | None) -> str | None:
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_like_text(text: str) -> bool:
    """Few control characters: decoded bytes that are really text."""
    sample = text[:20000]
    if not sample:
        return True
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return control / len(sample) < 0.01


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte of ASCII-range text."""
    head = data[:4000]
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = max(len(head) // 2, 1)
    if odd_nuls / half > 0.3 and even_nuls / half < 0.05:
        return _try(data, "utf-16-le")
    if even_nuls / half > 0.3 and odd_nuls / half < 0.05:
        return _try(data, "utf-16-be")
    return None


def decode_bytes(data: bytes, source: str) -> str:
    """Decode `data` read from `source`, or raise an InputError that says why not."""
    if not data.strip():
        raise EmptyInput("the input is empty", source=source)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom) :], encoding)
            if text is None:
                raise DecodeError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}", source=source
                )
            return _checked(text, source)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"this is {what}, not text or HTML", source=source)
    if b"\x00" in data[:8000]:
        text = _utf16_without_bom(data)
        if text is not None and _looks_like_text(text):
            return _checked(text, source)
        raise BinaryInput("this is a binary file (it contains NUL bytes), not text or HTML", source=source)
    text = _try(data, "utf-8")
    if text is not None:
        return _checked(text, source)
    declared = _DECLARED.search(data[:4096])
    if declared:
        text = _try(data, _canonical(declared.group(1).decode("ascii", "replace")))
        if text is not None and _looks_like_text(text):
            return _checked(text, source)
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None:
        text = _try(data, _canonical(best.encoding))
        if text is not None and _looks_like_text(text):
            return _checked(text, source)
    for encoding in ("gb18030", "big5hkscs"):
        text = _try(data, encoding)
        if text is not None and _looks_like_text(text):
            return _checked(text, source)
    raise DecodeError(
        "cannot tell the text encoding (tried UTF-8, UTF-16, GB18030 and Big5); convert the file to UTF-8",
        source=source,
    )


def _checked(text: str, source: str) -> str:
    if not text.strip():
        raise EmptyInput("the input holds only whitespace", source=source)
    if not _looks_like_text(text):
        raise BinaryInput("this looks like a binary file (many control characters), not text", source=source)
    return text
