"""A Chinese overview subject cut from a name the article marks as one, given whole: "补助实施办法"
is the work it was cut from, 《杭州市育儿补助实施办法(试行)》; "全国农业农村" is the honour
“全国农业农村先进工作者”.

The chunker reads a marked name as words like any others and may keep a piece of it, where the
article means the whole: the rules, the report, the honour it is about. Where every place
the article says the subject lies inside such marks, the subject is no name of its own and the
reader knows the thing by its whole name; a work keeps its book marks (as `title_choice` gives a
work named in the lead), a term in quotation marks is given bare. Of the names that fit a title
(not a decision's "关于表彰……的决定") the one the article says most is the subject: the honour
the piece's man was given, not the one listed before it. A subject the article says once
outside marks too ("过敏性疾病" beside “过敏性疾病多学科联合义诊”) is a name of its own, and it stands.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import swapped_title

# a work or a term the article marks: no clause inside (no stop, comma, colon or space)
_MARKED = LazyPattern(r"《([^《》，。；：、！？\s]{4,30})》|“([^“”，。；：、！？\s]{4,16})”")
# what follows a work's name in its marks, not counted in its length: "(试行)", "(2023年)"
_TRAILER = LazyPattern(r"[（(][^（()）]{1,8}[）)]$")
MAX_CHARS = 14  # a title's most characters, the marks left out


def marked_name(subject: str, texts: list[str], used: set[str]) -> str:
    """`subject` as the whole name the marks around it give, where the article says it only
    inside marks and one of those names fits a title; else `subject`. `used` holds the one
    that stands."""
    if len(subject) < 2 or subject.startswith("《"):
        return subject
    names: list[str] = []
    for text in texts:
        if subject not in text:  # most paragraphs: one C test
            continue
        if "《" not in text and "“" not in text:
            return subject  # said on its own
        marks = [(m.start(), m.end(), m) for m in _MARKED.finditer(text)]
        at = text.find(subject)
        while at >= 0:
            around = next((m for start, end, m in marks if start < at and at + len(subject) < end), None)
            if around is None or subject in (around.group(1), around.group(2)):
                return subject  # said on its own, or the whole of what the marks name
            names.append(_whole(around.group(1), around.group(2)))
            at = text.find(subject, at + len(subject))
    fitting = [n for n in names if n]
    if not fitting:
        return subject
    name = max(dict.fromkeys(fitting), key=fitting.count)  # the one said most, the first of a tie
    return swapped_title(subject, name, used)


def _whole(work: str | None, term: str | None) -> str:
    """The marked name as a title: a work in its book marks, a term bare;
    '' where it is too long or a document's "关于……" frame."""
    if work is not None:  # as the article writes it, "(试行)" too: a reader finds it there
        name = _TRAILER.sub("", work)
        return f"《{work}》" if len(name) <= MAX_CHARS and not name.startswith("关于") else ""
    return term if term is not None and len(term) <= MAX_CHARS else ""
