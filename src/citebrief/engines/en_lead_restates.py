"""An English sentence that says the lead's point again, in other words, is no second key point.

A wire story may open on its point and tell it again at once, attributed to someone else:
en-cnndm 169's "An unmanned Russian spacecraft … will re-enter the Earth's atmosphere after flight
controllers lost contact with it, American astronaut Scott Kelly said Wednesday" and then "The
spacecraft that lost contact with flight controllers will re-enter the Earth's atmosphere in about a
week, Roscosmos … said Wednesday". The wording is reordered, so `bullets.near_duplicate`'s shingles
miss it (under 40% shared), and both took key points, pushing out "The Progress vehicle does not
present any danger …" (a blind reader preferred the brief with it). So once the article's first
sentence is picked, a candidate whose terms (`tokenize.en_terms`) are mostly (`LEAST_COVERED`) and
many (`LEAST_SHARED`) the first sentence's is passed over by the MMR picks (`scored.mmr_pick`).
"""

from __future__ import annotations

from functools import lru_cache

from citebrief.text.tokenize import en_terms

LEAST_COVERED = 0.7  # share of the candidate's terms the lead says
LEAST_SHARED = 8  # terms both say: a short sentence sharing a few names is no restatement


def restates_lead(text: str, lead: str) -> bool:
    """Whether `text` says again what `lead` (the article's first sentence) says."""
    terms = set(en_terms(text))
    if not terms:
        return False
    shared = len(terms & _lead_terms(lead))
    return shared >= LEAST_SHARED and shared >= LEAST_COVERED * len(terms)


@lru_cache(maxsize=8)
def _lead_terms(lead: str) -> frozenset[str]:
    """The lead's terms, read once: every MMR candidate of a brief is weighed against the same lead."""
    return frozenset(en_terms(lead))
