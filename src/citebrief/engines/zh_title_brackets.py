"""A Chinese bullet that says a document's short title ("《协议》提出，……") where the brief never printed
the sentence that set it up ("……介绍《关于……的合作协议》(简称《协议》)"): the reader meets 《协议》 with
no key to which agreement it is (zh-news 53, pasted, blind read). The brief's first bullet that says
it, with no bullet above it naming the full title, shows the full title once in brackets after it
("《协议》（《关于……的合作协议》）提出，……"), cited to the paragraph that sets the short title up;
`verify.index` reads the bracket back (`text/speaker_label.ZH_TITLE_IN_PLACE`), the full title in a
cited paragraph.

Narrowly: the note follows a 《》 title ("《full》（以下简称《X》）", "(下称《X》)", "（国发〔2004〕20号，以下
简称《X》）"), the short title is set up once (two full titles for one 《方案》 name neither), and the
bullet's words come from that paragraph or after it.
"""

from __future__ import annotations

from citebrief.model import Brief, Document, Point
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.speaker_label import zh_title_in_place

# "《full》（以下简称《X》）": a 《》 title, then a note naming its short title, a document number before it or not
_SET_UP = LazyPattern(
    r"(?P<full>《[^《》]{2,80}》)[（(](?:[^（）()《》]{0,24}[，,])?(?:以下|下文)?(?:简称|统称|称|下称)[：:]?"
    r"(?P<short>《[^《》]{1,12}》)[)）]"
)


def titles_named(brief: Brief, document: Document) -> Brief:
    """`brief` with the full title in brackets after the first short title of each bullet that says a
    short title the document sets up and no bullet up to it gives the full title of."""
    if document.lang != "zh" or "《" not in document.text:
        return brief
    shorts = _set_up(document)
    if not shorts:
        return brief
    said: list[str] = []  # the bullets printed so far, as printed
    groups = []
    for group in brief.groups:
        points = []
        for point in group.points:
            named = _named(point, shorts, said)
            said.append(named.text)
            points.append(named)
        groups.append(group.model_copy(update={"points": points}))
    return brief.model_copy(update={"groups": groups})


def _set_up(document: Document) -> dict[str, tuple[str, int]]:
    """Each short title the document sets up once, with its full title and the paragraph that does."""
    found: dict[str, tuple[str, int]] = {}
    twice: set[str] = set()
    for segment in document.segments:
        for note in _SET_UP.finditer(segment.text):
            short, full = note["short"], note["full"]
            if short == full or (short in found and found[short][0] != full):
                twice.add(short)
            found.setdefault(short, (full, segment.n))
    return {short: named for short, named in found.items() if short not in twice}


def _named(point: Point, shorts: dict[str, tuple[str, int]], said: list[str]) -> Point:
    """`point` with the full title bracketed after its first short title that no bullet up to it explains."""
    for short, (full, n) in shorts.items():
        at = point.text.find(short)
        if at < 0 or full in point.text or any(full in text for text in said):
            continue
        end = at + len(short)
        if min(point.citations) < n or point.text.startswith(("（", "("), end):
            continue  # words from before the note, or a bracket there already
        text = zh_title_in_place(full, point.text[:end], point.text[end:])
        return point.model_copy(update={"text": text, "citations": sorted({*point.citations, n})})
    return point
