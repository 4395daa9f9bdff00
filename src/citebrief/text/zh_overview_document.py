"""A Chinese news overview on the document its lead announces and shortens: "《甘肃省黄河流域生态
保护和高质量发展条例》(下称《条例》)" then 《条例》 nine times, "《青海省自然灾害成功预警避险奖励暂行
规定》(以下简称《暂行规定》)" then 《暂行规定》 again and again. A lead that gives a work's full name and
its own short name for it, which the article then goes on saying, reports that work: the rules, the
plan, the report is what the piece is about. The phrase the chunker found is one of its clauses
("高质量发展条例", "精神奖励", "云南省渔业"): a reader of "核心要点：精神奖励" learns a detail,
not the news. The work is shown whole in its book marks, as the article writes it ("(试行)",
"(2023—2025年)": a reader finds the title in a bullet of the overview, which must say it), where
its name fits a title; a document's "关于……" frame (a decision, an opinion) is too long a title
and not its name: the subject the chunker found stands.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern

# a work the lead names in full, then the short name it gives it: "《……条例》(下称《条例》)",
# "《……报告(2023年)》(下称“报告”)"; no clause inside the full name
_SHORTENED = LazyPattern(
    r"《([^《》，。；：、！？\s]{4,40})》[（(](?:以下)?(?:简称|下称|统称)[“《]?([^“”《》（）()，。]{1,12})[”》]?[）)]"
)
# a work the lead says was issued, its name ending on a document's kind: "推出《城市大型游览船海事
# 安全监管工作指引》" then "该工作指引共八章": the kind is the article's short name for it
_ISSUED = LazyPattern(
    r"(?:印发|发布|出台|推出|公布)(?:了)?《([^《》，。；：、！？\s]{4,40}?"
    r"(办法|规定|条例|意见|方案|计划|指引|规划|细则|指南|措施|纲要))([（(][^（()）]{1,12}[）)])?》"
)
# what follows a work's name in its marks, not counted in its length: "(试行)", "(2023—2025年)"
_TRAILER = LazyPattern(r"[（(][^（()）]{1,12}[）)]$")
MAX_CHARS = 20  # a work's name as a title, its marks and trailer left out
MIN_SAID = 4  # the short name said this often in all (in the full name and its gloss too): twice more


def announced_document(lead: list[str], bullets: list[str], texts: list[str], used: set[str]) -> str:
    """The work the `lead` names in full and shortens (or says was issued, its kind its short
    name), in its book marks, where the article says the short name MIN_SAID times or more, the
    name fits a title and one of the overview's `bullets` says it; else ''. `used` gets the
    short name: no group is titled "条例" under it, while the name's other words stay free for a
    group whose bullets are on one of them ("黄河流域国土空间分区")."""
    found = next((m for m in map(_SHORTENED.search, lead) if m is not None), None)
    issued = next((m for m in map(_ISSUED.search, lead) if m is not None), None)
    if found is not None:
        work, short = found.group(1), found.group(2)
    elif issued is not None:
        work, short = issued.group(1) + (issued.group(3) or ""), issued.group(2)
    else:
        return ""
    name = _TRAILER.sub("", work)
    if len(name) > MAX_CHARS or "关于" in name or len(short) >= len(name):
        return ""
    if sum(t.count(short) for t in texts) < MIN_SAID:
        return ""
    shown = f"《{work}》"
    if shown.casefold() in used or not any(shown in b for b in bullets):
        return ""
    used.add(short.casefold())
    return shown
