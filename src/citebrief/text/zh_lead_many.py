"""What a Chinese news item whose lead says many places of a kind did one thing is about: that
thing ("柳州市城中区多个社区推出“官方免费带娃”服务" → “官方免费带娃”服务), not the one place of the
kind the article goes on to visit ("前茅社区": a reader of "核心要点：前茅社区" expects one
community's story, the article tells of a service several run).

Read only where the lead's subject is a name of that kind (it ends on the kind's word: 前茅社区
of 多个社区): a subject of another kind is the lead's own matter and stands.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import is_name, on_word_boundaries, swapped_title

# "多个社区推出……", "多家医院相继开设……": the kind, and what its many places did, to the clause's end
_MANY_DID = LazyPattern(
    r"(?:多个|多家|多所|多座|一批|众多)(?P<kind>[\u4e00-\u9fff]{2,4}?)(?:均|都|纷纷|相继|陆续)?"
    r"(?:推出|开设|开展|设立|开通|上线|启用|打造)了?(?P<what>[^，。；：！？]{4,14})(?:[，。；！？]|$)"
)
_MARKS = "“”"


def many_did(subject: str, first: str, texts: list[str], used: set[str]) -> str:
    """What the many places of the lead's first sentence `first` did, where `subject` names one
    place of their kind; '' where the lead says no such thing or it cannot title the article.
    `used` holds the one that stands."""
    found = _MANY_DID.search(first)
    if not found or not subject or not subject.endswith(found.group("kind")) or subject == found.group("kind"):
        return ""
    what = found.group("what")
    plain = what.replace(_MARKS[0], "").replace(_MARKS[1], "")
    if len(plain) < 4 or what.count(_MARKS[0]) != what.count(_MARKS[1]) or what.casefold() in used:
        return ""
    if is_name(plain, texts, "zh") or not on_word_boundaries(what, first, "zh"):
        return ""
    return swapped_title(subject, what, used)
