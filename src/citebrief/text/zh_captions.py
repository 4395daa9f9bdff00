"""Photo captions in Chinese news text that came as one block: the line a credit closes.

A page's photo arrives as its caption and credit pasted between the story's sentences:
"……签署活动倡议书。郜晓赟 摄中国移动……", "郫都区体育中心体育馆。（郫都区委宣传部供图）除了……",
"……发布会现场（央广网见习记者 逯文婕 摄）据介绍，……". The credit says which line is the caption:
the one right before it. Cut off the sentence after it and joined to the caption, the two are one
line that ends in the credit (lines.tsv: caption-credit-zh), never a bullet; the story's sentence
after it keeps its own words.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a credit in brackets inside a sentence, after the caption it closes: "（央广网见习记者 逯文婕 摄）"
CREDIT_INSIDE = LazyPattern(r"[（(][^（）()。，]{0,20}记者[^（）()。，]{1,14}摄[）)]")
# a caption is a line: short, or a little longer without a comma ("这是6月28日拍摄的……光伏电站（无人
# 机照片）。"); a longer sentence before a credit is the story's own, the photo's caption left out
# ("24日，……召开……成立大会，宣布……。主办方供图")
SHORT_CAPTION_CHARS = 40
MAX_CAPTION_CHARS = 80
# a caption joined to the credit after it: "双方签署……倡议书。郜晓赟 摄", "……体育馆。（……供图）"
_JOINED = LazyPattern(r"[。！？][^。！？]{0,30}(?:摄|供图)[）)]?$")


def inside_credit_end(text: str, start: int, end: int) -> int | None:
    """Where a bracketed credit inside the sentence text[start:end] ends, if one is there with
    the caption before it (no stop between) and words of the story after it."""
    if text.find("摄", start, end) < 0:
        return None  # every credit ends in one: most sentences are let go here
    found = CREDIT_INSIDE.search(text, start, end)
    if found is None or found.start() == start or found.end() >= end:
        return None
    return found.end()


def join_captions(text: str, spans: list[tuple[int, int]], is_credit: list[bool]) -> list[tuple[int, int]]:
    """Each credit line (`is_credit`) joined to the short line before it, its caption: one line
    that ends in the credit, where the caption alone would read as the story's sentence."""
    joined: list[tuple[int, int]] = []
    for (start, end), credit in zip(spans, is_credit, strict=True):
        if credit and joined and _caption(text[joined[-1][0] : joined[-1][1]]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _caption(line: str) -> bool:
    return len(line) <= SHORT_CAPTION_CHARS or (len(line) <= MAX_CAPTION_CHARS and "，" not in line)


def joined_caption(line: str) -> bool:
    """Whether a sentence is a caption joined to its credit (`join_captions`): a line of the
    article's length as the caption was, though never a bullet."""
    return ("摄" in line or "供图" in line) and _JOINED.search(line) is not None
