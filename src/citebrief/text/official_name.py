"""A forwarded document's overview titled by its own name, whole.

A notice that issues a document ("关于印发个人所得税专项附加扣除暂行办法的通知", "关于印发《政府网站
集约化试点工作方案》的通知") is read for that document, and its name is what a reader calls it. The
title steps fit a subject into 12 characters by dropping words from the front, and the name lost
what it is of: "专项附加扣除暂行办法" (of which tax?), "网站集约化试点工作方案" (whose websites?),
"药品集中采购和使用试点" (organised by whom?). Blind readers marked down an earlier try that cut
such a name shorter still (暂行办法, 工作方案 dropped): the name is kept whole where it is short
enough to title (MAX_NAME) and holds the subject the steps found; a notice issuing several
documents under one frame ("……两个规定") keeps the frame (`official_subject.frame_subject`).
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

_ISSUED = LazyPattern(r"关于印发(.+?)的通知$")
_MARKS = LazyPattern(r"[《》“”\"]")
MAX_NAME = 18  # characters: a name longer than this is cut as any subject is


def issued_name(title: str, subject: str) -> str:
    """The name of the document `title` issues, where it holds `subject` and is at most MAX_NAME
    characters ("个人所得税专项附加扣除暂行办法" for "专项附加扣除暂行办法"); `subject` otherwise."""
    found = _ISSUED.search(title)
    if not found or not subject:
        return subject
    name = _MARKS.sub("", found.group(1))
    return name if subject in name and len(name) <= MAX_NAME else subject
