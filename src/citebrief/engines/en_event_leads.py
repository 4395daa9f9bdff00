"""An English overview whose lead is the article's first sentence telling what the news came in or
after ("It comes in a shake-up of UK military buildings…", "It follows suggestions…") gives the
lead to the first later overview point that stands alone; the "It …" point follows it.

en-xsum articles lost their first (summary) sentence, so some open on "It comes …": the "It" is
the news that summary told, and nothing before it in the brief says what. Put right after a point
that tells the news ("… Chris Davies condemned the closure …"), the "It" has it. A point stands
alone where it opens on a capitalised word other than "The" ("The action should stop the tool …"
leans on the "It" sentence's "software" as much: en-xsum 180 stays), on no pronoun, reference or
quotation. Only "It comes/came/follows/followed": "It also warns …", "It issued a yellow
warning …" or "It was the 29-year-old Spaniard's first Grand Tour stage win" put after another
point would read as that point's thing (en-xsum 171, 61, 79), and "It is hoped …" or "It says
something for …" point at nothing. en-xsum: 1 of 200 briefs moves (29); en-cnndm none.
"""

from __future__ import annotations

from citebrief.engines.en_unplaced_reference import opens_on_reference
from citebrief.engines.scored import Scored
from citebrief.text.anaphora import needs_antecedent
from citebrief.text.lazy_re import LazyPattern

_EVENT_LEAD = LazyPattern(r"It (?:comes|came|follows|followed)\b")
# a capitalised opening that is no article pointing back ("The action …") nor a quotation
_OWN_OPENING = LazyPattern(r"(?!The\b)[A-Z]")


def stands_alone(text: str) -> bool:
    """Whether an English bullet's text reads with nothing before it, by its opening."""
    return bool(_OWN_OPENING.match(text)) and not needs_antecedent(text, "en") and not opens_on_reference(text)


def event_lead_second(scored: Scored, picked: list[list[int]]) -> list[list[int]]:
    """`picked` (each group's sentence indices; the overview first) with an overview that leads on
    the article's first sentence "It comes …" led by its first later point that stands alone."""
    if scored.lang != "en" or not picked or len(picked[0]) < 2:
        return picked
    overview = picked[0]
    if overview[0] != 0 or not _EVENT_LEAD.match(scored.trimmed[0]):
        return picked
    for j in overview[1:]:
        if stands_alone(scored.trimmed[j]):
            return [[j, *(i for i in overview if i != j)], *picked[1:]]
    return picked
