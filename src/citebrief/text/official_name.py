"""A forwarded document's overview titled by its own name, whole.

A notice that issues a document ("关于印发个人所得税专项附加扣除暂行办法的通知", "关于印发《政府网站
集约化试点工作方案》的通知") is read for that document, and its name is what a reader calls it. The
title steps fit a subject into 12 characters by dropping words from the front, and the name lost
what it is of: "专项附加扣除暂行办法" (of which tax?), "网站集约化试点工作方案" (whose websites?),
"药品集中采购和使用试点" (organised by whom?); a forwarded request ("转发国家教委关于内地西藏班（校）
扩大规模有关问题请示") is read for its matter, not "内地西藏班" alone. Blind readers marked down an earlier try that cut
such a name shorter still (暂行办法, 工作方案 dropped): the name is kept whole where it is short
enough to title (MAX_NAME) and holds the subject the steps found; a notice issuing several
documents under one frame ("……两个规定") keeps the frame (`official_subject.frame_subject`).
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

_ISSUED = LazyPattern(r"关于印发(.+?)的通知$")
# a forwarded request's matter: "转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知"
_FORWARDED = LazyPattern(r"转发\S+?关于(.+?)(?:有关问题|有关事项|问题)?的?(?:请示|报告|意见)的通知$")
_MARKS = LazyPattern(r"[《》“”\"]")
_ASIDE = LazyPattern(r"（[^（）]*）")
MAX_NAME = 18  # characters: a name longer than this is cut as any subject is


def issued_name(title: str, subject: str) -> str:
    """The name of the document `title` issues, or the matter of the request it forwards, where it
    holds `subject` and is at most MAX_NAME characters ("个人所得税专项附加扣除暂行办法" for "专项附加
    扣除暂行办法", "内地西藏班（校）扩大规模" for "内地西藏班"); `subject` otherwise."""
    found = _ISSUED.search(title) or _FORWARDED.search(title)
    if not found:
        return subject
    name = _MARKS.sub("", found.group(1))
    # a subject the title steps read past an aside of the name ("内地西藏班扩大规模" of "……班（校）扩大……"),
    # or none they could place on the title, is the name's too
    held = not subject or subject in name or subject in _ASIDE.sub("", name)
    return name if held and len(name) <= MAX_NAME else subject
