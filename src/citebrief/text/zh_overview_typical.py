"""A Chinese news overview on the typical cases its lead says an organ made public: "山东省纪委监委
公开曝光4起……违纪违法典型案例", "山西省自然资源厅公开通报3起违法占地典型问题", "集中公布了6起……违法广告
典型案例". Such a lead reports a set of cases published as a warning, and the article goes on case
by case; the phrase spread most through it is the kind of wrongdoing each case repeats ("违纪违法",
"违法占地"). A reader of "核心要点：违纪违法" is told a topic, not that cases of it were exposed: the
title is the kind with the head the lead gives the set ("违纪违法典型案例"), where the lead writes the
subject right before that head, on word boundaries of an overview bullet. A lead that names no
count ("发布8个典型案例" names no kind), or one whose head follows other words than the subject
("黄河流域……领域违纪违法典型案例" with the subject "黄河流域"), leaves the subject: its front would
be a long cut of the lead.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import free_of, on_word_boundaries

# made public (曝光, 通报, 公布, 发布), a count of cases ("4起", "6个"), their kind, the set's head
_PUBLISHED = LazyPattern(
    r"(?:曝光|通报|公布|发布)了?[^，。；：！？]{0,12}?(?:\d+|[一二三四五六七八九十]+)[起个件例批]"
    r"(?P<kind>[^，。；：！？]{2,30}?)(?P<head>典型案例|典型问题|典型案件)"
)
MAX_CHARS = 12  # a title's most characters (titles.py's bound)


def typical_cases(subject: str, lead: list[str], bullets: list[str], used: set[str]) -> str:
    """`subject` with the head of the typical cases the `lead` (its first sentences, datelines cut)
    says were made public, where the lead writes `subject` right before that head and an overview
    bullet says the whole on word boundaries; else ''. `used` (casefolded titles given, the
    subject's own among them) must leave the whole free."""
    if not subject:
        return ""
    for sentence in lead:
        for found in _PUBLISHED.finditer(sentence):
            if not found.group("kind").endswith(subject):
                continue
            name = subject + found.group("head")
            if len(name) > MAX_CHARS or not free_of(name, used - {subject.casefold()}):
                return ""
            if any(on_word_boundaries(name, b, "zh") for b in bullets if name in b):
                return name
    return ""
