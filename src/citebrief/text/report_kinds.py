"""A policy document's preamble group titled by what it is (its writer's label, what it reports),
not by one of its items.

A 通报 on four accidents gives, before its first heading, the penalties for each ("对事故负有主要
责任的……受到撤职处分", "……被移交司法机关依法追究刑事责任"). The group of those bullets has no heading,
and the phrase most its own is one company's name ("杏煤公司") though it holds three accidents'. What
the bullets are, a kind kept here as data, names it better, in the words the document uses.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

# (what a bullet of the kind says, the names of the kind a document may use, best first)
_KINDS: tuple[tuple[LazyPattern, tuple[str, ...]], ...] = (
    (
        LazyPattern(r"处分|追究[^。；]{0,6}责任|移交司法机关|撤销[^。；]{0,8}职务|免职|撤职"),
        ("责任追究", "追究责任", "责任人处理"),
    ),
)
MIN_SHARE = 0.6  # of the group's bullets, at least, of the kind


def report_title(bullets: list[str], texts: list[str]) -> str:
    """The name of the kind most of the bullets are (penalties: "追究责任"), where a paragraph of
    the group says it on word boundaries; '' otherwise."""
    if len(bullets) < 2:
        return ""
    for said, names in _KINDS:
        if sum(bool(said.search(b)) for b in bullets) < MIN_SHARE * len(bullets):
            continue
        for name in names:
            if any(on_word_boundaries(name, t, "zh") for t in texts):
                return name
    return ""


# a paragraph that opens on its writer's own label, a heading the outline did not count as one
# ("具体指标：到2022年，……"; "总体要求与目标：坚持……")
_LABEL = LazyPattern(r"^([\u4e00-\u9fff]{2,10})[：:]")
LABEL_SHARE = 0.5  # of the group's bullets, more than, from paragraphs under the label


def opening_label(text: str) -> str:
    """The label a paragraph opens with ("具体指标" of "具体指标：到2022年，……"); '' where none."""
    found = _LABEL.match(text)
    return found.group(1) if found else ""


def label_title(cited: list[str]) -> str:
    """The label that opens the paragraphs most of a group's bullets come from (one text per
    bullet), where more than half come from them; '' otherwise."""
    labels = [found.group(1) for found in map(_LABEL.match, cited) if found]
    best = max(set(labels), key=lambda label: (labels.count(label), label), default="")
    return best if best and labels.count(best) > LABEL_SHARE * len(cited) else ""
