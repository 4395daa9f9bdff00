"""A later item of a Chinese "……：一是……；二是……" run, picked alone, given what the run is: the
words before the "：" of the sentence its first item opens ("此次集中整治的内容重点在六个方面："). Cut
at its "；", "三是接受……牟取利益" is the third of six things no one named (`cited_points` puts the
lead-in before it; `zh_label_runs`, `zh_item_lists` read the bullets it makes).
"""

from __future__ import annotations

from citebrief.engines.bullets import lead_in_clause
from citebrief.engines.scored import Scored
from citebrief.text.lazy_re import LazyPattern

# a later item of a "……六个方面：一是……；二是……；三是……" run, its number first ("三是", "四要", "第二，")
_LATER_ITEM = LazyPattern(r"(?:[二三四五六七八九十][是要]|第[二三四五六七八九十][，,、]|其[二三四五六七八九十][，,])")
_FIRST_ITEM = LazyPattern(r"[：:](?=\s*(?:一[是要]|第一[，,、]|其一[，,]))")
RUN_LEAD_WINDOW = 10  # sentences back from a run's item to the sentence its first item opens


def run_lead_in(scored: Scored, i: int, everywhere: frozenset[int], led: set[str]) -> tuple[str, int] | None:
    """For a later item of a "……：一是……；二是……" run cut at its "；" ("三是接受……牟取利益"), what
    the run is ("此次集中整治的内容重点在六个方面：") and where it is said, the words before the
    "：" of the sentence the first item opens (within RUN_LEAD_WINDOW sentences, and the passage
    before at most): alone, the bullet is the third of six things no one named. None where the
    brief says that sentence, or a bullet of the group before this one carries it (`led`)."""
    text = scored.units[i].text
    if not _LATER_ITEM.match(text):
        return None
    paragraph = scored.units[i].paragraph
    for j in range(i - 1, max(i - RUN_LEAD_WINDOW, 0) - 1, -1):
        before = scored.units[j]
        if before.paragraph < paragraph - 1:
            return None
        colon = _FIRST_ITEM.search(before.text)
        if colon is None:
            continue
        if j in everywhere:
            return None
        lead = lead_in_clause(before.text[: colon.end()])
        return None if lead in led or not lead.endswith(("：", ":")) else (lead, before.paragraph)
    return None
