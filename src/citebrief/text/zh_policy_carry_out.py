"""A Chinese policy group on how the document is carried out, titled so ("推进落实"), where it
has no heading and its phrase is one bullet's.

A notice's cover letter ("各试点城市要……制定实施方案", "相关省份要密切跟踪试点落实情况",
"工作小组办公室要……开展重点督查") and its closing lines ("各有关部门……于12月31日前报送国务院
办公厅", "……停止执行") stand under no heading; the phrase of the group most its own is then one
bullet's step ("重点督查"), and readers mark it down: it names one line, not what the group
is. Every bullet of such a group says who reports, plans or checks what; where its paragraphs
name that work as a policy's own section on it is headed ("组织实施", "推进落实", "抓好落实"),
that name titles it, and the reader finds it there. A group with a bullet of the measures
themselves ("调查取证", "勘察定点") keeps its phrase, as does one whose phrase two of its bullets
say, or one whose paragraphs name the work no such way ("地方名单": the lines ask for reports).
"""

from __future__ import annotations

from citebrief.text.titles import on_word_boundaries
from citebrief.text.zh_shared import saying

# what a section on carrying a document out is headed, in the order a title is taken
CARRY_OUT_NAMES = ("组织实施", "贯彻落实", "抓好落实", "推进落实", "狠抓落实", "督促落实", "贯彻执行")
MIN_BULLETS = 2
MIN_SAYING = 2  # bullets that say the title, for it to name more than one of them
# what a line on carrying a document out says: a plan or rules to make, a report or a filing
# due, a check, the document's force ("停止执行"); not "落实" or "负责" alone (any measure's verbs)
_CARRY_OUT_CUES = (
    "实施方案",
    "实施办法",
    "实施细则",
    "配套政策",
    "报送",
    "备案",
    "向国务院报告",
    "督查",
    "督促检查",
    "监督检查",
    "落实情况",
    "组织领导",
    "贯彻执行",
    "停止执行",
    "同时废止",
)


def carries_out(bullet: str) -> bool:
    """Whether a bullet says how the document is carried out (see `_CARRY_OUT_CUES`)."""
    return any(cue in bullet for cue in _CARRY_OUT_CUES)


def carry_out_title(title: str, bullets: list[str], texts: list[str], used: set[str]) -> str:
    """`title`, or the name `texts` (the group's paragraphs) give the carrying out of the document
    ("推进落实"), where every one of `bullets` (two or more) carries it out and `title` is said by
    one of them at most; no title given (`used`) again."""
    if len(bullets) < MIN_BULLETS or saying(title, bullets) >= MIN_SAYING:
        return title
    if not all(carries_out(b) for b in bullets):
        return title
    for name in CARRY_OUT_NAMES:
        if name not in used and any(on_word_boundaries(name, t, "zh") for t in texts if name in t):
            return name
    return title
