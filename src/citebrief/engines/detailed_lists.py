"""The paragraphs of a document that list what a later part of it details item by item: a
summary, not a theme of its own.

A notice that spreads reforms lists them in its body ("（二）科技成果转化激励方面4项：以事前产权
激励为核心的职务科技成果权属改革；技术经理人全程参与的科技成果转化服务模式；……") and details
each in its annex, one row an item (its name, what it is, who guides it). Themed by the body's
sections, the list becomes a group of cut entries ("改革举措": "科技成果转化激励方面4项：以事前产
权激励……") beside the annex's groups that say the same reforms in full, and readers read it as
the same points twice. Where most entries of a paragraph's list stand again, whole, as a later
paragraph, the paragraph is the list's summary: it gives no group its bullets.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

MIN_ENTRIES = 3
MIN_SHARE = 0.6  # of a list's entries that stand again as a later paragraph of their own
MIN_ENTRY = 4  # characters: shorter entries ("是", "否") are a table's cells, not items
# a list's label before its entries ("（二）科技成果转化激励方面4项："): dropped
_LABEL = LazyPattern(r"^[^：]{0,40}：")
_END = "。；; "


def detailed_later(texts: list[str]) -> list[int]:
    """The 0-based paragraphs whose list (three entries or more, split on "；") a later part of
    `texts` details: most entries are a later paragraph, whole (see the module's docstring)."""
    if not any("；" in text for text in texts):  # most documents: no list in a paragraph
        return []
    later: dict[str, int] = {}
    for index, text in enumerate(texts):
        later[text.strip().rstrip(_END)] = index  # the last place each paragraph stands
    found = []
    for index, text in enumerate(texts):
        if text.count("；") < MIN_ENTRIES - 1:
            continue
        entries = [e.strip().rstrip(_END) for e in _LABEL.sub("", text.strip(), count=1).split("；")]
        entries = [e for e in entries if len(e) >= MIN_ENTRY]
        if len(entries) < MIN_ENTRIES:
            continue
        again = sum(later.get(entry, -1) > index for entry in entries)
        if again >= MIN_SHARE * len(entries):
            found.append(index)
    return found
