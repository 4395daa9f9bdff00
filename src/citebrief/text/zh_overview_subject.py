"""A Chinese overview subject that is a clause of the lead, not what the article is about:
"公众参观博物馆" of "公众参观博物馆的热情高涨". Who visits is a detail of the story; the thing
visited, the clause's object, is what it is about ("博物馆"), where the article says that on word
boundaries in two paragraphs or more. A clause with no object ("袁先生报警") stays as it is.
"""

from __future__ import annotations

from citebrief.text.lazy_re import LazyPattern
from citebrief.text.titles import on_word_boundaries

# someone (two characters or more) doing something to a thing (kept as data: each verb one a
# news lead's clause turns on, none a noun a subject may end in)
_CLAUSE = LazyPattern(r"^.{2,}?(?:参观|游览|走进|打卡)(?P<object>.{2,})$")

SPREAD = 2  # paragraphs the object must be said in: the article's thing, not a word of the lead


def past_clause(subject: str, texts: list[str]) -> str:
    """`subject`, or where it is someone visiting something, the thing visited when `texts`
    (the article's paragraphs) say it on word boundaries in SPREAD paragraphs or more."""
    found = _CLAUSE.search(subject)
    if found is None:
        return subject
    thing = found.group("object")
    if sum(on_word_boundaries(thing, t, "zh") for t in texts) < SPREAD:
        return subject
    return thing
