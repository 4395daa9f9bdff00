"""Bytes → text, with the checks that keep binary files and unknown encodings out.

Chinese pages still come in GB2312/GBK/GB18030 and Big5; we read BOMs first, then strict
UTF-8, then the encoding an HTML page declares, then UTF-16 without a BOM, then GB18030 or
Big5 (whichever reads as common characters), then charset-normalizer's guess. GB2312 and
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


def canonical_encoding(encoding: str) -> str | None:
    """Python's name for a declared charset, widened to its superset (gb2312 → gb18030); None if unknown."""
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


# code points of ordinary Chinese and English text: ASCII, Latin-1 letters, general
# punctuation, CJK punctuation, CJK ideographs, full-width forms
_ORDINARY = (
    (0x20, 0x7E),
    (0xA0, 0xFF),
    (0x2000, 0x206F),
    (0x3000, 0x303F),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF01, 0xFF60),  # full-width ASCII and brackets, not the half-width katakana after them
    (0xFFE0, 0xFFE6),
)


def _ordinary_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    ordinary = sum(1 for ch in sample if ch in "\t\n\r" or any(lo <= ord(ch) <= hi for lo, hi in _ORDINARY))
    return ordinary / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 (LE or BE) without a BOM: the byte order whose text is ordinary Chinese or English.

    English in UTF-16 shows NULs in every other byte, Chinese often none at all, so the test
    is on the decoded characters, not on where the NULs are.
    """
    if len(data) % 2:
        return None
    best: tuple[float, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _try(data, encoding)
        if text is None:
            continue
        share = _ordinary_share(text)
        if share >= 0.95 and (best is None or share > best[0]):
            best = (share, text)
    return best[1] if best else None


def _common_share(text: str, encoding: str) -> float:
    """Share of the non-ASCII characters that are common characters (or punctuation) of `encoding`.

    The same bytes often decode both as GB18030 and as Big5; the right reading is the one made
    of the characters people write most: GB2312 level 1 (lead bytes B0-D7) for simplified
    Chinese, Big5's frequent characters (A440-C67E) for traditional.
    """
    wide = [ch for ch in text[:20000] if ord(ch) > 0x7F]
    if not wide:
        return 0.0
    common = 0
    for ch in wide:
        try:
            code = ch.encode("gb2312" if encoding == "gb18030" else "big5")
        except UnicodeEncodeError:
            continue
        if len(code) != 2:
            continue
        if encoding == "gb18030":
            common += code[0] in (0xA1, 0xA3) or 0xB0 <= code[0] <= 0xD7
        else:
            common += 0xA140 <= int.from_bytes(code, "big") <= 0xC67E
    return common / len(wide)


def _chinese_legacy(data: bytes) -> str | None:
    """GB18030 (GB2312/GBK) or Big5, whichever reads as common Chinese; None when neither does."""
    best: tuple[float, str] | None = None
    for encoding in ("gb18030", "big5hkscs"):
        text = _try(data, encoding)
        if text is None or not _looks_like_text(text):
            continue
        share = _common_share(text, "gb18030" if encoding == "gb18030" else "big5")
        if share >= 0.8 and (best is None or share > best[0]):
            best = (share, text)
    return best[1] if best else None


def decode_bytes(data: bytes, source: str) -> str:
    """Decode `data` read from `source`, or raise an InputError that says why not."""
    if not data:
        raise EmptyInput("the input is empty", source=source)
    if not data.strip():
        raise EmptyInput("the input holds only whitespace", source=source)
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
        text = _try(data, canonical_encoding(declared.group(1).decode("ascii", "replace")))
        if text is not None and _looks_like_text(text):
            return _checked(text, source)
    text = _utf16_without_bom(data)  # Chinese in UTF-16 may have no NUL byte at all
    if text is not None:
        return _checked(text, source)
    text = _chinese_legacy(data)
    if text is not None:
        return _checked(text, source)
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None:
        text = _try(data, canonical_encoding(best.encoding))
        # only a guess that reads as Chinese or English text: any byte string is "valid" in
        # some single-byte code page, and mojibake is worse than a clear refusal
        if text is not None and _looks_like_text(text) and _ordinary_share(text) >= 0.9:
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
