"""A Chinese news opening that only lists scenes and trails off: "捶打、压平、切割、晾晒……",
"横排座椅、绿皮车身、开通初期线路图……". The items have no subject and the list no predicate; the
sentence after it says what they are ("……这是……的日常"). Alone, as a bullet (worst, as the
overview's first), it says nothing a reader can hold: it weighs less and never leads."""

from __future__ import annotations

import re

from citebrief.text.lazy_re import LazyPattern

# the trailing ellipsis, a closing quote or bracket after it allowed
_TRAILS_OFF = LazyPattern(r"(?:……|…)[”’」）)]?$")
# what a bracket or a book title holds does not count: "“三大球”(篮球、足球、排球)比赛"
_ASIDE = LazyPattern(r"[（(][^（）()]*[)）]|《[^《》]*》")
_CLAUSE_BREAK = LazyPattern(r"[，。；：,;:！？!?]")
MIN_ITEMS = 3  # two "、" at least: a list, not a pair


def teaser_list(text: str) -> bool:
    """True for a sentence that is only "item、item、item……": no clause break outside its brackets,
    at least MIN_ITEMS items, ending in an ellipsis; a quotation (a speech that trails off) is no list."""
    text = text.strip()
    if "、" not in text or not _TRAILS_OFF.search(text) or text.startswith(("“", "「", "‘")):
        return False
    body = _ASIDE.sub("", re.sub(r"[…]+[”’」）)]?$", "", text))
    return not _CLAUSE_BREAK.search(body) and body.count("、") >= MIN_ITEMS - 1


MIN_OTHERS = 4  # sentences left to draw a brief from: a short article keeps what it has


def without_teasers(usable: list[int], trimmed: list[str]) -> list[int]:
    """The usable sentences less the teaser lists (`teaser_list`), where MIN_OTHERS others are left:
    the sentence after the list says what it lists, and is the bullet."""
    teasers = {i for i in usable if teaser_list(trimmed[i])}
    return [i for i in usable if i not in teasers] if teasers and len(usable) - len(teasers) >= MIN_OTHERS else usable
