"""A Chinese news overview point that says "他" of someone it never names goes to the theme group
told through its passage.

The overview takes the lead's points and a few sentences central to the whole article. One from
deep in a feature can lean on a person only the sentences before it name ("40个台位，百米长的大库，
角角落落他早已了然于心", zh-news 120, passage 3 of a profile of the inspector 王国柱): standing among
the key points, "他" reads as no one, while the theme group told from passage 1 to passage 4 is the
inspector's own account, the run this sentence was cut from.

Here an overview point (not its first, from passage `DEEP_PASSAGE` on and after the lead's) that
says "他" or "她" (not "其他") and names no person goes to the first theme group whose bullets'
passages run from before it to after it (the account "他" was cut from), where the overview keeps
`MIN_OVERVIEW` points and the group holds fewer than `MAX_GROUP` before it comes. zh-news: 1 of 200
briefs changes (zh-news 120); zh-clts, zh-policy: none. Read for Chinese news and features
(`final_groups`).
"""

from __future__ import annotations

from citebrief.engines.scored import Draft, Scored
from citebrief.engines.zh_deep_points import deep_overview_points
from citebrief.text.lazy_re import LazyPattern
from citebrief.text.tokenize import zh_words_tags

MAX_GROUP = 4  # a theme group holds this many at most once the point joins it
_PRONOUN = LazyPattern(r"(?<![其吉])[他她]")
_PERSON = "nr"


def pronoun_strays_given(scored: Scored, drafts: list[Draft]) -> list[Draft]:
    """The drafts (overview first) with each deep overview point that says "他" of no one it names
    moved to the theme group told through its passage (module doc)."""
    units, texts = scored.units, scored.trimmed
    for point in deep_overview_points(scored, drafts):
        overview, here = drafts[0], units[point].paragraph
        if not _PRONOUN.search(texts[point]) or _names_person(texts[point]):
            continue
        for group in drafts[1:]:
            passages = [units[i].paragraph for i in group.picked]
            if group.picked and min(passages) < here < max(passages) and len(group.picked) < MAX_GROUP:
                overview.move(point, group)
                break
    return drafts


def _names_person(text: str) -> bool:
    """Whether a sentence names a person (the tagger's person names, two characters or more)."""
    words, tags = zh_words_tags(text)
    return any(tag == _PERSON and len(word) >= 2 for word, tag in zip(words, tags, strict=True))
