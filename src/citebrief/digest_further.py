"""A story the digest lists apart (in a newspaper section or among the other stories) by its lead
point alone says little more than a headline: "…被告人赵某某因犯非法经营罪，被判处…" and not how much
he sold; "甘肃多地出现重度干旱" and not what was done for how many people. So such a story also shows
one further point of its brief, where the brief has one that states a quantity its lead does not
("非法经营数额约14万元", "投入资金215万元，有效缓解农村1.4万人饮…"): the figures a reader of the
day's news looks for. A date is no quantity ("2019年4月，…"), and a point without one (the
meeting's "会议指出，…" formula, a defendant's back story) is left to the brief.

The choice is made over the digest's bullets by index (digest._select gives each bullet's text,
citations, whether its brief's overview holds it and whether it stands alone), so the digest's
sentence tests stay where they are."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from citebrief.model import Lang

# a number that states no quantity: a date or a time of day (2019年4月, 18日, 9时55分, April 7,
# 2015, 8pm, 23:38, 20世纪70年代, 40多年), an ordinal (第5号, the 17th hole), an age (Clarkson, 55,; a
# 78-year-old; at the age of 75; 59岁) or a generation ("00后")
_NO_QUANTITY = re.compile(
    r"\d+(?:多|余)?(?:年|月|日|号|时|点|分(?!之)|岁|后|世纪)|\d+年代|第\d+"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|\b(?:19|20)\d\d(?:-\d\d)?(?:'?s)?\b|\b\d{1,2}[:.]\d\d\s*(?:am|pm)\b|(?<![\d:])\d{1,2}:\d\d(?![\d:])|\b\d{1,2}\s*(?:am|pm)\b"
    r"|\b\d+(?:st|nd|rd|th)\b|, \d{1,3},|\b\d{1,3}-year-old\b|\b(?:age of|aged) \d+",
    re.IGNORECASE,
)
# an emergency number ("call 911", "拨打110") is no figure of the news
_PHONE = re.compile(r"\b(?:911|999|112)\b|\b9/11\b|(?:拨打|报警电话)\s*\d+")
# an opening that leans on what the digest does not show: "为解决这一难题，", "Luckily,", "The same week,"
_LEANS_BACK = re.compile(
    r"^[^，。]{0,10}(?:这一|这些|这个|这种|此)"
    r"|^(?:Luckily|Fortunately|Unfortunately|Then|Later|Also|Instead|Indeed|In fact|The same|In the same"
    r"|Afterwards|Earlier|Next)\b|^\w+ (?:games?|days?|weeks?|months?|years?) later\b"
    # a pronoun for the lead's person after an opening phrase that names nobody ("Heading into the
    # weekend he is … 12 strokes behind"): a point apart from the lead, "he" is nobody
    r"|^(?:[A-Z][a-z]+ing|At|In|On|After|Before|By|With)(?: [a-z]+){1,5},? (?:he|she|they)\b"
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# of a further point: longer is a paragraph, not a point (赵新全's 179 characters of figures)
MAX_FURTHER_CHARS: dict[Lang, int] = {"zh": 150, "en": 250}


def quantities(text: str) -> set[str]:
    """The numbers a sentence states that are quantities ("47", "97.9", "14"; not "2019", the
    "4" of "4月", an ordinal or an age)."""
    return set(_NUMBER.findall(_NO_QUANTITY.sub(" ", _PHONE.sub(" ", text))))


def further_point(
    lead: int,
    candidates: Sequence[int],
    texts: Sequence[str],
    citations: Sequence[Sequence[int]],
    overview: Sequence[bool],
    stands: Callable[[int], bool],
    lang: Lang,
    said: frozenset[str] = frozenset(),
) -> int | None:
    """Of `candidates` (one article's bullets, in its brief's order), the one to show after its
    `lead`: it stands alone (`stands`, and opens on no word that leans on the sentence before),
    cites a paragraph the lead does not cite, and states a quantity the lead does not; of these
    first one that says none the lead says (a blind read marked down Hainan's "830亿元" in the lead
    and again in the point after it, its spokeswoman restating the figure before the new ones:
    the loan balance says only new ones; where every point restates one, the figures it adds
    still make it the point: a banker jailed for 15 months beside the lead's £185,000), then
    its brief's overview first, then the brief's order; in a theme it shares no figure with what
    the theme's other points `said` (两家媒体的"转移群众16万余人" is one fact, told once).
    None where no bullet adds a figure."""
    stated = quantities(texts[lead])
    cited = set(citations[lead])
    fit = [
        i
        for i in candidates
        if i != lead
        and not cited.issuperset(citations[i])
        and len(texts[i]) <= MAX_FURTHER_CHARS[lang]
        and not _LEANS_BACK.search(texts[i])
        and quantities(texts[i]) - stated
        and not quantities(texts[i]) & said
        and stands(i)
    ]
    return min(
        fit, key=lambda i: (bool(quantities(texts[i]) & stated), not overview[i], candidates.index(i)), default=None
    )
