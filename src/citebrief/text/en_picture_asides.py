"""A photo's pointer left inside an English bullet: "(pictured)", ", pictured above,", "(left)".

Daily Mail sentences point at the photo beside them: "her husband Bill, pictured above, who
sits on the Board", "his home and shed (pictured) was searched", "Smith (left) and Jones". On the
page the photo is there; in a brief it is not, and the pointer reads as residue of a caption.
The pointer is an aside — a bracket, or a pair of commas around "pictured" and where — so the
sentence reads whole without it. Only the pointer's own words are dropped: a bracket that says
more ("(pictured with his wife)") or a comma pair that is not an aside stays as it is.
"""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

# where a photo stands on the page: "left", "far right", "top left", "above", "second from left"
_WHERE = r"(?:(?:far|top|bottom|second from|centre|center) )?(?:left|right|centre|center|above|below|top|bottom|inset)"
_POINTER = rf"(?:pictured(?: (?:{_WHERE}|here|left to right|right to left))?|{_WHERE}|file (?:picture|photo|image))"
# "(pictured)", "(left)", "(file picture)", "(pictured above)": the bracket and the space before it
_BRACKETED = LazyPattern(rf" \((?i:{_POINTER})\)(?=[\s,.;:!?'’\"”]|$)")
# ", pictured above," / ", pictured," after a word (not a number: "2, left, 3"); ", left," only
# after a capitalised name ("Bill, left, who …"), as "turned left, right" is no aside
_COMMA_PICTURED = LazyPattern(rf"(?<=[A-Za-z)'’]), pictured(?: (?:{_WHERE}|here))?,(?= (?P<next>\w+))")
_COMMA_WHERE = LazyPattern(
    rf"(?P<name>\b[A-Z][a-z'’]{{1,20}}), {_WHERE},(?= (?P<next>who|whose|and|was|is|has|had|said|says)\b)"
)
# a verb or "and" after the aside takes the subject straight on ("Smith, left, said" -> "Smith
# said"); anything else keeps its comma ("Bill, who …", "Bill, a teacher, …")
_STRAIGHT_ON = frozenset({"and", "was", "is", "were", "are", "has", "had", "have", "said", "says", "will", "would"})


def _close(match: re.Match[str]) -> str:
    name = match.groupdict().get("name") or ""
    return name + ("" if match["next"] in _STRAIGHT_ON else ",")


def without_picture_asides(text: str) -> str:
    """`text` with its photo pointers dropped ("Bill, pictured above, who" -> "Bill, who";
    "shed (pictured) was" -> "shed was"); the text itself where it has none."""
    if "pictured" not in text and "(" not in text and ", " not in text:
        return text
    dropped = _BRACKETED.sub("", text)
    dropped = _COMMA_PICTURED.sub(_close, dropped)
    return _COMMA_WHERE.sub(_close, dropped)
