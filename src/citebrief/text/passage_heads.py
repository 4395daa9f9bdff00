"""Where a passage of a one-block Chinese text starts: at the document's own section lines.

A block pasted without its line breaks still says where its sections begin: an outline heading
("（四）城镇职工养老保险费率偏高", "二、…", once its body sentence is cut off it), a heading line left
without a stop where it was glued to its body ("城镇职工基本养老保险基金收支现状"), a roundup's item
line ("连墙角都能扫干净的扫地机器人@iRobot。", "白菜萝卜汤，原料：大白菜叶、白萝卜。"), a listed case's title
("……门诊部发布违法广告案。", text/zh_case_heads.py). A passage cut by
size alone puts a heading at the end of the passage before its section, or two sections in one
passage; a reader then finds the investment-return section cited as the contribution base's, and
the group that takes a passage takes both. Cut there first, the passages follow the outline.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.zh_case_heads import case_openings
from citebrief.text.zh_subheads import opens_section

# "连墙角都能扫干净的扫地机器人@iRobot。": a product roundup's item line, its brand after the @
BRAND_LINE = LazyPattern(r"^[^，,。：:；;！!？?“”\"]{6,30}@\S")
# "白菜萝卜汤，原料：大白菜叶、白萝卜。": a recipe's name before its list of ingredients opens the recipe
RECIPE_LINE = LazyPattern(
    r"^[^，,。：:；;！!？?“”\"]{2,15}[，,]\s*(?:原料|材料|食材|用料|主料)[：:][^，,。；;！!？?]+。?$"
)
# an outline heading on a line of its own, no stop inside or after it: "（二）…", "三、…", "第二部分…"
_MARKED_HEADING = LazyPattern(
    r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,2}、|第[一二三四五六七八九十]{1,3}(?:部分|章|节))"
    r"[^，,。；;：:！!？?]{2,30}$"
)
# "二是扎实做好外汇管理与服务。": a point of a "一是……二是……" run said as a heading, its body after it
RUN_HEADING = LazyPattern(r"^[一二三四五六七八九十]是[^，,。；;：:！!？?“”\"]{4,24}。?$")
MIN_RUN_HEADINGS = 3  # such lines in one block, for them to be its outline
MAX_SUBHEAD_CHARS = 25  # a news page's subheading cut off its sentence (zh_subheads): a line this short
# a heading line unglued from its body: words only, no mark of a sentence anywhere in it
_BARE_HEADING = LazyPattern(r"^[\u4e00-\u9fff“”《》、]{6,30}$")


def names_item(text: str) -> bool:
    """A roundup's product line ("…扫地机器人@iRobot。") or a recipe's name before its
    ingredients: the article is a list of items, each with sentences of its own."""
    body = text.strip()
    # each pattern needs its mark: most sentences are read by a look for a character
    brand = "@" in body and BRAND_LINE.match(body)
    return bool(brand or (("料" in body or "食材" in body) and RECIPE_LINE.match(body)))


def section_starts(sentences: list[str]) -> list[bool]:
    """Which sentences of a one-block Chinese text are a section's own lines, where a passage
    starts: an outline heading (a run's "二是……" heading, where three or more say so), a roundup's
    item line, and a bare heading line where the outline heading of its first subsection
    follows it ("城镇职工基本养老保险基金收支现状" before
    "（一）……"), a news page's subheading cut off the sentence after it ("升级：扩大航运通道"); a
    bare line alone may be a photo credit ("新华社记者王迎摄") or a share button."""
    bodies = [s.strip() for s in sentences]
    marked = [bool(_MARKED_HEADING.match(b)) for b in bodies]
    runs = [b.startswith("是", 1) and bool(RUN_HEADING.match(b)) for b in bodies]
    if sum(runs) >= MIN_RUN_HEADINGS:
        marked = [m or r for m, r in zip(marked, runs, strict=True)]
    cases = case_openings(bodies)  # "……门诊部发布违法广告案。": a listed case's title opens its case
    return [
        marked[k]
        or cases[k]
        or names_item(b)
        or (k + 1 < len(bodies) and marked[k + 1] and bool(_BARE_HEADING.match(b)))
        or (k + 1 < len(bodies) and len(b) <= MAX_SUBHEAD_CHARS and opens_section(b, bodies[k + 1]))
        for k, b in enumerate(bodies)
    ]
