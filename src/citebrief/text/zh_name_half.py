"""A word two bullets of a Chinese news group share that is the tail of a body's name: "分局" of
"黄浦分局" (zh-news 15, "分局" over the bureau's DNA match and the suspect it named). Bare, it is
half a name, who acted, not what the bullets are about; that both bullets say it still tells
that they are on one body's work, so a pair title of two details reads no better
(`zh_one_thing`: the group keeps its own title, "生物物证").

A shared word is such a tail where it ends on a body's character (局, 队, 所, 委: `ZH_OFFICES`)
and some bullet writes it right after a name (a place, a body, a person: "黄浦|分局").
"""

from __future__ import annotations

from citebrief.text.tokenize import tag_zh
from citebrief.text.zh_bodies import ZH_OFFICES

_NAME_TAGS = frozenset({"ns", "nt", "nr"})


def name_half(term: str, bullets: list[str]) -> bool:
    """True when `term` ends on a body's character and a bullet says it right after a name."""
    if not term.endswith(ZH_OFFICES):
        return False
    for bullet in bullets:
        words = tag_zh(bullet) if term in bullet else []
        if any(w == term and k and words[k - 1][1] in _NAME_TAGS for k, (w, _) in enumerate(words)):
            return True
    return False
