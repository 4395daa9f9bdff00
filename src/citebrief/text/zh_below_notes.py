"""A bullet's "，下同" note: "质量和疗效一致性评价（含按化学药品新注册分类批准上市，简称一致性评价，下同）"
tells the rest of the document how to read a word; a bullet is read alone, so "下同" is a stray
drafting note there.

"下同" goes from the bracket, with a "简称X" whose X only ends the name before the bracket (as in
`zh_short_names`); what else the bracket says stays ("毛立（化名）", "10元（人民币）"), and a bracket
left empty goes whole.
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

# a bracket whose last part is "下同": "（……，下同）", "(化名，下同)"
_NOTE = LazyPattern(r"[（(](?P<body>[^（）()]*?)[，,]\s*下同[)）]")
_SHORT = LazyPattern(r"(?:以下)?(?:简称|统称)[：:]?[“\"]?(?P<short>[\u4e00-\u9fff]{2,12})[”\"]?")


def without_below_note(text: str, lang: str = "zh") -> str:
    """Chinese `text` with each "（…，下同）" bracket's "下同" and own-end short name left out."""
    if lang != "zh" or "下同" not in text:
        return text
    return _NOTE.sub(lambda m: _kept(text, m), text)


def _kept(text: str, found: re.Match[str]) -> str:
    """The bracket with only what a reader of the one sentence needs, or nothing."""
    before = text[: found.start()]
    parts = [
        part
        for part in re.split(r"[，,]", found["body"])
        if part.strip() and not ((short := _SHORT.fullmatch(part.strip())) and before.endswith(short["short"]))
    ]
    if not parts:
        return ""
    opening, closing = ("（", "）") if found.group().startswith("（") else ("(", ")")
    return opening + ("，" if "，" in found.group() else ",").join(parts) + closing
